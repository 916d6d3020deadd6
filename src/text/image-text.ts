/** An image as words: its alt text in the reader's language, else its file name. */
import type { Translator } from '../catalog/i18n.js';
import type { KeyBlock } from '../model/workflow.js';
import { plainMessage } from './inline-runs.js';
import { pictureName } from './picture-name.js';

export function imageText(block: KeyBlock & { type: 'image' }, namespace: string, tr: Translator): string {
  const alt = plainMessage(tr.label(namespace, block.key));
  return pictureWords(pictureName(alt, block.src), tr.t);
}

/** "[Image: Screenshot of the file list.]": a picture's words marked as one, in a block or in a sentence, on every surface. */
export function pictureWords(words: string, t: Translator['t']): string {
  return `[${t('label-value', { label: t('image'), value: words })}]`;
}
