/** "1, 3 and 4" in the reader's language (Intl's list format), or comma-separated where the runtime does not know the language tag. */
export function listOf(items: readonly string[], language: string): string {
  try {
    return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/**
 * What stands between the items of a list written in `language` (the "Applies to" line's): the
 * ideographic comma in Chinese and Japanese, the Arabic comma in Arabic script, else a comma. A
 * comma and a space between Chinese items ("夥伴中心, 雲端…") is not how Chinese lists them.
 */
export function listSeparator(language: string): string {
  if (/^(?:zh|ja)\b/i.test(language)) return '、';
  if (/^(?:ar|fa|ur|ps|ckb)\b/i.test(language)) return '، ';
  return ', ';
}
