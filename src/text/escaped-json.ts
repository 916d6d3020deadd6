/**
 * JSON whose every character survives the terminal's `sanitize` (see sanitize.ts): the C1
 * controls, DEL and the bidi overrides it drops are written as \u escapes, which JSON.stringify
 * leaves raw. For data printed to stdout and read back (a glossary part through a pipe).
 */
const DROPPED = /[\u007f-\u009f\u202a-\u202e]/g;

export function escapedJson(value: unknown): string {
  return JSON.stringify(value).replace(DROPPED, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
