// An esbuild plugin for Ink's Output, which lays every frame out as a grid of styled characters:
// a flow's first frame spent ~25 ms there (63 ms from render to frame, now 38), on work that
// changes nothing:
// - Blank cells are one shared object, not a new one per cell (3,600 at 120×30): cells are
//   replaced, never changed, and the styled characters put in them are shared already.
// - A character of one code unit below U+1100 is one column, without asking string-width (the
//   first wide code point is U+1100; test/text/ink-output-fast.test.ts holds all of them to it).
// - A row with no holes is not copied to drop them.
// The test holds the rewritten Output to Ink's own, frame for frame, for any writes and clips.
// If a new version of Ink changes the lines this rewrites, the build fails rather than ship them.
import { sourceRewrite } from './source-rewrite.mjs';
import { NARROW_BELOW } from './slice-ansi-narrow-fast.mjs';

export const inkOutputFast = sourceRewrite({
  name: 'ink-output-fast',
  filter: /[\\/]ink[\\/]build[\\/]output\.js$/,
  edits: [
    ['export default class Output {', "const BLANK = Object.freeze({ type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([]) });\nexport default class Output {"],
    [
      `                row.push({
                    type: 'char',
                    value: ' ',
                    fullWidth: false,
                    styles: [],
                });`,
      '                row.push(BLANK);',
    ],
    [
      '                        const characterWidth = Math.max(1, this.caches.getStringWidth(character.value));',
      `                        const characterWidth = character.value.length === 1 && character.value.charCodeAt(0) < ${NARROW_BELOW} ? 1 : Math.max(1, this.caches.getStringWidth(character.value));`,
    ],
    ['            const lineWithoutEmptyItems = line.filter(item => item !== undefined);', '            const lineWithoutEmptyItems = line.includes(undefined) ? line.filter(item => item !== undefined) : line;'],
  ],
});
