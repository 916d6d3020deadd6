/**
 * An independent oracle for procedure structure: it reads the raw text line by line (no remark,
 * nothing from src/parse) and says where every numbered step and every note of an article is.
 * The corpus sweep checks docflow's procedures against it.
 *
 * The rules it applies are the product's definition, written a second time from scratch:
 * - a step is a numbered line (`1.` or `1)`) at the top level of the document, outside code fences;
 * - headings and bold-only lines (`**To add a customer**`) start a section;
 * - pieces of one numbered list that an unindented image, note, bullet or paragraph splits form one
 *   procedure when the numbering says so: the next piece starts above 1, or both pieces are
 *   numbered `1.` throughout (markdown's "lazy" numbering);
 * - a procedure has two or more steps;
 * - a note (an unindented `>` block) belongs to the step before it when it sits between two steps
 *   of a procedure, to the procedure when it sits in the procedure's section, before its first
 *   step, or after its last, and to the article before the first section; in a heading's section
 *   without procedures over deeper headings' sections with them (`## Set up` over `### Option A`,
 *   `### Option B`), to the first procedure of each of those; in any other section without
 *   procedures, to the article's intro before the first procedure, else to the procedure before it.
 *   A bold line without procedures between such a heading's section and a deeper heading
 *   (`**See also**` over links) is that section's text; before a bold line with procedures, it is
 *   a section of its own (an FAQ's questions).
 *   A DocFX tab's heading (`# [Bash](#tab/bash)`) and a bold line are no heading's level.
 */

const PAIR = /<span data-ttu-id="[^"]*-(\d+)">([\s\S]*?)<\/span><span class="sxs-lookup"><span data-stu-id="[^"]*">([\s\S]*?)<\/span><\/span>/g;
const TTU = /data-ttu-id="[^"]*-(\d+)"/g;

export type Place =
  | { kind: 'article' }
  | { kind: 'step'; procedure: number; step: number }
  | { kind: 'procedure'; procedure: number }
  /** A note of a section over sections with procedures: each of them opens with it. */
  | { kind: 'procedures'; procedures: number[] };

export interface OracleStep {
  /** 1-based line of the numbered marker. */
  line: number;
  /** Segment numbers on the step's own lines (its sentences, substeps and nested notes). */
  segments: number[];
  /** The step's lines with every pair replaced by a space: text that is not in any segment. */
  residue: string;
}

export interface OracleNote {
  line: number;
  segments: number[];
  place: Place;
}

export interface Oracle {
  procedures: OracleStep[][];
  notes: OracleNote[];
}

interface Item {
  line: number;
  marker: number;
  lines: string[];
}

interface Piece {
  items: Item[];
  section: number;
  /** Index of the first line after the piece's last item content. */
  end: number;
}

const NUMBERED = /^( {0,3})(\d{1,9})[.)]( +|\t|$)/;
const BULLET = /^ {0,3}[-*+]( |\t|$)/;
const QUOTE = /^ {0,3}>/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}( |\t|$)/;
const BLANK = /^[ \t]*$/;

/** The English reading of one line: the pairs it holds replaced by their source. */
function english(line: string): string {
  return line.replace(PAIR, (_whole, _n, _target, source: string) => source);
}

function segmentNumbers(text: string): number[] {
  return [...text.matchAll(TTU)].map((m) => Number(m[1]));
}

