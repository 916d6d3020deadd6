/**
 * UI labels: the bold words a reader looks for on screen (`select **Submit**`), and their
 * translation in the same sentence, paired by meaning rather than by position:
 *
 * 1. evidence first: the English kept as is ("Partner Center"), a translation of the same label
 *    that the article uses elsewhere (its glossary), or a near-identical spelling;
 * 2. then the translation's own marks, in order, where exactly as many are left as labels:
 *    bold (repaired where machine translation broke the `**`), else the quotation marks and
 *    brackets of the target's script (“…”, «…», 「…」, 【…】, [編集]);
 * 3. otherwise no target: a guessed label would name the wrong button. The lint reports these.
 */
import type { Label, LabelMatch, Segment } from '../model/document.js';
import { boldRuns, parseInline, plainText } from './inline.js';

// English phrasing that tells the reader to act on the label that follows.
const MENU_STEP = /^\s*(>|›|→|\/|\||,)\s*$/;
const ACTION = /\b(select|selecting|click|clicking|choose|tap|press|pick|open|go to|navigate to|sign in to|then|enter)\s+(the\s+|on\s+)?["“]?$/i;

/** English label (lower case) → its translations in one document, with how often each was seen. */
export type Glossary = ReadonlyMap<string, ReadonlyMap<string, number>>;

interface Candidate {
  text: string;
  kind: 'bold' | 'quoted';
}

// Quotation marks and brackets that translations use where the English has bold.
const QUOTED =
  /“([^”\n]+)”|「([^」\n]+)」|『([^』\n]+)』|«\s*([^»\n]+?)\s*»|„([^“”\n]+)[“”]|‹\s*([^›\n]+?)\s*›|【([^】\n]+)】|［([^］\n]+)］|"([^"\n]+)"|\[([^\]\n]*[^\x00-\x7F][^\]\n]*)\](?!\()/g;
// Bold that the parser did not take: escaped (`\*\*x\*\*`) or with spaces inside (`** x **`).
const LOOSE_BOLD = /(?:\\?\*){2}\s*((?:(?!\\?\*).)+?)\s*(?:\\?\*){2}/g;

