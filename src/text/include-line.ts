/** What an include block says in its place: which file holds its code, or its text (see Block `include`). */
import type { Translator } from '../catalog/i18n.js';
import type { KeyBlock } from '../model/workflow.js';

export function includeLine(block: Extract<KeyBlock, { type: 'include' }>, tr: Pick<Translator, 't'>): string {
  return tr.t(block.markdown ? 'include.in-file' : 'code.in-file', { file: block.file });
}
