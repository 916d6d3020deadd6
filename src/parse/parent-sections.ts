/**
 * The text of a section that holds no steps but stands over deeper sections that do: the
 * prerequisite written once under "## Set up billing" before "### Option A" and "### Option B".
 * The page shows it above both options; as a section of its own it was in no flow (only its
 * notes were, at the end of the procedure before it). Each procedure under it now opens with it.
 *
 * A bold line without steps there (`**See also**` over its links, `**Prerequisites**` over a
 * list) is part of that text when a deeper heading follows it, as on the page; where a bold line
 * with steps follows instead (an FAQ's questions, `**To add a user**`), the bold lines are titles
 * beside that one, not text above the deeper sections (see `aside`).
 */
import type { Block, DocumentNote } from '../model/document.js';

interface Held {
  blocks: Block[];
  /** Its notes as the structure also keeps them (a section note), until a procedure takes them. */
  notes: DocumentNote[];
}

interface Parent extends Held {
  depth: number;
}

export class ParentSections {
  private readonly open: Parent[] = [];
  /**
   * Bold lines' sections without steps right after the innermost held section (nothing else
   * between): its text if a deeper heading comes next, else titles of their own.
   */
  private asides: Held[] = [];
  /** Whether the last section closed was held, or one of the asides after it. */
  private afterHeld = false;

  /** A heading of `depth` opens: the sections it is not under are over. */
  enter(depth: number): void {
    const innermost = this.open.at(-1);
    if (innermost && innermost.depth < depth) {
      for (const aside of this.asides) {
        innermost.blocks.push(...aside.blocks);
        innermost.notes.push(...aside.notes);
      }
    }
    this.asides = [];
    while (this.open.length > 0 && this.open.at(-1)!.depth >= depth) this.open.pop();
  }

  /** A heading's section of `depth` closed without steps, holding `blocks` (its notes also kept as `notes`). */
  hold(depth: number, blocks: readonly Block[], notes: readonly DocumentNote[]): void {
    // Kept even empty: a bold line's text may still come to it (see aside).
    this.open.push({ depth, blocks: [...blocks], notes: [...notes] });
    this.asides = [];
    this.afterHeld = true;
  }

  /** A bold line's section closed without steps: its line and text, with its notes. */
  aside(blocks: readonly Block[], notes: readonly DocumentNote[]): void {
    if (this.afterHeld) this.asides.push({ blocks: [...blocks], notes: [...notes] });
  }

  /** Any other section closed (one with steps, a tab's, what follows a tab group). */
  passed(): void {
    this.asides = [];
    this.afterHeld = false;
  }

  /**
   * What a procedure under the open sections opens with, outermost first, each its own copy
   * (blocks are keyed by identity: see catalog/keys.ts); and the section notes it takes, which
   * are no longer the procedure's before.
   */
  lead(): { blocks: Block[]; taken: DocumentNote[] } {
    return {
      blocks: this.open.flatMap((parent) => structuredClone(parent.blocks)),
      taken: this.open.flatMap((parent) => parent.notes),
    };
  }
}
