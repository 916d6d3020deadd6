/** A pair whose translation is empty: the reader of that locale sees nothing. */
import type { SegmentRule } from '../rule.js';

export const emptyTarget: SegmentRule = {
  id: 'empty-target',
  severity: 'error',
  description: 'no translation where the English has text',
  check: (segment) => (segment.target.trim() === '' && segment.source.trim() !== '' ? ['the translation is empty'] : []),
};
