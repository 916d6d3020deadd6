/**
 * Pieces of a text as `trimEnd()` of their concatenation would leave it, without joining them:
 * white space is held until something follows it, and what ends the text is dropped.
 */
export function* trimmedEnd(pieces: Iterable<string>): Generator<string> {
  let held = '';
  for (const piece of pieces) {
    const kept = piece.trimEnd();
    if (kept === '') {
      held += piece;
      continue;
    }
    yield held + kept;
    held = piece.slice(kept.length);
  }
}
