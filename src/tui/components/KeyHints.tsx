import { Box, Text } from 'ink';
import { displayWidth } from '../../text/display-width.js';
import { useTheme } from '../theme.js';

/** How a hint is written: followed by a separator, but the last. */
const written = (hints: readonly string[], i: number) => (i < hints.length - 1 ? `${hints[i]}  ·  ` : hints[i]!);

/**
 * The lines the hints take in `width` columns, wrapped between hints as their box wraps them (a
 * hint wider than the line is cut to it): what a screen as tall as the terminal leaves for them.
 */
export function hintLines(hints: readonly string[], width: number): number {
  let lines = 1;
  let used = 0;
  hints.forEach((_, i) => {
    const hint = Math.min(displayWidth(written(hints, i)), width);
    if (used > 0 && used + hint > width) {
      lines++;
      used = 0;
    }
    used += hint;
  });
  return lines;
}

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
          {written(hints, i)}
        </Text>
      ))}
    </Box>
  );
}
