/** The translation keeps the English's code spans, links and their targets, anchors and tags. */
import { markupOf, missing } from '../markup.js';
import type { SegmentRule } from '../rule.js';
import { counted } from '../../text/counted.js';

export const markupParity: SegmentRule = {
  id: 'markup-parity',
  severity: 'warning',
  description: 'code spans, link targets, anchors, HTML tags and italics as in the English',
  check(segment) {
    const source = markupOf(segment.source);
    const target = markupOf(segment.target);
    const problems: string[] = [];
    const lost = (what: string, items: string[]) => {
      if (items.length > 0) problems.push(`${what} of the English missing: ${items.map((i) => `“${i}”`).join(', ')}`);
    };
    lost('code', missing(source.code, target.code));
    lost('link targets', missing(source.links, target.links));
    lost('anchors', missing(source.anchors, target.anchors));
    lost('tags', missing(source.tags, target.tags));
    const extra = missing(target.links, source.links);
    if (extra.length > 0) problems.push(`link targets not in the English: ${extra.map((i) => `“${i}”`).join(', ')}`);
    // HTML the English does not have is at best noise, at worst an injected script.
    const tags = missing(target.tags, source.tags);
    if (tags.length > 0) problems.push(`HTML not in the English: ${tags.map((i) => `“${i}”`).join(', ')}`);
    if (source.italic > 0 && target.italic === 0) problems.push(`the English has ${counted(source.italic, 'italic run')}, the translation none`);
    // Bold is the bold-dropped rule's when the translation has none.
    if (target.bold > 0 && source.bold !== target.bold) problems.push(`${counted(source.bold, 'bold run')} in the English, ${target.bold} in the translation`);
    return problems;
  },
};
