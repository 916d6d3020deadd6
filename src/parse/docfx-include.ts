/**
 * DocFX includes pull in shared snippets (`[!INCLUDE[footer](../includes/footer.md)]`): the
 * snippet is another file, so the mark itself is nothing to show or to translate.
 */
export const INCLUDE = /\[!INCLUDE\s*\[[^\]]*\]\([^)]*\)\]/gi;

/** Whether the markdown says nothing but DocFX includes. */
export function onlyIncludes(markdown: string): boolean {
  return markdown.replace(INCLUDE, '').trim() === '' && markdown.trim() !== '';
}
