/** Text lines longer than this are hard to read: wider terminals get a column of this width. */
export const READABLE_WIDTH = 100;

/** The width text is laid out in: the terminal's, up to READABLE_WIDTH. */
export function readableWidth(columns: number): number {
  return Math.min(columns, READABLE_WIDTH);
}
