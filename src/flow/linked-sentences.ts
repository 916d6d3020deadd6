/**
 * A paragraph's sentences as markdown to show, each that is a link's text made the link again.
 * In a side-by-side article the link's markup is outside the pair (`[<pair>](url)`), so the
 * sentence's translation alone had lost it: 1,119 links of the fr-fr corpus, the checklists'
 * and the screens'.
 */
import type { KeyBlock } from '../model/workflow.js';
import { markdownDestination } from '../text/markdown-destination.js';

type TextBlock = Extract<KeyBlock, { type: 'text' }>;

export function linkedSentences(block: TextBlock, say: (key: string) => string): string[] {
  return block.keys.map((key, i) => {
    const text = say(key);
    const href = block.links?.[i];
    // A sentence with brackets of its own (a link inside it, say) is left as it is: wrapped, it would not read as one link.
    return href === undefined || text === '' || /[[\]]/.test(text) ? text : `[${text}](${markdownDestination(href)})`;
  });
}
