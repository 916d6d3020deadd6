// An esbuild plugin for slice-ansi and ansi-tokenize, which Ink calls on every line of every
// frame: each makes an Intl.Segmenter when it loads, and the first one a process makes costs
// ~15 ms. Both get docflow's segmenter instead (dist/text/graphemes.js), which gives the same
// graphemes and makes ICU's only for text that needs it. If a new version changes the line this
// rewrites, the build fails rather than ship it unchanged.
import path from 'node:path';
import { sourceRewrite } from './source-rewrite.mjs';

const GRAPHEMES = JSON.stringify(path.resolve('dist/text/graphemes.js'));
/** A module's line that binds `name` to docflow's grapheme segmenter (string-width's uses it too). */
export const graphemeSegmenterAs = (name) => `import { graphemeSegmenter as ${name} } from ${GRAPHEMES};`;

export const lazyGraphemes = [
  sourceRewrite({
    name: 'lazy-graphemes (slice-ansi)',
    filter: /[\\/]slice-ansi[\\/]tokenize-ansi\.js$/,
    edits: [["const GRAPHEME_SEGMENTER = new Intl.Segmenter(undefined, {granularity: 'grapheme'});", graphemeSegmenterAs('GRAPHEME_SEGMENTER')]],
  }),
  sourceRewrite({
    name: 'lazy-graphemes (ansi-tokenize)',
    filter: /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize\.js$/,
    edits: [['const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });', graphemeSegmenterAs('segmenter')]],
  }),
];
