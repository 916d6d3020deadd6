/**
 * Message keys: `<where>.<n>`, where `n` is the segment number that aligns locales and `where`
 * says where the string sits, so a translator reading a resource file knows what it is:
 *
 *   title.103                  the article's H1
 *   applies-to.105             the "Applies to" label and items
 *   intro.106                  what the article says before its first section
 *   note.108                   a note of the article's intro, or of a section without steps
 *   proc-1.title.109           the heading or bold line that introduces procedure 1
 *   proc-1.intro.110           the procedure's section before its first step (or a section over it without steps)
 *   proc-1.step-2.111          a segment of step 2 of procedure 1 (notes and substeps included)
 *   proc-1.step-2.111.label-2  the 2nd bold UI label of that segment
 *   proc-1.after.120           the procedure's section after its last step
 *   text.116                   everything else
 *
 * Text that is in no pair and the same in every language gets a key of its place too:
 * `<where>.code-1` (a code block), `<where>.literal-1` (a URL or command outside the sentences),
 * `<where>.image-1` (an image's alt text, which each locale's file translates on its own).
 */
import type { Block, Document, Part } from '../model/document.js';

export interface DocumentKeys {
  /** Segment number → key. */
  segments: Map<number, string>;
  /** Literal parts, code and image blocks (by identity) → key. */
  parts: Map<object, string>;
}

export function documentKeys(document: Document): DocumentKeys {
  const keys: DocumentKeys = { segments: new Map(), parts: new Map() };
  const counters = new Map<string, number>();
  const next = (where: string, kind: string) => {
    const count = (counters.get(`${where}.${kind}`) ?? 0) + 1;
    counters.set(`${where}.${kind}`, count);
    return `${where}.${kind}-${count}`;
  };
  const segment = (where: string, n: number) => {
    if (!keys.segments.has(n)) keys.segments.set(n, `${where}.${n}`);
  };
  const parts = (where: string, list: readonly Part[]) => {
    for (const part of list) {
      if ('n' in part) segment(where, part.n);
      else keys.parts.set(part, next(where, 'literal'));
    }
  };
  // `noteWhere` names the segments of notes, which outside steps say that they are notes.
  const blocks = (where: string, list: readonly Block[], noteWhere = where) => {
    for (const block of list) {
      switch (block.type) {
        case 'text':
          parts(where, block.parts);
          break;
        case 'note':
          blocks(noteWhere, block.blocks);
          break;
        case 'list':
          for (const item of block.items) blocks(where, item, noteWhere);
          break;
        case 'table':
          for (const row of block.rows) for (const cell of row) parts(where, cell);
          break;
        case 'code':
          keys.parts.set(block, next(where, 'code'));
          break;
        case 'image':
          keys.parts.set(block, next(where, 'image'));
          break;
      }
    }
  };
  for (const n of document.titleSegments) segment('title', n);
  for (const n of document.appliesTo) segment('applies-to', n);
  blocks('intro', document.intro, 'note');
  for (const procedure of document.procedures) {
    for (const n of procedure.titleSegments) segment(`${procedure.key}.title`, n);
    blocks(`${procedure.key}.intro`, procedure.preamble);
    for (const step of procedure.steps) blocks(step.key, step.blocks);
    blocks(`${procedure.key}.after`, procedure.epilogue);
  }
  for (const note of document.notes) for (const n of note.segments) segment('note', n);
  for (const s of document.segments) segment('text', s.n);
  return keys;
}

export function labelKey(segmentKey: string, index: number): string {
  return `${segmentKey}.label-${index}`;
}

/** The sentence a UI label's key belongs to (labelKey's inverse): its key and segment number. */
export function labelSentence(key: string): { key: string; n: number } {
  const sentence = key.replace(/\.label-\d+$/, '');
  return { key: sentence, n: Number(/\.(\d+)$/.exec(sentence)?.[1]) };
}
