/**
 * The sentences of one paragraph as one text. A side-by-side article keeps the English layout, a
 * space between two sentences' pairs, which Chinese and Japanese do not write after a full-width
 * stop (。！？, whose glyph holds its own space): "確認します。アカウント…", not "確認します。 アカウント…".
 * Other languages, Thai among them (a space ends its sentences), keep the space.
 */
const FULL_WIDTH_END = /[。！？][」』）》〉】*_]*$/u;

export function joinSentences(sentences: readonly string[]): string {
  let text = '';
  for (const sentence of sentences) {
    if (!sentence) continue;
    text += text === '' || FULL_WIDTH_END.test(text) ? sentence : ` ${sentence}`;
  }
  return text;
}
