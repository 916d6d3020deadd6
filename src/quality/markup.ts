/**
 * What markup a sentence carries, from its inline mdast: bold and italic runs, code spans, link
 * targets, anchors and other HTML tags. Two halves of a pair should carry the same.
 */
import type { PhrasingContent } from 'mdast';
import { parseInline } from '../parse/inline.js';

export interface Markup {
  bold: number;
  italic: number;
  code: string[];
  links: string[];
  anchors: string[];
  tags: string[];
}

export function markupOf(markdown: string): Markup {
  const markup: Markup = { bold: 0, italic: 0, code: [], links: [], anchors: [], tags: [] };
  const walk = (nodes: readonly PhrasingContent[]) => {
    for (const node of nodes) {
      if (node.type === 'strong') markup.bold++;
      else if (node.type === 'emphasis') markup.italic++;
      else if (node.type === 'inlineCode') markup.code.push(node.value);
      else if (node.type === 'link') markup.links.push(node.url);
      else if (node.type === 'image') markup.links.push(node.url);
      else if (node.type === 'html') {
        const anchor = /^<a\s+name="([^"]*)"/i.exec(node.value);
        if (anchor) markup.anchors.push(anchor[1]!);
        else if (!/^<\/?(br|a)\b/i.test(node.value)) markup.tags.push(node.value.toLowerCase().replace(/\s+/g, ' '));
      }
      if ('children' in node) walk(node.children as PhrasingContent[]);
    }
  };
  walk(parseInline(markdown));
  return markup;
}

/** Items of `a` missing from `b`, counting repeats; `key` says which are the same. */
export function missing<T>(a: readonly T[], b: readonly T[], key: (item: T) => unknown = (item) => item): T[] {
  const left = b.map(key);
  return a.filter((item) => {
    const at = left.indexOf(key(item));
    if (at === -1) return true;
    left.splice(at, 1);
    return false;
  });
}
