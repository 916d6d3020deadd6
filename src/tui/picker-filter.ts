/**
 * Type-to-filter for the picker: every word typed must start a word of the title (in the
 * reader's language) or of the article's path, ignoring case and accents (`cre abo` finds
 * « Créer un abonnement »). CJK titles have no spaces between words: there a typed word may
 * match anywhere.
 */

/**
 * Lower case without accents, so `é` is found by `e`, and without invisible format characters: a
 * title or words pasted from a Hebrew page (or from `docflow list`) carry right-to-left marks
 * and embeddings that read as nothing, and "\u200Fערך" found no title that says "ערך".
 */
export function folded(text: string): string {
  return text.normalize('NFD').replace(/[\p{M}\p{Cf}]+/gu, '').toLowerCase();
}

const WORD_START = /(?:^|[^\p{L}\p{N}])(?=[\p{L}\p{N}])/gu;
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}]/u;

/** Whether `haystack` (already folded) has every word of `query`. */
export function matches(haystack: string, query: string): boolean {
  const words = folded(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const starts = new Set<number>();
  for (const match of haystack.matchAll(WORD_START)) starts.add(match.index + match[0].length);
  return words.every((word) => {
    // A word typed with its punctuation, "(Preview)" of a pasted title, starts where its first
    // letter does: at its bracket it never stood at a word's start, and found nothing.
    const lead = word.search(/[\p{L}\p{N}]/u);
    if (UNSPACED.test(word) || lead === -1) return haystack.includes(word);
    for (let at = haystack.indexOf(word); at !== -1; at = haystack.indexOf(word, at + 1)) if (starts.has(at + lead)) return true;
    return false;
  });
}
