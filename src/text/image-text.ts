/** An image as words: its alt text in the reader's language, else its file name. */
import type { Translator } from '../catalog/i18n.js';
import type { KeyBlock } from '../model/workflow.js';
import { plainMessage } from './inline-runs.js';
import { pictureName } from './picture-name.js';

export function imageText(block: KeyBlock & { type: 'image' }, namespace: string, tr: Translator): string {
  const alt = plainMessage(tr.label(namespace, block.key));
  return `[${tr.t('label-value', { label: tr.t('image'), value: pictureName(alt, block.src) })}]`;
}
