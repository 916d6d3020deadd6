/** The fewest cells a bar is drawn with, however narrow the pane (it wraps under its label then). */
const FEWEST = 5;

/**
 * A progress bar's filled and empty cells, in `room` cells at most: one a step when they fit,
 * else each a share of the steps. The first step fills one cell and only the last fills them all,
 * so a reader sees both that the run has begun and that it is not over.
 */
export function barCells(current: number, total: number, room: number): { filled: number; empty: number } {
  const cells = Math.max(0, Math.min(total, Math.max(FEWEST, room)));
  if (cells === total) return { filled: Math.min(current, total), empty: Math.max(0, total - current) };
  const filled = current >= total ? cells : Math.min(cells - 1, Math.max(current > 0 ? 1 : 0, Math.floor((current * cells) / total)));
  return { filled, empty: cells - filled };
}
