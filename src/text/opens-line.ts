/**
 * Whether a block reads on the line of what introduces it (a step's checkbox, a note's
 * "Note:"): a sentence, or a picture's or an included file's words. A list, a table or code
 * starts on a line of its own under it: after "Important: " a `*` or `|` is text, not that
 * block, and a first bullet stood out of line with the others. The markdown checklist and the
 * plain walkthrough ask the same.
 */
export function opensLine(block: { type: string } | undefined): boolean {
  return block === undefined || block.type === 'text' || block.type === 'image' || block.type === 'include';
}
