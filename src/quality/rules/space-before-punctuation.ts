/**
 * A space before CJK or Arabic punctuation (`资源组 。`, `(MACC) ，`, `الفوترة ،`): these marks sit
 * against the word before them in their scripts, so the space shows as a gap before the mark (a
 * full-width one already has its own room). Machine translation leaves one after bold, a link or a
 * parenthesis, and a translator's slip of the space bar does the same. Said at the space (the
 * first, for a run of them), not at the sentence.
 */
import type { Problem, SegmentRule } from '../rule.js';
import { shownInvisibles } from '../../text/shown-invisibles.js';

/** Full-width CJK stops and closing marks, and Arabic comma, semicolon and question mark. */
const MARKS = '。、，．！？：；）」』】》〉،؛؟';
const SPACED = new RegExp(`(\\S)([ \\t\\u00a0\\u3000]+)([${MARKS}])`, 'gu');

export const spaceBeforePunctuation: SegmentRule = {
  id: 'space-before-punctuation',
  severity: 'warning',
  description: 'no space before CJK or Arabic punctuation (。、，！？；： ، ؛ ؟): it shows as a gap before the mark',
  check(segment) {
    const problems: Problem[] = [];
    for (const match of segment.target.matchAll(SPACED)) {
      // The space itself, where the translator's editor must take them (the word before it may be a surrogate pair).
      const space = match.index + match[1]!.length;
      // The mark with the word before it, as the reader sees the gap: “*订阅* 。”, “(MACC) ，”.
      const word = [.../\S*$/u.exec(segment.target.slice(0, space))![0]];
      const shown = `${word.length > 16 ? `…${word.slice(-16).join('')}` : word.join('')}${match[2]}${match[3]}`;
      problems.push({ message: `a space before “${match[3]}”: “${shownInvisibles(shown)}”`, at: space });
    }
    return problems;
  },
};
