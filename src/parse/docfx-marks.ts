/**
 * DocFX marks that show nothing themselves: an include pulls in a shared snippet, which is
 * another file (`[!INCLUDE[footer](../includes/footer.md)]`); a zone, moniker, row or column
 * mark, on a line of its own, opens or closes a part of the page (`::: zone pivot="cli"`,
 * `::: zone-end`, `:::row:::`). Not text to show or to translate.
 */
export const DOCFX_MARK = /\[!INCLUDE\s*\[[^\]]*\]\([^)]*\)\]|^[ \t]*:::[ \t]*(?:zone|moniker|row|column)\b[^\n]*$/gim;

/** A zone, moniker, row or column mark on a line of its own, in a paragraph it runs into (from its `:::`). */
export const LINE_MARK = /(?<=^[ \t>]*):::[ \t]*(?:zone|moniker|row|column)\b[^\n]*/gim;

const ZONE = /^[ \t]*:::[ \t]*zone(?:[ \t]+pivot[ \t]*=[ \t]*"([^"\n]*)"|-end\b)/gim;

/**
 * The zone pivot in force after a block's text (`::: zone pivot="windows"` opens one, `::: zone-end`
 * closes it): the pivot's name, '' when one closes, undefined when the text has no zone mark.
 */
export function zoneAfter(markdown: string): string | undefined {
  let pivot: string | undefined;
  for (const match of markdown.matchAll(ZONE)) pivot = match[1]?.trim() ?? '';
  return pivot;
}

const INCLUDE = /\[!INCLUDE\s*\[[^\]]*\]\(\s*<?([^)\s>]+)[^)]*\)\]/i;

/** The file a DocFX include in the markdown names (its first), if it has one. */
export function includedFile(markdown: string): string | undefined {
  return INCLUDE.exec(markdown)?.[1];
}

/** Whether the markdown says nothing but DocFX marks. */
export function onlyMarks(markdown: string): boolean {
  return markdown.replace(DOCFX_MARK, '').trim() === '' && markdown.trim() !== '';
}
