/** The English marks UI labels in bold and the translation marks none: readers lose the buttons. */
import { markupOf } from '../markup.js';
import type { SegmentRule } from '../rule.js';
import { counted } from '../../text/counted.js';

export const boldDropped: SegmentRule = {
  id: 'bold-dropped',
  severity: 'warning',
  description: 'the English has bold UI labels, the translation no bold at all',
  check(segment) {
    const source = markupOf(segment.source).bold;
    return source > 0 && markupOf(segment.target).bold === 0 ? [`${counted(source, 'bold label')} in the English, none in the translation`] : [];
  },
};
