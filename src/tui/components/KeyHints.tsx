import { Text } from 'ink';
import { useTheme } from '../theme.js';

/** The keys that work on this screen, already localized by the caller. */
export function KeyHints({ hints }: { hints: string[] }) {
  const theme = useTheme();
  return <Text color={theme.muted}>{hints.join('  ·  ')}</Text>;
}
