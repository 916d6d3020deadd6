/**
 * What an input is called in the reader's language: the article's `input.<name>` string (en-US
 * from the overlay's name, translations in locales/), else its name made readable.
 */
import type { Translator } from '../catalog/i18n.js';
import type { StepInput } from '../model/workflow.js';

export function inputLabel(input: StepInput, namespace: string, tr: Translator): string {
  const own = tr.text(namespace, `input.${input.name}`);
  if (own) return own;
  const words = input.name.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
