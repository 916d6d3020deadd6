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

/** A footnote definition as read into blocks: its label and the blocks its text made. */
export interface NoteBlocks {
  label: string;
  blocks: Block[];
}

/**
 * `blocks` without the footnote definitions among them (`notes`, by each one's first block):
 * the page lists every note at its end, whatever place the article defines it in.
 */
export function withoutNotes(blocks: Block[], notes: ReadonlyMap<Block, NoteBlocks>): Block[] {
  if (!blocks.some((block) => notes.has(block))) return blocks;
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; ) {
    const note = notes.get(blocks[i]!);
    if (note) i += note.blocks.length;
    else out.push(blocks[i++]!);
  }
  return out;
}

/**
 * The notes a reader of `segments` is referred to, by number (`order`, the article's): what the
 * foot of a procedure lists, as the page's foot lists them all. A note nothing there refers to is
 * not listed (GitHub and markdig leave out a note nothing refers to).
 */
export function notesReferred(segments: Iterable<Segment>, notes: ReadonlyMap<string, NoteBlocks>, order: readonly string[]): Block[] {
  const labels = footnoteOrder(segments, new Set(notes.keys()));
  labels.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return labels.flatMap((label) => notes.get(label)!.blocks);
}
