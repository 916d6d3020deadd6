/**
 * The text of a section that holds no steps but stands over deeper sections that do: the
 * prerequisite written once under "## Set up billing" before "### Option A" and "### Option B".
 * The page shows it above both options; as a section of its own it was in no flow (only its
 * notes were, at the end of the procedure before it). Each procedure under it now opens with it.
 */
import type { Block, DocumentNote } from '../model/document.js';

interface Parent {
  depth: number;
  blocks: Block[];
  /** Its notes as the structure also keeps them (a section note), until a procedure takes them. */
  notes: DocumentNote[];
}

export class ParentSections {
  private readonly open: Parent[] = [];

  /** A heading of `depth` opens: the sections it is not under are over. */
  enter(depth: number): void {
    while (this.open.length > 0 && this.open.at(-1)!.depth >= depth) this.open.pop();
  }

  /** A heading's section of `depth` closed without steps, holding `blocks` (its notes also kept as `notes`). */
  hold(depth: number, blocks: readonly Block[], notes: readonly DocumentNote[]): void {
    if (blocks.length > 0) this.open.push({ depth, blocks: [...blocks], notes: [...notes] });
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
