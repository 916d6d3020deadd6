/** The digit keys for n choices: "1", "1–3". */
export function keyRange(count: number): string {
  return count > 1 ? `1–${Math.min(count, 9)}` : '1';
}
