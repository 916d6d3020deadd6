/**
 * Bold and italics written as inline HTML (`<strong>`, `<b>`, `<em>`, `<i>`) read as the markdown
 * nodes they stand for, as a browser shows them: a side-by-side article's HTML table writes its
 * cells' labels so (`<td><p><span …><strong>Administrateur de facturation</strong></span>`), and
 * the surfaces, which drop inline HTML, showed them as plain words. The parser gives each tag as
 * an html node of its own; a tag never closed stays one (its words plain, as before).
 */
import type { Emphasis, Html, PhrasingContent, Strong } from 'mdast';

const STYLE: Record<string, 'strong' | 'emphasis'> = { strong: 'strong', b: 'strong', em: 'emphasis', i: 'emphasis' };
const OPENING = /^<([a-z]+)(?:\s[^>]*)?>$/i;
const CLOSING = /^<\/([a-z]+)\s*>$/i;

/** Where a styled node's tags were in the markdown: published markdown writes them anew (safe-markdown.ts). */
export interface HtmlTags {
  open: Html;
  close: Html;
}

export type HtmlStyled = (Strong | Emphasis) & { data: { htmlTags: HtmlTags } };

/** The nodes with each closed pair of styling tags folded into the node it stands for; the same array when there is none. */
export function htmlStyles(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  if (!nodes.some(hasHtml)) return nodes as PhrasingContent[];
  const out: PhrasingContent[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const style = node.type === 'html' ? openingStyle(node.value) : undefined;
    const end = style ? closingAt(nodes, i, style.tag) : -1;
    if (style && end > 0) {
      const styled = { type: style.type, children: htmlStyles(nodes.slice(i + 1, end)), data: { htmlTags: { open: node as Html, close: nodes[end] as Html } } };
      out.push(styled as HtmlStyled);
      i = end;
    } else out.push('children' in node ? ({ ...node, children: htmlStyles(node.children as PhrasingContent[]) } as PhrasingContent) : node);
  }
  return out;
}

/** The tags a node stands for, when htmlStyles made it of a pair of them. */
export function htmlTagsOf(node: PhrasingContent): HtmlTags | undefined {
  return (node.data as { htmlTags?: HtmlTags } | undefined)?.htmlTags;
}

function hasHtml(node: PhrasingContent): boolean {
  return node.type === 'html' || ('children' in node && (node.children as PhrasingContent[]).some(hasHtml));
}

function openingStyle(value: string): { tag: string; type: 'strong' | 'emphasis' } | undefined {
  const tag = OPENING.exec(value)?.[1]?.toLowerCase();
  const type = tag === undefined ? undefined : STYLE[tag];
  return tag && type ? { tag, type } : undefined;
}

/** The index of the tag closing the one at `start` among its siblings (the same tag nested counted), or -1. */
function closingAt(nodes: readonly PhrasingContent[], start: number, tag: string): number {
  let depth = 0;
  for (let i = start + 1; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type !== 'html') continue;
    if (openingStyle(node.value)?.tag === tag) depth++;
    else if (CLOSING.exec(node.value)?.[1]?.toLowerCase() === tag && depth-- === 0) return i;
  }
  return -1;
}
