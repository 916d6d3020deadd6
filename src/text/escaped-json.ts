/**
 * JSON whose every character survives the terminal's `sanitize` (see sanitize.ts): the C1
 * controls, DEL and the bidi overrides it drops are written as \u escapes, which JSON.stringify
 * leaves raw. The same value read back (a glossary part through a pipe, `lint --format json` of a
 * label with a stray U+202C), where printed raw it came without them.
 */
const DROPPED = /[\u007f-\u009f\u202a-\u202e]/g;

/** JSON text with the characters `sanitize` drops escaped (they are only ever inside its strings). */
export function terminalJson(json: string): string {
  return json.replace(DROPPED, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function escapedJson(value: unknown, space?: number): string {
  return terminalJson(JSON.stringify(value, null, space));
}
