import { Box, Text } from 'ink';
import { useTranslation } from '../hooks/use-translation.js';
import { useTheme } from '../theme.js';

/** "Step 2 of 5" and a bar of filled and empty cells. */
export function Progress({ current, total }: { current: number; total: number }) {
  const { t } = useTranslation();
  const theme = useTheme();
  return (
    <Box gap={2}>
      <Text bold>{t('progress', { current, total })}</Text>
      <Text color={theme.accent}>
        {'■'.repeat(current)}
        <Text color={theme.muted}>{'□'.repeat(Math.max(0, total - current))}</Text>
      </Text>
    </Box>
  );
}
