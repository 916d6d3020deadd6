/** The keys of every sentence in blocks (paragraphs, notes, list items, table cells), in reading order. */
import type { KeyBlock } from '../model/workflow.js';

export function sentenceKeys(blocks: readonly KeyBlock[]): string[] {
  return blocks.flatMap((block) => {
    switch (block.type) {
      case 'text':
        return block.keys;
      case 'note':
        return sentenceKeys(block.blocks);
      case 'list':
        return block.items.flatMap(sentenceKeys);
      case 'table':
        return block.rows.flat(2);
      default:
        // Code, includes and pictures are no sentences: code is the same in every language.
        return [];
    }
  });
}
