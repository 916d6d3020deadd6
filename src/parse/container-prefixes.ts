/**
 * A block's lines after its first carry the `>` and indentation of the notes and list items it
 * stands in (`> wraps onto\n> this line`): markup of the containers, not of the text, which
 * markdown strips before it reads the text itself.
 */
export function withoutContainerPrefixes(markdown: string): string {
  return markdown.replace(/\n[ \t]*(?:>[ \t]*)*/g, '\n');
}
