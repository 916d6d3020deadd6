/**
 * A binary search over indices 0 … length − 1 for the last one `holds` is true of, or −1 when
 * none is. `holds` must be true of the indices up to some point and false after it (the last
 * line starting at or before an offset, the last pair starting before one): the three hand-written
 * loops this replaces each answered that question of their own sorted list.
 */
export function lastIndexWhere(length: number, holds: (index: number) => boolean): number {
  let low = 0;
  let high = length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (holds(middle)) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
