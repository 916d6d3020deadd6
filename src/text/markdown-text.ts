/** Plain text as markdown that reads as those characters (a title with `*` or `[` in it). */
export function markdownText(plain: string): string {
  return plain.replace(/([\\`*_[\]<>])/g, '\\$1');
}
