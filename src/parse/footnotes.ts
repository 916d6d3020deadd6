/**
 * Markdown footnotes (GFM, as DocFX and GitHub render them): `text[^1]` refers to a note defined
 * elsewhere (`[^1]: the note`). A reader of the page sees a superscript number where the text
 * refers to it, and the note with its number; numbers go by the order the article first refers
 * to its notes, whatever their labels. The strings keep their markup (a translation keeps
 * `[^1]`): the number is given when they are shown (see text/footnote-marks.ts).
 */
import type { Block, Segment } from '../model/document.js';
import { CODE_SPAN_SOURCE } from '../text/code-span.js';

/** A footnote reference's markup; a link right after (`[^1](x)`) makes it no reference. */
export const FOOTNOTE_REFERENCE = /\[\^([^\]\s]+)\](?!\()/g;

/** A code span: markup in it is its text. */
const CODE_SPAN = new RegExp(CODE_SPAN_SOURCE, 'g');

/** A label as GFM matches it: case does not matter. */
export function footnoteLabel(label: string): string {
  return label.toLowerCase();
}

/** The markup that stands for a note's number where it is defined (a literal part before its text). */
export function footnoteMarker(label: string): string {
  return `[^${label}]`;
}

/**
 * The labels of the notes `defined`, in the order the segments (in reading order) first refer to
 * them; a note nothing refers to is not shown numbered (GitHub leaves it out).
 */
export function footnoteOrder(segments: Iterable<Segment>, defined: ReadonlySet<string>): string[] {
  const order: string[] = [];
  const listed = new Set<string>();
  for (const segment of [...segments].sort((a, b) => a.n - b.n)) {
    if (!segment.source.includes('[^')) continue;
    for (const match of segment.source.replace(CODE_SPAN, '').matchAll(FOOTNOTE_REFERENCE)) {
      const label = footnoteLabel(match[1]!);
      if (defined.has(label) && !listed.has(label)) {
        listed.add(label);
        order.push(label);
      }
    }
  }
  return order;
}

/** A footnote definition as read into blocks: its label and how many blocks its text made. */
export interface NoteBlocks {
  label: string;
  count: number;
}

/**
 * `blocks` with every run of footnote definitions (`notes`, by each one's first block) listed as
 * the page lists them: by number, and without a note nothing refers to (GitHub and markdig leave
 * it out). Authors define notes in any order, often as they wrote them.
 */
export function notesByNumber(blocks: Block[], notes: ReadonlyMap<Block, NoteBlocks>, order: readonly string[]): Block[] {
  if (!blocks.some((block) => notes.has(block))) return blocks;
  const out: Block[] = [];
  let run: { rank: number; blocks: Block[] }[] = [];
  const flush = (): void => {
    out.push(...run.sort((a, b) => a.rank - b.rank).flatMap((note) => note.blocks));
    run = [];
  };
  for (let i = 0; i < blocks.length; ) {
    const note = notes.get(blocks[i]!);
    if (!note) {
      flush();
      out.push(blocks[i++]!);
      continue;
    }
    const rank = order.indexOf(note.label);
    if (rank >= 0) run.push({ rank, blocks: blocks.slice(i, i + note.count) });
    i += note.count;
  }
  flush();
  return out;
}
