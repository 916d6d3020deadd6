/** `text` as a regular expression that matches it and nothing else (labels, names put in a pattern). */
export function regExpSource(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
