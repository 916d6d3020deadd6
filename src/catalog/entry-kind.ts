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
  if (withText.has(messages)) return true;
  for (const key in messages) {
    if (entryKind(key) !== 'segment') continue;
    withText.add(messages);
    return true;
  }
  return false;
}

/**
 * Strings known to hold text: a look at the keys of a long article's strings lists them all
 * (25 ms for 100,000, however soon the first is text), and a reader's every missing string asks.
 * Strings are added to, never taken from, so what once held text still does.
 */
const withText = new WeakSet<object>();
