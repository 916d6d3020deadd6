/**
 * A plain linear scan for side-by-side pairs:
 *
 *   <span data-ttu-id="be056-110">TARGET</span><span class="sxs-lookup"><span data-stu-id="be056-110">SOURCE</span></span>
 *
 * Strings and their numbers need no block structure, so the catalog reads them with this scan
 * alone (orders of magnitude faster than a markdown parse); the structure parser reuses the same
 * table to fold pairs into placeholders before remark sees the text.
 */

// Any tag that starts like a translated span opens a pair, even malformed, so that a broken
// one is reported rather than passed over as plain text.
const OPEN = '<span data-ttu-id';
const OPEN_ID = '="';
const MIDDLE = '</span><span class="sxs-lookup"><span data-stu-id="';
const CLOSE = '</span></span>';
const ID = /^([0-9A-Za-z]+)-(\d+)$/;
const LOOKUP = '<span class="sxs-lookup">';
/** Where the English source's tag starts, from where MIDDLE does. */
const LOOKUP_AT = '</span>'.length;

export interface RawSegment {
  id: string;
  prefix: string;
  n: number;
  /** Offsets of the whole pair. */
  start: number;
  end: number;
  targetStart: number;
  targetEnd: number;
  sourceStart: number;
  sourceEnd: number;
}

export interface ScanProblem {
  ruleId: 'unbalanced-span' | 'mismatched-id' | 'bad-id' | 'duplicate-id' | 'stray-span';
  reason: string;
  offset: number;
}

export interface ScanResult {
  segments: RawSegment[];
  problems: ScanProblem[];
}

/**
 * How far a pair's translation starts from where the pair does: its opening tag,
 * `<span data-ttu-id="ID">`, whose id has no line break (a pair's id is `<hex>-<number>`).
 */
export function targetOpening(id: string): number {
  return OPEN.length + OPEN_ID.length + id.length + '">'.length;
}

/** Reads `ID">` at `from`; returns the id and the offset after `">`, or undefined. */
function readId(text: string, from: number): { id: string; after: number } | undefined {
  const end = text.indexOf('">', from);
  if (end === -1 || end - from > 64) return undefined;
  return { id: text.slice(from, end), after: end + 2 };
}

export function scanSegments(text: string): ScanResult {
  const segments: RawSegment[] = [];
  const problems: ScanProblem[] = [];
  const seen = new Set<string>();
  // English sources that belong to a pair (whole or reported): any other one lost its translation.
  const paired = new Set<number>();
  let at = text.indexOf(OPEN);
  while (at !== -1) {
    const next = text.indexOf(OPEN, at + OPEN.length);
    const open = text.startsWith(OPEN_ID, at + OPEN.length) ? readId(text, at + OPEN.length + OPEN_ID.length) : undefined;
    const middle = open ? text.indexOf(MIDDLE, open.after) : -1;
    // A pair must close before the next one opens, or its tags are unbalanced.
    if (!open || middle === -1 || (next !== -1 && middle > next)) {
      problems.push({
        ruleId: 'unbalanced-span',
        reason: 'Translated span `<span data-ttu-id>` has no matching `<span class="sxs-lookup">` English source',
        offset: at,
      });
      // An English source before the next pair is this broken pair's: one defect, said once.
      const lookup = text.indexOf(LOOKUP, at);
      if (lookup !== -1 && (next === -1 || lookup < next)) paired.add(lookup);
      at = next;
      continue;
    }
    paired.add(middle + LOOKUP_AT);
    const source = readId(text, middle + MIDDLE.length);
    const close = source ? text.indexOf(CLOSE, source.after) : -1;
    if (!source || close === -1 || (next !== -1 && close > next)) {
      problems.push({ ruleId: 'unbalanced-span', reason: 'English source span is not closed by `</span></span>`', offset: middle });
      at = next;
      continue;
    }
    const parts = ID.exec(open.id);
    if (!parts) {
      problems.push({ ruleId: 'bad-id', reason: `Segment id \`${open.id}\` is not of the form \`<hex>-<number>\``, offset: at });
    } else if (source.id !== open.id) {
      problems.push({
        ruleId: 'mismatched-id',
        reason: `Translated segment \`${open.id}\` carries the English source of \`${source.id}\``,
        offset: middle,
      });
    } else if (seen.has(open.id)) {
      problems.push({ ruleId: 'duplicate-id', reason: `Segment id \`${open.id}\` appears more than once`, offset: at });
    } else {
      seen.add(open.id);
      strayTag(text, open.after, middle, `Translated text of \`${open.id}\``, problems);
      strayTag(text, source.after, close, `English source of \`${open.id}\``, problems);
      segments.push({
        id: open.id,
        prefix: parts[1]!,
        n: Number(parts[2]),
        start: at,
        end: close + CLOSE.length,
        targetStart: open.after,
        targetEnd: middle,
        sourceStart: source.after,
        sourceEnd: close,
      });
    }
    // A closing tag doubled after the pair closes nothing (and would show as text).
    if (text.startsWith('</span>', close + CLOSE.length)) problems.push({ ruleId: 'stray-span', reason: 'a `</span>` after the pair closes nothing', offset: close + CLOSE.length });
    at = text.indexOf(OPEN, close + CLOSE.length);
  }
  const found = problems.length;
  for (let lookup = text.indexOf(LOOKUP); lookup !== -1; lookup = text.indexOf(LOOKUP, lookup + LOOKUP.length)) {
    if (paired.has(lookup)) continue;
    problems.push({ ruleId: 'unbalanced-span', reason: 'English source `<span class="sxs-lookup">` has no translated span `<span data-ttu-id>` before it', offset: lookup });
  }
  if (problems.length > found) problems.sort((a, b) => a.offset - b.offset);
  return { segments, problems };
}

/**
 * A `</span>` with no `<span` before it, or a `<span` never closed, in one half of a pair: a tag
 * of the pair doubled or cut (the reader would see it as text). The pair is kept as it is.
 */
function strayTag(text: string, from: number, to: number, half: string, problems: ScanProblem[]): void {
  const inner = text.slice(from, to);
  if (!inner.includes('span')) return;
  const tags = /<span\b|<\/span>/g;
  const open: number[] = [];
  for (let tag = tags.exec(inner); tag; tag = tags.exec(inner)) {
    if (tag[0] !== '</span>') open.push(tag.index);
    else if (open.pop() === undefined) {
      problems.push({ ruleId: 'stray-span', reason: `${half} has a \`</span>\` that closes nothing`, offset: from + tag.index });
      return;
    }
  }
  if (open.length > 0) problems.push({ ruleId: 'stray-span', reason: `${half} has a \`<span\` that is never closed`, offset: from + open[0]! });
}
