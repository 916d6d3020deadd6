/**
 * Links to other articles, as a printed checklist shows them: the link text as the translator
 * wrote it, then the linked article's title in the same locale where the text does not already
 * say it (machine-translated link text rarely matches the title the reader will search for).
 */
import type { Link } from 'mdast';
import { plainText } from '../parse/inline.js';
import { replaceNodes } from './markdown-edits.js';
import { plainMessage } from '../text/inline-runs.js';
import type { Translator } from '../catalog/i18n.js';
import type { ChecklistLink } from './checklist-model.js';
import type { LinkRewrite } from './inline-html.js';
import { markdownText } from '../text/markdown-text.js';
import { codeSpan } from '../text/code-span.js';

/** Whether a link's text already names the article (case, spaces and punctuation aside). */
export function namesTitle(linkText: string, title: string): boolean {
  const words = (s: string) => s.toLocaleLowerCase().replace(/[\p{P}\p{S}\s]+/gu, '');
  return words(linkText) === words(plainMessage(title));
}

/** " (voir « *Créer un abonnement* »)": the words after a link, as markdown, in the reader’s locale (its string carries its own leading space, none in CJK). */
export function seeArticle(tr: Translator): (title: string) => string {
  return (title) => tr.t('link.see-article', { title: `*${markdownText(title)}*` });
}

/** " (`multichannel.md`)": a link's address as markdown, after its words, in the reader's locale (full-width brackets in CJK). */
export function linkAddress(tr: Translator): (url: string) => string {
  return (url) => tr.t('link.address', { address: codeSpan(url) });
}

/**
 * The links a page does not keep (see pagelessRewrite): `is` says which; `address` words where one
 * led, said after its words where no article's title is (a place in the page has none to give).
 */
export interface DroppedLinks {
  is: (url: string) => boolean;
  address?: (url: string) => string;
}

/** The linked article's title to show after a link, or undefined when there is none to show. */
export function titleAfter(links: readonly ChecklistLink[], url: string, linkText: string): string | undefined {
  const link = links.find((l) => l.href === url);
  return link && !namesTitle(linkText, link.title) ? plainMessage(link.title) : undefined;
}

/**
 * Markdown with each link to an article followed by its title (`see` words it in the locale) and
 * pointed where `rewrite` says (another checklist); everything else byte for byte. A link to an
 * article with no words (`[](other.md)`, as machine translation leaves some) has the title as its
 * words, or only "(see …)" where no link stays: `rewrite` says null, or `dropped` (a page that
 * points its links later) says so. A link `dropped` that names no article of the content is
 * followed by its address: the reader of that page has no other way to where it led (one whose
 * words are its article's title, "[多渠道](multichannel.md)", needs neither).
 */
export function withLinkTitles(markdown: string, links: readonly ChecklistLink[], see: (title: string) => string, rewrite?: LinkRewrite, dropped?: DroppedLinks): string {
  if (links.length === 0 && !rewrite && !dropped?.address) return markdown;
  return replaceNodes(markdown, (node) => (node.type === 'link' ? linkEdit(node, markdown, links, see, rewrite, dropped) : undefined));
}

/** The link's new markdown, or undefined where it stays as it is. */
function linkEdit(node: Link, markdown: string, links: readonly ChecklistLink[], see: (title: string) => string, rewrite?: LinkRewrite, dropped?: DroppedLinks): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const words = plainText(node.children);
  const title = titleAfter(links, node.url, words);
  const href = rewrite?.(node.url);
  const gone = dropped?.is(node.url) ?? false;
  // Words that already name an article of the content say where to look: its file name would add nothing a reader can follow.
  const namesArticle = links.some((l) => l.href === node.url);
  const address = gone && !namesArticle && dropped?.address && !node.url.startsWith('#') && words.trim() !== node.url ? dropped.address(node.url) : '';
  if (!title && href === undefined && !address) return undefined;
  const first = node.children[0]?.position?.start.offset;
  const last = node.children.at(-1)?.position?.end.offset;
  const wordless = first === undefined || last === undefined;
  if (wordless && title) {
    if (href === null || gone) return see(title).trimStart();
    const words = `[${markdownText(title)}]`;
    return href !== undefined ? `${words}(${pointed(href)})` : `${words}${markdown.slice(markdown.indexOf(']', start) + 1, end)}`;
  }
  const inner = wordless ? '' : markdown.slice(first, last);
  const source = href === null ? inner : href !== undefined ? `[${inner}](${pointed(href)})` : markdown.slice(start, end);
  return title ? `${source}${see(title)}` : `${source}${address}`;
}

/** A rewritten address as a link destination. */
function pointed(href: string): string {
  return href.replace(/[()\s]/g, encodeURIComponent);
}
