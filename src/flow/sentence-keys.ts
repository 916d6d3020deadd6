/** The keys of every sentence in blocks (paragraphs, notes, list items, table cells), in reading order. */
import type { KeyBlock } from '../model/workflow.js';

// Text in no pair (a URL, a command, words an article writes outside its sentences): the
// article's own in every language, held by en-US, is no sentence. Taken for one, a French step
// "Tapez <1> tel quel." was said to be "not translated yet, English".
const LITERAL = /\.literal-\d+$/;
const sentences = (keys: readonly string[]) => keys.filter((key) => !LITERAL.test(key));

export function sentenceKeys(blocks: readonly KeyBlock[]): string[] {
  return blocks.flatMap((block) => {
    switch (block.type) {
      case 'text':
        return sentences(block.keys);
      case 'note':
        return sentenceKeys(block.blocks);
      case 'list':
        return block.items.flatMap(sentenceKeys);
      case 'table':
        return sentences(block.rows.flat(2));
      default:
        // Code, includes and pictures are no sentences: code is the same in every language.
        return [];
    }
  });
}
