/**
 * UI labels: the bold words a reader looks for on screen (`select **Submit**`), and their
 * translation in the same sentence, paired by meaning rather than by position:
 *
 * 1. evidence first: the same words (names kept in English), a translation of the label that the
 *    content uses elsewhere (its glossary), or a near-identical spelling;
 * 2. then the translation's marks in order (bold, else quotes and brackets), where exactly as many
 *    are left as labels, or as labels the reader acts on; a mark led by a word the content uses
 *    before buttons ("选择", "sélectionnez") goes to a button, so a translation that reorders
 *    "Select **Education** from the **Special qualifications** list" is followed;
 * 3. unmarked: the English kept as is, or a known translation found in the sentence;
 * 4. otherwise no target: a guessed label would name the wrong button. The lint reports these.
 */
import type { PhrasingContent } from 'mdast';
import type { Label, LabelMatch, Segment } from '../model/document.js';
import { boldRuns, parseInline, plainText } from './inline.js';
import { similarity } from '../text/similarity.js';
import { candidates, clean, normal, type Candidate } from './label-candidates.js';
import { ACTION, actionLed, knownTranslations, type GlossaryLookup } from './label-glossary.js';

export type { Glossary, GlossaryLookup, LessonBook } from './label-glossary.js';
export { documentGlossary, learnGlossary, ownLessons } from './label-glossary.js';

// A menu path continues the action: "select **Support requests** > **Partner Center requests**";
// so do buttons joined by "and" or "or": "Select **Save** and **Run**", "select **Approve** or
// **Reject**" (the second was a name: its translation paired as one, and the way on was the first).
const MENU_STEP = /^\s*(>|›|→|\/|\||,)\s*$/;
// Phrasing that has the reader fill in the label that follows: a field's name or the value typed
// ("Enter the **Account name**", "and type **Microsoft Azure**"). "type" only as a verb, not "of
// type **Date**" or "the datastore type **Azure Blob Storage**".
const FILL = /(?:\benter|(?:^|[,;:.]|\b(?:and|then|or|to))\s*type)\s+(?:the\s+|a\s+|an\s+|your\s+)?["“]?$/i;
// More of the same list: fields ("Enter the **First name**, **Last name**, and **Email address**"),
// buttons ("Select **Save** and **Run**").
const LIST_ON = /^\s*(?:,|,?\s*(?:and|or))\s*$/i;

export function segmentLabels(segment: Segment, glossary?: GlossaryLookup): Label[] {
  const source = boldRuns(parseInline(segment.source));
  if (source.length === 0) return [];
  const labels: Label[] = [];
  let previousAction = false;
  let previousFilled = false;
  for (const [i, run] of source.entries()) {
    const action: boolean = ACTION.test(run.before) || (previousAction && (MENU_STEP.test(run.before) || LIST_ON.test(run.before)));
    const filled: boolean = !action && (FILL.test(run.before) || (previousFilled && LIST_ON.test(run.before)));
    [previousAction, previousFilled] = [action, filled];
    labels.push({ source: run.text, n: segment.n, index: i + 1, action, ...(filled ? { filled: true as const } : {}) });
  }
  pairTargets(labels, segment, glossary);
  return labels;
}

function pairTargets(labels: Label[], segment: Segment, glossary: GlossaryLookup | undefined): void {
  // A monolingual article is its own translation.
  if (segment.source === segment.target) {
    for (const label of labels) Object.assign(label, { target: label.source, match: 'bold' });
    return;
  }
  const { bold, quoted: marked } = candidates(segment.target);
  // Words the English has unmarked ("Azure Active Directory") and the translation quotes are not labels.
  const sourceText = normal(plainText(parseInline(segment.source).filter((node) => node.type !== 'strong')));
  const quoted = marked.filter((c) => !sourceText.includes(normal(c.text)) || labels.some((l) => normal(l.source) === normal(c.text)));
  const used = new Set<Candidate>();
  const set = (label: Label, candidate: Candidate | string, match: LabelMatch) => {
    label.target = typeof candidate === 'string' ? candidate : candidate.text;
    label.match = match;
    if (typeof candidate !== 'string') used.add(candidate);
  };
  const kindOf = (c: Candidate): LabelMatch => (c.kind === 'bold' ? 'bold' : 'quoted');
  const all = [...bold, ...quoted];

  // 1. Evidence.
  for (const label of labels) {
    const free = all.filter((c) => !used.has(c));
    const known = knownTranslations(glossary, label.source).map(normal);
    const found =
      free.find((c) => normal(c.text) === normal(label.source)) ??
      free.find((c) => known.includes(normal(c.text))) ??
      free.find((c) => similarity(normal(c.text), normal(label.source)) >= 0.75);
    if (found) set(label, found, kindOf(found));
  }

  // 2. The translation's marks in order: for every label left, else for the buttons left, but a
  // button that is a link's words where the translation has links: its translation is the link's
  // words, unmarked ("go to your [**Dashboard overview**](…)" took the 合格 of "**Qualified**").
  const linked = segment.target.includes('](') ? linkedBold(parseInline(segment.source)) : new Set<string>();
  for (const wanted of [(l: Label) => !l.target, (l: Label) => !l.target && l.action && !linked.has(l.source)]) {
    const group = labels.filter(wanted);
    for (const pool of [bold, quoted]) {
      const left = pool.filter((c) => !used.has(c));
      if (group.length === 0 || left.length !== group.length) continue;
      for (const [label, candidate] of inOrder(group, left, glossary)) set(label, candidate, kindOf(candidate));
      break;
    }
  }

  // 3. Unmarked in the translation.
  const targetText = clean(plainText(parseInline(segment.target)));
  for (const label of labels.filter((l) => !l.target)) {
    if (/[\p{L}\p{N}]/u.test(label.source) && targetText.toLowerCase().includes(normal(label.source))) {
      set(label, label.source, 'verbatim');
      continue;
    }
    const known = knownTranslations(glossary, label.source).find((k) => targetText.includes(k));
    if (known) set(label, known, 'glossary');
  }
}

/** The words of the bold runs inside a link (`[**Dashboard overview**](url)`). */
function linkedBold(nodes: readonly PhrasingContent[], inLink = false, found = new Set<string>()): Set<string> {
  for (const node of nodes) {
    if (node.type === 'strong' && inLink) found.add(plainText(node.children).trim());
    if ('children' in node) linkedBold(node.children as PhrasingContent[], inLink || node.type === 'link', found);
  }
  return found;
}

/**
 * Labels and as many marks, paired in order; but where the marks led by an action word are as
 * many as the action labels, buttons go to those marks and names to the others.
 */
function inOrder(labels: readonly Label[], marks: readonly Candidate[], glossary: GlossaryLookup | undefined): [Label, Candidate][] {
  const actions = labels.filter((l) => l.action);
  const led = marks.filter((m) => actionLed(glossary, m.lead));
  if (actions.length > 0 && actions.length < labels.length && led.length === actions.length) {
    const names = labels.filter((l) => !l.action);
    const rest = marks.filter((m) => !led.includes(m));
    return [...actions.map((l, i) => [l, led[i]!] as [Label, Candidate]), ...names.map((l, i) => [l, rest[i]!] as [Label, Candidate])];
  }
  return labels.map((l, i) => [l, marks[i]!]);
}
