/**
 * A block's lines after its first carry the `>` and indentation of the notes and list items it
 * stands in (`> wraps onto\n> this line`): markup of the containers, not of the text, which
 * markdown strips before it reads the text itself. Its line breaks are `\n` whatever the file's
 * (a Windows checkout's `\r\n` made other strings of the same article).
 */
export function withoutContainerPrefixes(markdown: string): string {
  return markdown.replace(/\r?\n[ \t]*(?:>[ \t]*)*/g, '\n');
}
