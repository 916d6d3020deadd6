// An esbuild plugin for micromark-util-subtokenize, which expands each embedded content token
// (a paragraph's text, a flow chunk) into its events and records where to jump past them in an
// object keyed by event index: `Object.assign(jumps, gaps)` and `index in jumps` on objects
// with sparse integer keys are V8's slow dictionary-element paths, and were a third of
// subtokenize's time on the skeletons of the fr-fr corpus. The same jumps are kept in one Map.
// test/parse/micromark-rewrites.test.ts holds the rewritten modules to the originals, tree for tree.
import { sourceRewrite } from './source-rewrite.mjs';

export const subtokenizeMapJumps = sourceRewrite({
  name: 'subtokenize-map-jumps',
  filter: /[\\/]micromark-util-subtokenize[\\/]index\.js$/,
  edits: [
    ['  const jumps = {};\n  let index = -1;', '  const jumps = new Map();\n  let index = -1;'],
    ['    while (index in jumps) {\n      index = jumps[index];\n    }', '    while (jumps.has(index)) {\n      index = jumps.get(index);\n    }'],
    ['        Object.assign(jumps, subcontent(events, index));\n        index = jumps[index];', '        subcontent(events, index, jumps);\n        index = jumps.get(index);'],
    ['function subcontent(events, eventIndex) {', 'function subcontent(events, eventIndex, gaps) {'],
    ['  const gaps = {};\n', ''],
    ['    gaps[adjust + jumps[index][0]] = adjust + jumps[index][1];', '    gaps.set(adjust + jumps[index][0], adjust + jumps[index][1]);'],
  ],
});