/** Quoted runs, for translations that mark UI labels with quotation marks instead of bold. */
export function quotedRuns(text: string): string[] {
  // Straight quotes open and close alike: with an odd number, no pair of them can be trusted.
  const straight = ((text.match(/"/g) ?? []).length % 2) === 0;
  return [...text.matchAll(QUOTED)]
    .filter((m) => straight || m[9] === undefined)
    .map((m) => clean(m.slice(1).find((g) => g !== undefined) ?? ''))
    .filter((label) => label !== '' && !SENTENCE.test(label));
}

// A run that holds a full-width comma or stop is a piece of a sentence, not a UI label.
const SENTENCE = /[，。；！？]/;

/** A label as the translation writes it, less escapes and stray emphasis markers. */
function clean(text: string): string {
  return text
    .replace(/\\(.)/g, '$1')
    .replace(/\*+/g, '')
    .replace(EDGE, '')
    .trim();
}

// Quotation marks and sentence punctuation that broken markup leaves at a label's edges.
const EDGE = /^[\s"'“”‘’「」『』«»„‹›【】［］：:，,。、；;]+|[\s"'“”‘’「」『』«»„‹›【】［］：:，,。、；;]+$/g;

/** For comparing: one case, one kind of space. */
function normal(text: string): string {
  return clean(text).replace(/\s+/g, ' ').toLowerCase();
}

/** The marks of a translation that may be UI labels: its bold (repaired if broken) and its quotes. */
function candidates(target: string): { bold: Candidate[]; quoted: Candidate[] } {
  const parsed = boldRuns(parseInline(target)).map((run) => clean(run.text)).filter(Boolean);
  const loose = [...target.matchAll(LOOSE_BOLD)].map((m) => clean(m[1]!)).filter(Boolean);
  const bold = (loose.length > parsed.length ? loose : parsed).map((text) => ({ text, kind: 'bold' as const }));
  const quoted = quotedRuns(plainText(parseInline(target)))
    .filter((text) => !bold.some((b) => b.text === text))
    .map((text) => ({ text, kind: 'quoted' as const }));
  return { bold, quoted };
}

/** Similarity of two short strings: Dice coefficient over character bigrams. */
function similarity(a: string, b: string): number {
  const grams = (s: string) => {
    const out = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) out.set(s.slice(i, i + 2), (out.get(s.slice(i, i + 2)) ?? 0) + 1);
    return out;
  };
  const x = grams(normal(a));
  const y = grams(normal(b));
  let shared = 0;
  for (const [gram, count] of x) shared += Math.min(count, y.get(gram) ?? 0);
  const total = [...x.values(), ...y.values()].reduce((s, c) => s + c, 0);
  return total === 0 ? (normal(a) === normal(b) ? 1 : 0) : (2 * shared) / total;
}

export function segmentLabels(segment: Segment, glossary?: Glossary): Label[] {
  const source = boldRuns(parseInline(segment.source));
  if (source.length === 0) return [];
  const labels: Label[] = [];
  let previousAction = false;
  for (const [i, run] of source.entries()) {
    // "select **Support requests** > **Partner Center requests**": a menu path continues the action.
    const action: boolean = ACTION.test(run.before) || (previousAction && MENU_STEP.test(run.before));
    previousAction = action;
    labels.push({ source: run.text, n: segment.n, index: i + 1, action });
  }
  pairTargets(labels, segment, glossary);
  return labels;
}

function pairTargets(labels: Label[], segment: Segment, glossary: Glossary | undefined): void {
  // A monolingual article is its own translation.
  if (segment.source === segment.target) {
    for (const label of labels) Object.assign(label, { target: label.source, match: 'bold' });
    return;
  }
  const { bold, quoted: marked } = candidates(segment.target);
  // Words the English has unmarked ("Azure Active Directory") and the translation quotes are not labels.
  const sourceText = normal(plainText(parseInline(segment.source).filter((node) => node.type !== 'strong')));
  const quoted = marked.filter((c) => !sourceText.includes(normal(c.text)) || labels.some((l) => normal(l.source) === normal(c.text)));
  const targetText = clean(plainText(parseInline(segment.target)));
  const used = new Set<Candidate>();
  const set = (label: Label, target: string, match: LabelMatch, candidate?: Candidate) => {
    label.target = target;
    label.match = match;
    if (candidate) used.add(candidate);
  };
  const all = [...bold, ...quoted];

  // 1. Evidence: the same words, a known translation, or a near-identical spelling.
  for (const label of labels) {
    const same = all.find((c) => !used.has(c) && normal(c.text) === normal(label.source));
    if (same) {
      set(label, same.text, same.kind === 'bold' ? 'bold' : 'quoted', same);
      continue;
    }
    const known = knownTranslations(glossary, label.source);
    const byGlossary = all.find((c) => !used.has(c) && known.some((k) => normal(k) === normal(c.text)));
    if (byGlossary) {
      set(label, byGlossary.text, byGlossary.kind === 'bold' ? 'bold' : 'quoted', byGlossary);
      continue;
    }
    const near = all.find((c) => !used.has(c) && similarity(c.text, label.source) >= 0.75);
    if (near) set(label, near.text, near.kind === 'bold' ? 'bold' : 'quoted', near);
  }

  // 2. The translation's marks in order, when exactly as many are left as labels.
  const open = labels.filter((l) => l.target === undefined);
  for (const [kind, pool] of [
    ['bold', bold],
    ['quoted', quoted],
  ] as const) {
    const left = pool.filter((c) => !used.has(c));
    if (open.length > 0 && left.length === open.length) {
      open.forEach((label, i) => set(label, left[i]!.text, kind, left[i]));
      return;
    }
  }

  // 3. Unmarked in the translation: the English kept as is, or a known translation in the sentence.
  for (const label of open) {
    if (targetText.toLowerCase().includes(normal(label.source)) && /[\p{L}\p{N}]/u.test(label.source)) {
      set(label, label.source, 'verbatim');
      continue;
    }
    const known = knownTranslations(glossary, label.source).find((k) => targetText.includes(k));
    if (known) set(label, known, 'glossary');
  }
}

function knownTranslations(glossary: Glossary | undefined, source: string): string[] {
  const entry = glossary?.get(normal(source));
  return entry ? [...entry.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).map(([t]) => t) : [];
}

/**
 * What an article itself says about its labels: in every sentence with one bold label and one
 * marked translation, that translation is this label's. Used to find the label elsewhere, where
 * the translation dropped the marks or reordered them.
 */
export function learnGlossary(segments: readonly Segment[], glossary = new Map<string, Map<string, number>>()): Glossary {
  for (const segment of segments) {
    if (!segment.source.includes('**') || segment.source === segment.target) continue;
    const source = boldRuns(parseInline(segment.source));
    if (source.length !== 1) continue;
    const { bold, quoted } = candidates(segment.target);
    const only = bold.length === 1 ? bold[0] : bold.length === 0 && quoted.length === 1 ? quoted[0] : undefined;
    if (!only || !/\p{L}/u.test(only.text)) continue;
    const key = normal(source[0]!.text);
    if (!glossary.has(key)) glossary.set(key, new Map());
    const entry = glossary.get(key)!;
    entry.set(only.text, (entry.get(only.text) ?? 0) + 1);
  }
  return glossary;
}

/** One glossary from several: a document's own, then its content set's for the same locale. */
export function mergeGlossaries(...glossaries: readonly (Glossary | undefined)[]): Glossary {
  const merged = new Map<string, Map<string, number>>();
  for (const glossary of glossaries) {
    for (const [source, targets] of glossary ?? []) {
      const entry = merged.get(source) ?? new Map<string, number>();
      for (const [target, count] of targets) entry.set(target, (entry.get(target) ?? 0) + count);
      merged.set(source, entry);
    }
  }
  return merged;
}
