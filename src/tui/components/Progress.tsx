import { Box, Text } from 'ink';
import { useTranslation } from '../hooks/use-translation.js';
import { readableWidth, useTerminalSize } from '../hooks/use-terminal-size.js';
import { useTheme } from '../theme.js';
import { displayWidth } from '../../text/display-width.js';
import { barCells } from './progress-cells.js';

/** The gap between "Step 2 of 5" and its bar. */
const GAP = 2;

/**
 * "Step 2 of 5" and a bar of filled and empty cells: a cell a step while they fit on the line
 * beside it, else each cell a share of the steps (a procedure of 40,000 steps drew 493 lines of
 * cells).
 */
export function Progress({ current, total }: { current: number; total: number }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const { columns } = useTerminalSize();
  const label = t('progress', { current, total });
  const { filled, empty } = barCells(current, total, readableWidth(columns) - displayWidth(label) - GAP);
  return (
    <Box gap={GAP}>
      <Text bold>{label}</Text>
      <Text color={theme.accent}>
        {'■'.repeat(filled)}
        <Text color={theme.muted}>{'□'.repeat(empty)}</Text>
      </Text>
    </Box>
  );
}
