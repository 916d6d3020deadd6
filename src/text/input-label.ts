/**
 * What an input is called in the reader's language: the article's `input.<name>` string (en-US
 * from the overlay's name, translations in locales/), else its name made readable.
 */
import type { Translator } from '../catalog/i18n.js';
import type { StepInput } from '../model/workflow.js';

export function inputLabel(input: StepInput, namespace: string, tr: Translator): string {
  return tr.text(namespace, `input.${input.name}`) || readableName(input.name);
}

/** `company-name` → "Company name": the English an input's name gives before anyone writes one. */
export function readableName(name: string): string {
  const words = name.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
