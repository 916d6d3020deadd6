/**
 * Markdown with some of its inline nodes written anew, by their offsets in the text: everything
 * else stays byte for byte (a checklist's text is the translator's markdown).
 */
import type { PhrasingContent } from 'mdast';
import { parseInline } from '../parse/inline.js';

/** `replace`: a node's new markdown, or undefined to keep it (and look inside it). */
export function replaceNodes(markdown: string, replace: (node: PhrasingContent) => string | undefined): string {
  const edits: { start: number; end: number; text: string }[] = [];
  const walk = (nodes: readonly PhrasingContent[]) => {
    for (const node of nodes) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const text = start === undefined || end === undefined ? undefined : replace(node);
      if (text !== undefined) edits.push({ start: start!, end: end!, text });
      else if ('children' in node) walk(node.children as PhrasingContent[]);
    }
  };
  walk(parseInline(markdown));
  let out = markdown;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
