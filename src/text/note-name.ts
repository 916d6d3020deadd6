/**
 * What a note is called on screen and on paper: the article's own word for it where the article
 * has one in a language other than English for a reader of another (a legacy note's
 * `>**Obs!**<br>` in Norwegian, `**หมายเหตุ**` in Thai), else the UI's name of its kind. The
 * article's word is the one its readers know, and it speaks languages the UI does not.
 */
import type { Translator } from '../catalog/i18n.js';
import type { KeyBlock } from '../model/workflow.js';
import { plainMessage } from './inline-runs.js';

export function noteName(block: KeyBlock & { type: 'note' }, namespace: string, tr: Translator): string {
  const own = block.labelKey === undefined ? '' : plainMessage(tr.label(namespace, block.labelKey));
  // "Important:" or "注意：" reads "Important: text" once the colon between label and value is added.
  const word = own.replace(/[\s:：]+$/u, '').trim();
  return word || tr.t(`note.${block.kind}`);
}
