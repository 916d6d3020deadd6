/**
 * The marks of a translated sentence that may be UI labels: its bold (repaired where machine
 * translation broke the `**`) and the quotation marks and brackets of its script. Each comes with
 * its lead, the word just before it ("sélectionnez", "选择"), which tells a button the reader acts
 * on from a name.
 */
import { boldRuns, parseInline, plainText } from './inline.js';

export interface Candidate {
  text: string;
  kind: 'bold' | 'quoted';
  /** The word before the mark, lower case (the last two characters in CJK scripts). */
  lead: string;
}

// Quotation marks and brackets that translations use where the English has bold. Group 9 is the
// straight double quote, which opens and closes alike.
const QUOTED =
  /“([^”\n]+)”|「([^」\n]+)」|『([^』\n]+)』|«\s*([^»\n]+?)\s*»|„([^“”\n]+)[“”]|‹\s*([^›\n]+?)\s*›|【([^】\n]+)】|［([^］\n]+)］|"([^"\n]+)"|\[([^\]\n]*[^\x00-\x7F][^\]\n]*)\](?!\()/g;
// Bold that the parser did not take: escaped (`\*\*x\*\*`) or with spaces inside (`** x **`).
const LOOSE_BOLD = /(?:\\?\*){2}\s*((?:(?!\\?\*).)+?)\s*(?:\\?\*){2}/g;
// A run that holds a full-width comma or stop is a piece of a sentence, not a UI label.
const SENTENCE = /[，。；！？]/;
// Quotation marks and sentence punctuation that broken markup leaves at a label's edges.
const EDGE = /^[\s"“”「」『』«»„‹›【】［］：:，,。、；;]+|[\s"“”「」『』«»„‹›【】［］：:，,。、；;]+$/g;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;

/** A label as the translation writes it, less escapes, stray emphasis markers and edge punctuation. */
export function clean(text: string): string {
  return text.replace(/\\(.)/g, '$1').replace(/\*+/g, '').replace(EDGE, '').trim();
}

/** For comparing: one case, one kind of space. */
export function normal(text: string): string {
  return clean(text).replace(/\s+/g, ' ').toLowerCase();
}

export function leadOf(before: string): string {
  const tail = before.replace(/[\s"“”「」『』«»„‹›【】［］(（*\\]+$/u, '');
  if (CJK.test(tail)) return tail.slice(-2);
  return (/[\p{L}\p{M}'’]+$/u.exec(tail)?.[0] ?? '').toLowerCase();
}

/** Quoted runs of a plain text, in order, with their leads. */
export function quotedCandidates(text: string): Candidate[] {
  const straight = (text.match(/"/g) ?? []).length % 2 === 0;
  const out: Candidate[] = [];
  for (const match of text.matchAll(QUOTED)) {
    if (!straight && match[9] !== undefined) continue;
    const label = clean(match.slice(1).find((g) => g !== undefined) ?? '');
    if (label === '' || SENTENCE.test(label)) continue;
    out.push({ text: label, kind: 'quoted', lead: leadOf(text.slice(0, match.index)) });
  }
  return out;
}

export function candidates(target: string): { bold: Candidate[]; quoted: Candidate[] } {
  const nodes = parseInline(target);
  const parsed = boldRuns(nodes)
    .map((run) => ({ text: clean(run.text), kind: 'bold' as const, lead: leadOf(run.before) }))
    .filter((c) => c.text !== '');
  // Bold the parser did not take shows as more loose runs than parsed ones; only then are their
  // leads worth a parse of the text before each (most sentences' bold parses: 0.5 s of 370 articles).
  const loose = [...target.matchAll(LOOSE_BOLD)].map((m) => ({ text: clean(m[1]!), at: m.index })).filter((c) => c.text !== '');
  const bold =
    loose.length > parsed.length ? loose.map(({ text, at }) => ({ text, kind: 'bold' as const, lead: leadOf(plainText(parseInline(target.slice(0, at)))) })) : parsed;
  const quoted = quotedCandidates(plainText(nodes)).filter((q) => !bold.some((b) => b.text === q.text));
  return { bold, quoted };
}
