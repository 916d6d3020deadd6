/** Legacy notes (`>**Note**<br> text`) carry their own bold "Note" segment: drop it where the kind is shown. */
export function noteBody(messages: readonly string[]): string[] {
  const [first, ...rest] = messages;
  return first !== undefined && rest.length > 0 && /^\s*\*\*[^*]+\*\*\s*:?\s*$/.test(first) ? rest : [...messages];
}
