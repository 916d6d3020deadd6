/**
 * Text wrapped to a width the way Ink wraps a `<Text>` (wrap-ansi with `trim: false, hard: true`,
 * whose lines text with spaces between its words keeps), and the way the languages that put no
 * space between words wrap theirs: Thai, Lao, Khmer and Burmese between words (ICU's dictionary,
 * through Intl.Segmenter), Chinese and Japanese between any two characters (as UAX #14 and CSS
 * break ideographs and kana, with no dictionary to load: 13 ms of a zh-CN flow's first frame), never before a closing mark
 * (、。」ー) nor after an opening one (「（), and no script inside a grapheme. wrap-ansi cut such
 * text wherever the width ran out, counting code points: it broke อยู่ between its vowel and its
 * tone mark, which began the next line and took a cell of Ink's, so that line lost its last
 * letter; and a Japanese line began with its comma. Ink takes this in place of wrap-ansi
 * (scripts/ink-wrap-lines.mjs in the bundle, vitest.config.ts in the tests).
 */
import wrapAnsi from 'wrap-ansi';
import { ESCAPE, unitsOf, type Unit } from './styled-units.js';

interface WrapOptions {
  trim?: boolean;
  hard?: boolean;
}

// Text wrap-ansi wraps as its readers do: no mark, no script written without spaces.
const OWN = /[\p{M}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u;
// Scripts whose words only a dictionary finds.
const DICTIONARY = /[\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
// Scripts between whose words a line may break where no space is.
const NO_SPACE = /[\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u;
// What never begins a line (closing and ending marks, small kana, the prolonged sound mark,
// iteration marks, Thai's repetition mark) or ends one (opening marks).
const NO_START = /^[\p{Pe}\p{Pf}\p{Po}ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々ゝゞヽヾๆฯ]/u;
const NO_END = /[\p{Ps}\p{Pi}]$/u;
// SGR styles are replayed on each line, as wrap-ansi does; the other escapes are kept where they are.
const SGR = /^\u001B\[[\d;]*m$/u;
const RESET = /^\u001B\[0?m$/u;

// A space no line breaks at (UAX #14 LB13, LB15a, LB15b): before ! ? : ; (French sets a space
// there: "Nom de la société : Contoso"), after an opening « ‹ and before a closing » › that ends
// a word ("« zzz »."; German's opening »Wort« is not one). Else a line began with "»." or ":".
// And between a count and the word after it, as typesetters keep them ("(3 étapes)", "5 GB",
// "3 ขั้นตอน"): a narrow list ended a line with "(3" and began the next with "étapes)".
const GLUED_SPACE = / (?=[!?:;‼⁇⁈⁉]|[»›](?:$|[\s\p{P}]))|(?<=(?:^|[\s\p{P}])[«‹]) |(?<=(?:^|[\s\p{Ps}\p{Pi}])\p{Nd}+(?:[.,]\p{Nd}+)*) (?=\p{L})/gu;
// What stands for such a space while the line is wrapped: one column, in no word and no document.
const GLUE = '\uE000';

let words: Intl.Segmenter | undefined;

export default function wrapLines(text: string, columns: number, options: WrapOptions = {}): string {
  if (options.trim !== false || options.hard !== true) return wrapAnsi(text, columns, options);
  const own = OWN.test(text);
  const glue = !text.includes(GLUE);
  return text
    .normalize()
    .replaceAll('\r\n', '\n')
    .split('\n')
    .map((line) => (glue ? line.replace(GLUED_SPACE, GLUE) : line))
    .map((line) => withoutBreakSpaces(own ? wrapLine(line, columns) : wrapAnsi(line, columns, options)))
    .join('\n')
    .replaceAll(GLUE, ' ');
}

/** A wrapped line that is only a space, with the styles around it (`\u001B[1m \u001B[22m`). */
const BREAK_SPACE = /^(?:\u001B\[[\d;]*m)* (?:\u001B\[[\d;]*m)*$/u;

/**
 * A line's wrapped lines without those that are only the space a break fell on: where a word
 * filled its line, the space after it began the next line alone (`ab cd` in 2 columns: "ab",
 * " ", "cd"), and Inline, which drops the space a line begins with, showed it empty: an empty
 * line inside a narrow table cell. The break is the space; it needs no line.
 */
function withoutBreakSpaces(wrapped: string): string {
  if (!wrapped.includes('\n')) return wrapped;
  return wrapped
    .split('\n')
    .filter((line, i) => i === 0 || !BREAK_SPACE.test(line))
    .join('\n');
}

function wrapLine(line: string, columns: number): string {
  const { units, trailing } = unitsOf(line, wordBoundaries);
  const lines: Unit[][] = [];
  let start = 0;
  let width = 0;
  let opportunity = -1;
  for (let j = 0; j < units.length; j++) {
    const unit = units[j]!;
    if (j > start && breaksBefore(units, j)) opportunity = j;
    if (width + unit.width > columns && j > start) {
      // A space that does not fit begins the next line (wrap-ansi's way; Inline drops it there).
      const cut = unit.plain === ' ' ? j : opportunity > start ? opportunity : forcedCut(units, start, j);
      lines.push(units.slice(start, cut));
      start = cut;
      width = 0;
      opportunity = -1;
      for (let k = cut; k < j; k++) {
        width += units[k]!.width;
        if (k > cut && breaksBefore(units, k)) opportunity = k;
      }
      if (j > start && breaksBefore(units, j)) opportunity = j;
    }
    width += unit.width;
  }
  lines.push(units.slice(start));
  return styled(lines, trailing);
}

/**
 * Where a word longer than the line is cut: before `j`, or as little before it as keeps a closing
 * mark from beginning the next line and an opening one from ending this one.
 */
function forcedCut(units: readonly Unit[], start: number, j: number): number {
  let cut = j;
  while (cut > start + 1 && (NO_START.test(units[cut]!.plain) || NO_END.test(units[cut - 1]!.plain))) cut--;
  return cut;
}

/**
 * Where the words of `plain` begin, for the scripts whose words only a dictionary finds; without
 * one, every character is a word of its own for the rules above.
 */
function wordBoundaries(plain: string): Set<number> | undefined {
  if (!DICTIONARY.test(plain)) return undefined;
  words ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  return new Set(Array.from(words.segment(plain), ({ index }) => index));
}

/** Whether a line may break before `units[j]`. */
function breaksBefore(units: readonly Unit[], j: number): boolean {
  const before = units[j - 1]!.plain;
  const after = units[j]!.plain;
  if (after === ' ') return false;
  if (before === ' ') return true;
  // A glued space holds what is on either side of it together, whatever their script ("3 步").
  if (before === GLUE || after === GLUE) return false;
  if (!units[j]!.wordStart || NO_START.test(after) || NO_END.test(before)) return false;
  return NO_SPACE.test(before) || NO_SPACE.test(after);
}

/** The lines as text, each opening the styles in force where it begins and closing them at its end. */
function styled(lines: readonly Unit[][], trailing: string): string {
  let open: string[] = [];
  return lines
    .map((units, index) => {
      let text = open.join('');
      for (const unit of units) {
        text += unit.text;
        for (const [escape] of unit.text.matchAll(ESCAPE)) {
          if (RESET.test(escape)) open = [];
          else if (SGR.test(escape)) open.push(escape);
        }
      }
      if (index === lines.length - 1) return text + trailing;
      return open.length > 0 ? `${text}\u001B[0m` : text;
    })
    .join('\n');
}
