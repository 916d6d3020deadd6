/**
 * A message's markdown made safe to publish: a checklist is rendered by whatever shows markdown
 * (a wiki, a static site, an editor's preview), not all of which sanitize. Raw HTML becomes
 * text (`&lt;script&gt;`), a comment goes, and a link or image whose address could run code
 * (`javascript:`, `vbscript:`, `data:`, `file:`) keeps only its text. Bold and italics written
 * in HTML (`<strong>…</strong>`, `<i>`) are written as markdown's (`**…**`, `*`), where it reads
 * them so; the other tags that only style their words (`<kbd>Ctrl</kbd>`, `<sup>`, a line's
 * `<br>`) go and leave the words, as the HTML page and the terminal show them; any other tag is
 * shown as written (`<tenant-name>` is the author's placeholder). Everything else is left byte
 * for byte.
 */
import type { PhrasingContent } from 'mdast';
import { parseInline } from '../parse/inline.js';
import { htmlStyles, htmlTagsOf } from '../text/html-styles.js';

const SAFE_SCHEME = /^(?:https?|mailto|tel):/i;
// An opening or closing tag of an element that styles its words, and `<br>`, which breaks the line (a space here).
const STYLING_TAG = /^<\/?(?:kbd|b|strong|i|em|u|s|sup|sub|small|mark|span|abbr|var|samp|cite)(?:\s[^>]*)?>$/i;
const LINE_BREAK = /^<br\s*\/?>$/i;
const ANY_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Whether a link's address is one a reader can follow without running anything. */
export function safeUrl(url: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme (`java\tscript:`).
  const bare = url.replace(/[\u0000-\u0020\u007f]/g, '');
  return !ANY_SCHEME.test(bare) || SAFE_SCHEME.test(bare);
}

export function safeMarkdown(markdown: string, htmlStyled = true): string {
  if (!/[<\]:]/.test(markdown)) return markdown;
  const edits: { start: number; end: number; text: string }[] = [];
  let styled = 0;
  const walk = (nodes: readonly PhrasingContent[]) => {
    for (const node of nodes) {
      const tags = htmlTagsOf(node);
      if (tags) {
        const mark = htmlStyled ? (node.type === 'strong' ? '**' : '*') : '';
        for (const tag of [tags.open, tags.close]) edits.push({ start: tag.position!.start.offset!, end: tag.position!.end.offset!, text: mark });
        styled++;
        walk((node as { children: PhrasingContent[] }).children);
        continue;
      }
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      if (node.type === 'html') edits.push({ start, end, text: htmlText(node.value) });
      else if ((node.type === 'link' || node.type === 'image') && !safeUrl(node.url)) {
        const inner = node.type === 'link' ? node.children : [];
        const first = inner[0]?.position?.start.offset;
        const last = inner[inner.length - 1]?.position?.end.offset;
        const text = node.type === 'image' ? (node.alt ?? '') : first !== undefined && last !== undefined ? markdown.slice(first, last) : '';
        // An autolink's text is its address: nothing of it is kept.
        edits.push({ start, end, text: text.trim() === node.url.trim() ? '' : safeMarkdown(text) });
      } else if ('children' in node) walk(node.children as PhrasingContent[]);
    }
  };
  const nodes = htmlStyles(parseInline(markdown));
  walk(nodes);
  let out = markdown;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  // Markdown's `**` does not close everywhere a tag does (after ")" before a letter), nor open
  // against another `**`: where the marks written are not all read so, the words stay without them.
  return styled > 0 && htmlStyled && styles(htmlStyles(parseInline(out))) !== styles(nodes) ? safeMarkdown(markdown, false) : out;
}

/** How many bold and italic nodes there are, nested ones too. */
function styles(nodes: readonly PhrasingContent[]): number {
  return nodes.reduce((sum, node) => sum + (node.type === 'strong' || node.type === 'emphasis' ? 1 : 0) + ('children' in node ? styles(node.children as PhrasingContent[]) : 0), 0);
}

/** What an inline HTML node leaves in published markdown. */
function htmlText(value: string): string {
  // A comment is the author's, shown by no renderer: written as text, it would be.
  if (value.startsWith('<!--') || STYLING_TAG.test(value)) return '';
  if (LINE_BREAK.test(value)) return ' ';
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
