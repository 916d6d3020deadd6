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
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    const { start, end } = edit.text === '' ? closingGap(out, edit.start, edit.end) : edit;
    out = out.slice(0, start) + edit.text + out.slice(end);
  }
  return out;
}

/**
 * The span a node that leaves nothing takes with it: one of the spaces around it as well where
 * it stood between two (a link into the page with no words: "Select [](#x) the item" read
 * "Select  the item"), and the space before or after it at the text's end or start.
 */
function closingGap(text: string, start: number, end: number): { start: number; end: number } {
  const spaceBefore = start > 0 && /[ \t]/.test(text[start - 1]!);
  const spaceAfter = end < text.length && /[ \t]/.test(text[end]!);
  if (spaceBefore && (spaceAfter || end === text.length)) return { start: start - 1, end };
  if (spaceAfter && start === 0) return { start, end: end + 1 };
  return { start, end };
}
