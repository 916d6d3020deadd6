import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { useTheme } from '../theme.js';

/** What the help, the language menu and the overview share: a title, a list, a line of keys. */
export function Panel({ title, footer, children }: { title: string; footer: ReactNode; children: ReactNode }) {
  const theme = useTheme();
  return (
    <Box flexDirection="column" gap={1}>
      <Text bold color={theme.accent}>
        {title}
      </Text>
      <Box flexDirection="column">{children}</Box>
      {footer}
    </Box>
  );
}
