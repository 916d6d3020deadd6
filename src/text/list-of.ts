/** "1, 3 and 4" in the reader's language (Intl's list format), or comma-separated where the runtime does not know the language tag. */
export function listOf(items: readonly string[], language: string): string {
  try {
    return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}
