import { Box, Text } from 'ink';
import { useTheme } from '../theme.js';

/**
 * The keys that work on this screen, already localized by the caller. A narrow terminal wraps
 * between hints, never inside one.
 */
export function KeyHints({ hints }: { hints: string[] }) {
  const theme = useTheme();
  return (
    <Box flexWrap="wrap" columnGap={0}>
      {hints.map((hint, i) => (
        <Text key={hint} color={theme.muted} wrap="truncate-end">
          {i < hints.length - 1 ? `${hint}  ·  ` : hint}
        </Text>
      ))}
    </Box>
  );
}
