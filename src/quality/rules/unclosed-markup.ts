/**
 * Markup a translation opened and never closed: a `**`, `*`, backtick or link bracket that markdown
 * leaves as a character, so the reader sees it (`Ne pas **utiliser les noms.`). Counted in what the
 * parse leaves as text, against the English's own: a sign the English writes as text is not one.
 */
import type { PhrasingContent } from 'mdast';
import { parseInline } from '../../parse/inline.js';
import type { SegmentRule } from '../rule.js';

const MARKERS: readonly (readonly [name: string, pattern: RegExp])[] = [
  ['“**”', /\*\*|__/g],
  // A single star against a word on one side only: `*Clients` (a star between spaces is a times
  // sign; one after an opening bracket or quote and before a space stands alone, as a footnote's).
  ['“*”', /(?<=[^\s*\p{Ps}\p{Pi}])\*(?![*\w])|(?<![*\w])\*(?=[^\s*])/gu],
  ['“`”', /`/g],
  ['a link’s “[…](”', /\]\(|\[(?![^\]]*\])/g],
];

/** The characters of the sentence that markdown left as text (code aside: its characters are its own). */
function literalText(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += `${node.value}\n`;
    else if ('children' in node) out += literalText(node.children as PhrasingContent[]);
  }
  return out;
}

const counts = (markdown: string) => {
  const text = literalText(parseInline(markdown));
  return MARKERS.map(([, pattern]) => text.match(pattern)?.length ?? 0);
};

export const unclosedMarkup: SegmentRule = {
  id: 'unclosed-markup',
  severity: 'warning',
  description: 'markup the translation opens and never closes (`**`, `*`, a backtick, a link), shown to the reader as is',
  check(segment) {
    // Most sentences have no marker character at all.
    if (!/[*_`[\]]/.test(segment.target)) return [];
    const target = counts(segment.target);
    const source = counts(segment.source);
    return MARKERS.flatMap(([name], i) => (target[i]! > source[i]! ? [`${name} left open: the reader sees it as is`] : []));
  },
};
