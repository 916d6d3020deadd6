/**
 * Flow overlays: what an article's prose implies but its list cannot say, declared beside the
 * content in `content/overlays/<slug>.yaml`:
 *
 *   branches:
 *     - step: 4          # step number in the procedure (1 unless `procedure:` is given)
 *       label: Update    # the English UI label in that step that the reader selects
 *       goto: 2          # a step number, or `done`
 *
 * Labels are matched by their English text, so one overlay serves every locale.
 */
import fs from 'node:fs';
import type { VFile } from 'vfile';
import YAML, { isMap, isSeq, LineCounter, type Node } from 'yaml';

export interface Branch {
  procedure: number;
  step: number;
  label: string;
  goto: number | 'done';
  /** Where it was declared, for messages. */
  line: number;
  column: number;
}

export interface Overlay {
  branches: Branch[];
}

/** Reads an overlay file if there is one; problems become messages on `file` (the overlay's vfile). */
export function readOverlay(path: string, file: VFile): Overlay {
  if (!fs.existsSync(path)) return { branches: [] };
  const lineCounter = new LineCounter();
  const document = YAML.parseDocument(fs.readFileSync(path, 'utf8'), { lineCounter });
  const place = (node: Node | null | undefined) => {
    const at = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { line: at.line, column: at.col };
  };
  const fail = (reason: string, node: Node | null | undefined, ruleId: string) => {
    file.message(reason, { place: place(node), ruleId, source: 'docflow' });
  };
  for (const error of document.errors) {
    const at = lineCounter.linePos(error.pos[0]);
    file.message(`Overlay is not valid YAML: ${error.message.split('\n')[0]}`, {
      place: { line: at.line, column: at.col },
      ruleId: 'overlay-yaml',
      source: 'docflow',
    });
  }
  if (document.errors.length > 0) return { branches: [] };
  const branches: Branch[] = [];
  const list = isMap(document.contents) ? document.contents.get('branches', true) : undefined;
  if (list === undefined) return { branches };
  if (!isSeq(list)) {
    fail('`branches` must be a list', list as Node, 'overlay-shape');
    return { branches };
  }
  for (const item of list.items) {
    if (!isMap(item)) {
      fail('Each branch must be a mapping with `step`, `label` and `goto`', item as Node, 'overlay-shape');
      continue;
    }
    const step = item.get('step');
    const label = item.get('label');
    const goto = item.get('goto');
    const procedure = item.get('procedure') ?? 1;
    const validGoto = goto === 'done' || (Number.isInteger(goto) && (goto as number) > 0);
    if (!Number.isInteger(step) || typeof label !== 'string' || !validGoto || !Number.isInteger(procedure)) {
      fail('A branch needs `step` (number), `label` (text) and `goto` (step number or `done`)', item, 'overlay-shape');
      continue;
    }
    branches.push({ procedure: procedure as number, step: step as number, label, goto: goto as number | 'done', ...place(item) });
  }
  return { branches };
}
