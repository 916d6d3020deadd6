/** The links of a step's text, in reading order, each once: what the screen numbers and lists. */
import type { KeyBlock } from '../model/workflow.js';
import { inlineRuns } from './inline-runs.js';

export function stepLinks(blocks: readonly KeyBlock[], text: (key: string) => string): string[] {
  const found = new Set<string>();
  const keys = (list: readonly string[]) => {
    for (const key of list) for (const run of inlineRuns(text(key))) if (run.link) found.add(run.link);
  };
  const walk = (inner: readonly KeyBlock[]) => {
    for (const block of inner) {
      if (block.type === 'text') keys(block.keys);
      else if (block.type === 'note') walk(block.blocks);
      else if (block.type === 'list') block.items.forEach(walk);
      else if (block.type === 'table') for (const row of block.rows) for (const cell of row) keys(cell);
    }
  };
  walk(blocks);
  return [...found];
}
