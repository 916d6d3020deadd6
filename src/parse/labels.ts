/**
 * UI labels: the bold words a reader looks for on screen (`select **Submit**`), paired between
 * the English source and the translation of one segment.
 */
import type { Label, Segment } from '../model/document.js';
import { boldRuns, parseInline, plainText, quotedRuns } from './inline.js';

// English phrasing that tells the reader to act on the label that follows.
const MENU_STEP = /^\s*(>|›|→|\/|\||,)\s*$/;
const ACTION = /\b(select|selecting|click|clicking|choose|tap|press|pick|open|go to|navigate to|sign in to|then|enter)\s+(the\s+|on\s+)?["“]?$/i;

export function segmentLabels(segment: Segment): Label[] {
  const source = boldRuns(parseInline(segment.source));
  if (source.length === 0) return [];
  const targetNodes = parseInline(segment.target);
  let targets = boldRuns(targetNodes).map((run) => run.text);
  // Some translations drop the bold markers and quote the label instead; use that only when
  // the counts agree, so that a label is never paired with the wrong words.
  if (targets.length !== source.length) {
    const quoted = quotedRuns(plainText(targetNodes));
    if (quoted.length === source.length) targets = quoted;
  }
  const paired = targets.length === source.length;
  let previousAction = false;
  return source.map((run, i) => {
    // "select **Support requests** > **Partner Center requests**": a menu path continues the action.
    const action = ACTION.test(run.before) || (previousAction && MENU_STEP.test(run.before));
    previousAction = action;
    return { source: run.text, ...(paired ? { target: targets[i] } : {}), n: segment.n, index: i + 1, action };
  });
}
