// An esbuild plugin for micromark's parse(), which combined its constructs with the extensions
// (every hook of every character code, merged into fresh arrays) on every call: 40–60 µs, a third
// of parsing a short sentence, and docflow parses thousands of sentences on their own. The
// combination is kept per list of extensions (remark passes the same list every time) and used
// again while that list still holds the same extensions; the tokenizers only read it.
// test/parse/micromark-rewrites.test.ts holds the rewritten modules to the originals, tree for tree.
import { KEPT_PER_LIST, sourceRewrite } from './source-rewrite.mjs';

const COMBINE = `  const constructs = /** @type {FullNormalizedExtension} */
  combineExtensions([defaultConstructs, ...(settings.extensions || [])]);`;

const COMBINED_ONCE = `  const constructs = keptPerList(COMBINED, settings.extensions || NO_EXTENSIONS, (extensions) => combineExtensions([defaultConstructs, ...extensions]));`;

export const micromarkCombinedOnce = sourceRewrite({
  name: 'micromark-combined-once',
  filter: /[\\/]micromark[\\/]lib[\\/]parse\.js$/,
  edits: [
    [COMBINE, COMBINED_ONCE],
    ['export function parse(options) {', `const NO_EXTENSIONS = [];\nconst COMBINED = new WeakMap();\n${KEPT_PER_LIST}export function parse(options) {`],
  ],
});
