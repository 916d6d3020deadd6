/** Sentences compared as a reader compares them: a run of whitespace is one space, the ends trimmed. */
export function spacingFree(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Strings that say the same but for their spacing. */
export function sameText(a: string | undefined, b: string | undefined): boolean {
  // Most are equal as they are: no copies of every English string to find it (47 MB a cold extract).
  if (a === b) return true;
  return spacingFree(a ?? '') === spacingFree(b ?? '');
}
