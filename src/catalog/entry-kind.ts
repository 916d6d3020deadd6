/** What a message key names, read from the key alone (`proc-1.step-2.4.label-1` is a UI label). */
export type EntryKind = 'segment' | 'label' | 'input' | 'code' | 'literal' | 'image';

const KIND = /\.(label|code|literal|image)-\d+$/;

export function entryKind(key: string): EntryKind {
  if (key.startsWith('input.')) return 'input';
  return (KIND.exec(key)?.[1] as EntryKind | undefined) ?? 'segment';
}

/**
 * Whether strings hold an article's text (a title or a sentence), not only what every language
 * shares (its code and links) or its labels: a plain French article's en-US has at most its code.
 */
export function hasText(messages: Readonly<Record<string, unknown>>): boolean {
  for (const key in messages) if (entryKind(key) === 'segment') return true;
  return false;
}
