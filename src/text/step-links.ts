/** The links of a step's text, in reading order, each once: what the screen numbers and lists. */
import type { KeyBlock } from '../model/workflow.js';
import { inlineRuns } from './inline-runs.js';
import { linkedSentences } from '../flow/linked-sentences.js';

export function stepLinks(blocks: readonly KeyBlock[], text: (key: string) => string): string[] {
  const found = new Set<string>();
  const add = (markdown: string) => {
    for (const run of inlineRuns(markdown)) if (run.link) found.add(run.link);
  };
  const keys = (list: readonly string[]) => list.forEach((key) => add(text(key)));
  const walk = (inner: readonly KeyBlock[]) => {
    for (const block of inner) {
      // A sentence that is a link's text is that link (see linked-sentences.ts).
      if (block.type === 'text') linkedSentences(block, text).forEach(add);
      else if (block.type === 'note') walk(block.blocks);
      else if (block.type === 'list') block.items.forEach(walk);
      else if (block.type === 'table') for (const row of block.rows) for (const cell of row) keys(cell);
    }
  };
  walk(blocks);
  return [...found];
}
