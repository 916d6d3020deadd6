// An esbuild plugin for slice-ansi, which Ink calls on every line of every frame and which asks
// of each grapheme whether it is wide: a fullwidth code point, a regional indicator, or an emoji
// (a \p{Emoji_Presentation} test, whose compile alone was 10 ms of a flow's first frame). A
// grapheme of one code unit below U+1100 is none of these (the first wide code point is U+1100,
// the first emoji-presentation one U+231A: test/text/slice-ansi-narrow-fast.test.ts holds both
// to the libraries), so it is one column without the tests.
import { sourceRewrite } from './source-rewrite.mjs';

const WIDTH_OF = 'function getGraphemeWidth(grapheme) {';
export const NARROW_BELOW = 0x1100;

export const sliceAnsiNarrowFast = sourceRewrite({
  name: 'slice-ansi-narrow-fast',
  filter: /[\\/]slice-ansi[\\/]tokenize-ansi\.js$/,
  edits: [[WIDTH_OF, `${WIDTH_OF}\n\tif (grapheme.length === 1 && grapheme.charCodeAt(0) < ${NARROW_BELOW}) return 1;`]],
});
