// An esbuild plugin for ansi-tokenize, which Ink asks for every line of every frame to turn styled
// characters back into text: for each character it works out the codes that change the style of
// the one before (three new sets and four arrays each), though nearly every character has the
// same style as the one before, for which the answer is none. Those are skipped: the same codes
// in the same order give an empty difference (test/text/same-styles-fast.test.ts holds the
// rewrite to the package). If a new version changes the lines this rewrites, the build fails
// rather than ship them unchanged.
import { sourceRewrite } from './source-rewrite.mjs';

const SAME_STYLES = `
function sameStyles(before, after) {
    if (before === after) return true;
    if (before.length !== after.length) return false;
    for (let i = 0; i < before.length; i++) {
        if (before[i].code !== after[i].code || before[i].endCode !== after[i].endCode) return false;
    }
    return true;
}
`;

export const sameStylesFast = sourceRewrite({
  name: 'same-styles-fast',
  filter: /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]styledChars\.js$/,
  edits: [
    ['            ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));', '            if (!sameStyles(chars[i - 1].styles, char.styles)) ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));'],
    ['        if (i === chars.length - 1) {', '        if (i === chars.length - 1 && char.styles.length > 0) {'],
    ['export function styledCharsToString(chars) {', `${SAME_STYLES}export function styledCharsToString(chars) {`],
  ],
});
