import { Text } from 'ink';
import { useTranslation } from '../hooks/use-translation.js';
import { useTheme } from '../theme.js';

/**
 * Where a list's window is ("17–32 of 350") and which way the rest lies: `↑` entries above it,
 * `↓` below, `↑/↓` both, as Scroll's line says where a long step is ("· ↑/↓ scroll"). Without
 * it the language menu and the overview looked whole when they were cut.
 */
export function ListPosition({ start, shown, count }: { start: number; shown: number; count: number }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const above = start > 0;
  const below = start + shown < count;
  const way = above && below ? '↑/↓' : above ? '↑' : below ? '↓' : '';
  return (
    <Text color={theme.muted} wrap="truncate-end">
      {t('picker.position', { from: start + 1, to: start + shown, count })}
      {way ? ` · ${way}` : ''}
    </Text>
  );
}

/**
 * How many entries a list shows in `room` lines: all of them when they fit, else a line fewer,
 * for the ListPosition under them (the screen no taller than the pane), never fewer than one.
 */
export function entriesIn(room: number, count: number): number {
  return count <= room ? Math.max(1, room) : Math.max(1, room - 1);
}
