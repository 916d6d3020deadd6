/**
 * Reference links (`[text][ref]`, `[text][]`, `[ref]`) take their address from a definition
 * elsewhere in the article (`[ref]: https://…`), as DocFX and GitHub render them. A sentence is
 * parsed on its own, away from the definitions, so the article keeps them (label → address) and
 * its sentences are read with them when shown (see text/flow-markup.ts). The strings keep their
 * markup: a translation keeps `[ref]`.
 */

/** A label as CommonMark matches it: case and runs of white space do not matter. */
export function definitionLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}
