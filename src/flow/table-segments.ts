/**
 * The segments a step's tables hold (nested in its notes and lists too). A label in a table is
 * one of the choices the table explains ("| **Overview** | … Select **Exchange** to …"), not the
 * button the step goes on by: partner-center/azure-reservations-manage.md's step 3 ("Under
 * **Actions**, select **Manage**", then a table of the page's tabs) said "→ Then: Exchange".
 */
import type { Block } from '../model/document.js';

export function tableSegments(blocks: readonly Block[], into = new Set<number>()): Set<number> {
  for (const block of blocks) {
    if (block.type === 'table') for (const part of block.rows.flat(2)) if ('n' in part) into.add(part.n);
    if (block.type === 'note') tableSegments(block.blocks, into);
    if (block.type === 'list') for (const item of block.items) tableSegments(item, into);
  }
  return into;
}
