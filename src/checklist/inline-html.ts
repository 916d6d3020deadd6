/**
 * A message's inline markdown as HTML that cannot run anything: text is escaped, raw HTML of the
 * article is dropped (but `<br>`), and a link keeps its target only when it is http(s), mailto or
 * a relative path: `javascript:`, `data:` and other schemes become plain text.
 */
import type { PhrasingContent } from 'mdast';
import { parseInline } from '../parse/inline.js';
import { escapeHtml as e } from '../text/escape-html.js';
import { pictureName } from '../text/picture-name.js';
import { repairMarkup } from '../text/inline-runs.js';

const SAFE_URL = /^(?:https?:|mailto:|[^:]*$)/i;

/**
 * Where a link should point in the page (another checklist); undefined keeps it as it is, null
 * keeps only its text (it would lead nowhere from there).
 */
export type LinkRewrite = (url: string) => string | null | undefined;

/**
 * Where a checklist's links point: a link into the article (`#section`) leads nowhere from a
 * checklist, which has the procedures and not the article's sections, so only its text stays;
 * but for the headings of its procedures in `anchors`, which an HTML page carries as ids.
 * (A relative link to another article stays: a checklist written beside the articles reaches it.)
 */
export function checklistRewrite(rewrite?: LinkRewrite, anchors: ReadonlySet<string> = new Set()): LinkRewrite {
  return (url) => {
    if (!url.startsWith('#')) return rewrite?.(url);
    const fragment = url.slice(1).toLowerCase();
    return anchors.has(fragment) ? `#${fragment}` : null;
  };
}

export function safeHref(url: string): string | undefined {
  const trimmed = url.trim();
  // A scheme hidden by control characters or entities ("java\tscript:") is still a scheme.
  return SAFE_URL.test(trimmed.replace(/[\s\u0000-\u001f]/g, '')) ? trimmed : undefined;
}

/**
 * `labels`: bold is drawn as the product's buttons (a step's UI labels), else as bold text;
 * `picture`: a picture's words marked as one, in the locale ("[Image: …]", see image-text.ts).
 */
export function inlineHtml(markdown: string, rewrite: LinkRewrite = () => undefined, labels = false, picture = (words: string) => `[${words}]`): string {
  const html = (node: PhrasingContent): string => {
    switch (node.type) {
      case 'text':
        return e(repairMarkup(node.value));
      case 'strong':
        return `<strong${labels ? ' class="ui"' : ''}>${walk(node.children)}</strong>`;
      case 'emphasis':
        return `<em>${walk(node.children)}</em>`;
      case 'delete':
        return `<del>${walk(node.children)}</del>`;
      case 'inlineCode':
        return `<code>${e(node.value)}</code>`;
      case 'break':
        return '<br>';
      case 'html':
        return /^<br\s*\/?>$/i.test(node.value) ? '<br>' : '';
      case 'image': {
        // A picture in the text as its words, set apart as one (the page loads no picture).
        const name = pictureName(node.alt, node.url);
        return name ? `<span class="image">${e(picture(name))}</span>` : '';
      }
      case 'link': {
        const target = rewrite(node.url);
        const href = target === null ? undefined : safeHref(target ?? node.url);
        const text = walk(node.children);
        // A link with no words left (one into the page: see wordless-links.ts) is no link a
        // reader can see or a screen reader can name.
        return href && text !== '' ? `<a href="${e(href)}">${text}</a>` : text;
      }
      default:
        return 'children' in node ? walk(node.children as PhrasingContent[]) : '';
    }
  };
  const walk = (nodes: readonly PhrasingContent[]): string => {
    const pieces = nodes.map(html);
    return closeGaps(pieces, (i) => nodes[i]!.type === 'link' && pieces[i] === '').join('');
  };
  return walk(parseInline(markdown));
}

/**
 * The pieces with no double space where a link had no words to show (one into the page: see
 * wordless-links.ts): "Select  the item" read as a gap in the sentence. Where such a link ends
 * or starts its text, the space beside it goes too. `gone`: whether the piece at i is such a link.
 */
function closeGaps(pieces: readonly string[], gone: (i: number) => boolean): string[] {
  const out = [...pieces];
  out.forEach((_, i) => {
    if (!gone(i)) return;
    const before = out.slice(0, i).findLastIndex((piece) => piece !== '');
    const after = out.findIndex((piece, j) => j > i && piece !== '');
    const spaceBefore = before >= 0 && /\s$/.test(out[before]!);
    const spaceAfter = after >= 0 && /^\s/.test(out[after]!);
    if (spaceBefore && (spaceAfter || after < 0)) out[before] = out[before]!.trimEnd();
    else if (spaceAfter && before < 0) out[after] = out[after]!.trimStart();
  });
  return out;
}