export function oracle(text: string): Oracle {
  // The structure is the raw markdown's (a number inside a pair is no list); bold titles are read in English.
  const raw = text.split('\n');
  const lines = raw;
  let first = 0;
  if (lines[0] === '---') {
    const close = lines.indexOf('---', 1);
    if (close > 0) first = close + 1;
  }

  const pieces: Piece[] = [];
  const noteBlocks: { start: number; end: number; section: number }[] = [];
  let section = 0;
  // Each section's heading level: none for the intro, a bold line or a tab.
  const depths: (number | undefined)[] = [undefined];
  // The sections a bold line opened.
  const bold = new Set<number>();
  let fence: string | undefined;
  let current: Piece | undefined;
  let item: Item | undefined;
  let contentIndent = 0;
  let previousBlank = true;
  let previousParagraph = false;
  let quote: { start: number; end: number; section: number } | undefined;
  let titled = false;
  let bullet: number | undefined;

  const closePiece = (at: number) => {
    if (current) {
      current.end = at;
      pieces.push(current);
    }
    current = undefined;
    item = undefined;
  };

  for (let i = first; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence) {
      if (line.trimStart().startsWith(fence)) fence = undefined;
      if (item) item.lines.push(raw[i]!);
      continue;
    }
    const blank = BLANK.test(line);
    const indent = line.length - line.trimStart().length;
    if (quote && (blank || (!QUOTE.test(line) && previousBlank))) {
      noteBlocks.push(quote);
      quote = undefined;
    }
    if (blank) {
      if (item) item.lines.push(raw[i]!);
      previousBlank = true;
      previousParagraph = false;
      continue;
    }
    const fenceOpen = FENCE.exec(line);
    const numbered = NUMBERED.exec(line);
    // Inside a bullet of the top level, numbered lines are substeps of the bullet, not steps.
    if (bullet !== undefined && !item && (indent >= bullet || (!previousBlank && !NUMBERED.test(line) && !QUOTE.test(line) && !HEADING.test(line)))) {
      if (BULLET.test(line) && indent < bullet) bullet = bulletIndent(line);
      if (fenceOpen) fence = fenceOpen[1]!.slice(0, 3);
      previousBlank = false;
      continue;
    }
    bullet = undefined;
    const nested = item !== undefined && indent >= contentIndent;
    if (nested) {
      item!.lines.push(raw[i]!);
      if (fenceOpen) fence = fenceOpen[1]!.slice(0, 3);
      previousBlank = false;
      continue;
    }
    // An ordered list can interrupt a paragraph only when it starts at 1.
    const startsItem = numbered && !(previousParagraph && !item && Number(numbered[2]) !== 1);
    if (startsItem) {
      if (!current) current = { items: [], section, end: 0 };
      const marker = Number(numbered![2]);
      item = { line: i + 1, marker, lines: [raw[i]!] };
      current.items.push(item);
      contentIndent = numbered![1]!.length + numbered![2]!.length + 1 + (numbered![3]!.length || 1);
      if (numbered![3]!.length > 4) contentIndent = numbered![1]!.length + numbered![2]!.length + 2;
      previousBlank = false;
      previousParagraph = false;
      continue;
    }
    // Lazy continuation of the item's paragraph: an unindented plain line right after its text.
    if (item && !previousBlank && !BULLET.test(line) && !QUOTE.test(line) && !HEADING.test(line) && !fenceOpen && !line.startsWith(':::')) {
      item.lines.push(raw[i]!);
      continue;
    }
    closePiece(i);
    // The first H1 is the article's title, not a section.
    if (/^ {0,3}#( |\t|$)/.test(line) && !titled) titled = true;
    else if (HEADING.test(line) || isBoldTitle(english(line))) {
      section++;
      depths[section] = HEADING.test(line) && !/\(#tab\//.test(line) ? /#+/.exec(line)![0].length : undefined;
      if (!HEADING.test(line)) bold.add(section);
    }
    if (QUOTE.test(line)) {
      if (quote) quote.end = i + 1;
      else quote = { start: i, end: i + 1, section };
    } else if (quote && !previousBlank) {
      quote.end = i + 1; // lazy continuation of the note
    }
    if (fenceOpen) fence = fenceOpen[1]!.slice(0, 3);
    if (BULLET.test(line)) bullet = bulletIndent(line);
    previousBlank = false;
    previousParagraph = !QUOTE.test(line) && !HEADING.test(line) && !BULLET.test(line) && !fenceOpen;
  }
  closePiece(lines.length);
  if (quote) noteBlocks.push(quote);

  // Pieces → procedures, by the numbering.
  const runs: { pieces: Piece[] }[] = [];
  const lazy = (piece: Piece) => piece.items.every((it) => it.marker === 1);
  for (const piece of pieces) {
    const run = runs[runs.length - 1];
    const last = run?.pieces[run.pieces.length - 1];
    const continues =
      last !== undefined &&
      last.section === piece.section &&
      (piece.items[0]!.marker > 1 || (lazy(piece) && run!.pieces.every(lazy)));
    if (continues) run!.pieces.push(piece);
    else runs.push({ pieces: [piece] });
  }
  const procedures = runs.filter((r) => r.pieces.reduce((sum, p) => sum + p.items.length, 0) >= 2);

  const steps = procedures.map((run) =>
    run.pieces.flatMap((piece) =>
      piece.items.map((it) => {
        const body = it.lines.join('\n');
        return { line: it.line, segments: segmentNumbers(body), residue: body.replace(PAIR, ' ') };
      }),
    ),
  );

  // `> [!div class="mx-imgBorder"]` holds an image, not a note.
  const notes = noteBlocks.filter((block) => !/^ {0,3}>\s*\[!div\b/i.test(lines[block.start]!)).map((block) => {
    const body = raw.slice(block.start, block.end).join('\n');
    return { line: block.start + 1, segments: segmentNumbers(body), place: placeOf(block, procedures, depths, bold) };
  });
  return { procedures: steps, notes };
}

/** Where the text of a bullet item starts: lines indented that far belong to it. */
function bulletIndent(line: string): number {
  const match = /^( {0,3}[-*+])( +|\t|$)/.exec(line)!;
  return match[1]!.length + Math.min(Math.max(match[2]!.length, 1), 4);
}

function isBoldTitle(line: string): boolean {
  return /^\*\*[^*]+\*\*\s*:?\s*$/.test(line.trim()) && !/^\W*applies to\W*$/i.test(line);
}

function placeOf(block: { start: number; section: number }, procedures: { pieces: Piece[] }[], depths: readonly (number | undefined)[], bold: ReadonlySet<number>): Place {
  const line = block.start + 1;
  for (const [p, run] of procedures.entries()) {
    const items = run.pieces.flatMap((piece) => piece.items);
    const firstLine = items[0]!.line;
    const lastLine = items[items.length - 1]!.line;
    if (line > firstLine && line < lastLine) {
      let step = 0;
      while (step + 1 < items.length && items[step + 1]!.line < line) step++;
      return { kind: 'step', procedure: p + 1, step: step + 1 };
    }
  }
  // In a section with procedures: the next procedure of the section, else the last one before it.
  // Before the first procedure of the article's first section: the article's intro.
  const firstInSection = procedures.find((run) => run.pieces[0]!.section === block.section);
  if (block.section === 0 && (!firstInSection || firstInSection.pieces[0]!.items[0]!.line > line)) return { kind: 'article' };
  const inSection = procedures.map((run, p) => ({ run, p })).filter(({ run }) => run.pieces[0]!.section === block.section);
  const next = inSection.find(({ run }) => run.pieces[0]!.items[0]!.line > line);
  const previous = [...inSection].reverse().find(({ run }) => run.pieces[0]!.items[0]!.line < line);
  const owner = next ?? previous;
  if (owner) return { kind: 'procedure', procedure: owner.p + 1 };
  if (block.section === 0) return { kind: 'article' };
  const parent = textOf(block.section, procedures, depths, bold);
  const under = procedures.map((_, p) => p + 1).filter((p) => isUnder(procedures, p - 1, parent, depths));
  if (under.length > 0) return { kind: 'procedures', procedures: under };
  // A section without procedures: its note is read where its reader comes to it, with the
  // article's intro before the first procedure, else at the end of the procedure before it.
  const before = procedures.map((run, p) => ({ run, p })).filter(({ run }) => run.pieces[0]!.items[0]!.line < line);
  return before.length === 0 ? { kind: 'article' } : { kind: 'procedure', procedure: before[before.length - 1]!.p + 1 };
}

/**
 * The section whose text `section`'s is: its own, or for a bold line's section without procedures
 * (`**See also**`) that only such bold lines' sections part from a heading's section without
 * procedures, that heading's, when a deeper heading comes next (the bold line is then text above
 * the deeper sections, as the page shows it). Where a bold line's section with procedures comes
 * next instead (an FAQ's questions, `**To add a user**`), the bold lines are titles of their own.
 */
function textOf(section: number, procedures: { pieces: Piece[] }[], depths: readonly (number | undefined)[], bold: ReadonlySet<number>): number {
  const stepless = (s: number) => !procedures.some((run) => run.pieces[0]!.section === s);
  const boldStepless = (s: number) => bold.has(s) && stepless(s);
  if (!boldStepless(section)) return section;
  let heading = section;
  while (boldStepless(heading)) heading--;
  let next = section + 1;
  while (boldStepless(next)) next++;
  const level = depths[heading];
  const nextLevel = depths[next];
  const isHeading = (s: number) => s > 0 && !bold.has(s) && depths[s] !== undefined;
  return isHeading(heading) && stepless(heading) && isHeading(next) && level! < nextLevel! ? heading : section;
}

/**
 * Whether procedure `p` is the first of a section under `parent`'s heading: every section from
 * the parent's to its own is a deeper heading's, a bold line's or a tab's.
 */
function isUnder(procedures: { pieces: Piece[] }[], p: number, parent: number, depths: readonly (number | undefined)[]): boolean {
  const level = depths[parent];
  const section = procedures[p]!.pieces[0]!.section;
  if (level === undefined || section <= parent) return false;
  if (p > 0 && procedures[p - 1]!.pieces[0]!.section === section) return false;
  for (let between = parent + 1; between <= section; between++) {
    const depth = depths[between];
    if (depth !== undefined && depth <= level) return false;
  }
  return true;
}
