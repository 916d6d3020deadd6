/**
 * The articles the content's links lead to, titled in the language on screen: what a link with no
 * words shows (see text/wordless-links.ts). Given by `run`; without it such a link shows its address.
 */
import { createContext, useContext } from 'react';
import type { Translator } from '../catalog/i18n.js';
import type { LinkedArticle } from '../text/flow-markup.js';

export const LinkedArticleContext = createContext<((tr: Translator) => LinkedArticle) | undefined>(undefined);

export function useLinkedArticle(tr: Translator): LinkedArticle | undefined {
  return useContext(LinkedArticleContext)?.(tr);
}
