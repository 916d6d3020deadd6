/**
 * A link with no words (`[](other.md)`: machine translation leaves some, 7 on the zh-cn corpus's
 * checklist pages) given words: the title of the article it leads to, else its address. As
 * written it showed nothing on the screen or in plain text, and an empty `<a>` on a page.
 * One to a place in the same page (`[](#section)`) is left as the page shows it, with no words:
 * its id in the middle of a sentence ("供市场#private-azure-marketplace-notification-center管理员")
 * told the reader nothing the sentence does not. One to another page of the site
 * (`[](/azure/virtual-machines/shared-images-cli)`) says that page's name as words
 * ("shared images cli"), not its path: the raw address read as noise inside a sentence; and so
 * does one by a relative path to a page the content does not have (`[](../other/article.md)`,
 * or `[](permissions-overview.md)` in an article read without the rest of its repository):
 * "article", "permissions overview".
 */
import { CODE_SPAN_SOURCE } from './code-span.js';
import { markdownText } from './markdown-text.js';

// A code span (kept), or `[]` (spaces aside) then an inline destination and an optional title.
const CODE_SPAN_OR_WORDLESS = new RegExp(`${CODE_SPAN_SOURCE}|${/(\\?!?)\[\s*\]\((<[^<>\n]*>|[^\s()<>]+)((?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*)\)/.source}`, 'g');

/**
 * `title`: the linked article's title (plain text), undefined where the link leads to none, null
 * where the surface words such a link itself (a checklist says "(see “…”)" where it drops it).
 */
export function wordlessLinks(markdown: string, title: (url: string) => string | null | undefined = () => undefined): string {
  if (!markdown.includes('[]') && !/\[\s+\]/.test(markdown)) return markdown;
  return markdown.replace(CODE_SPAN_OR_WORDLESS, (whole: string, ticks: string | undefined, lead: string | undefined, destination: string | undefined, rest: string) => {
    // An image's alt text, or brackets escaped: no link.
    if (ticks !== undefined || destination === undefined || lead) return whole;
    const url = destination.startsWith('<') ? destination.slice(1, -1) : destination;
    const words = url.startsWith('#') ? null : title(url);
    if (words === null) return whole;
    return `[${markdownText(words || pageWords(url) || url)}](${destination}${rest})`;
  });
}

// A page's name that says less than its folder's: the folder says it with it.
const GENERIC_PAGE = /^(?:overview|index|readme|faq|introduction)$/i;

// A scheme (`https:`, `mailto:`) or a host (`//example.com`): an address outside the site, said as it is.
const ELSEWHERE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * A site-relative or relative address's page as words (`/azure/role-based-access-control/overview`
 * → "role based access control overview", `../billing/read-your-bill.md` → "read your bill"),
 * undefined for an address with a scheme or a host, or one that names no page (`/`, `../`).
 */
function pageWords(url: string): string | undefined {
  if (ELSEWHERE.test(url)) return undefined;
  // `.` and `..` say where the page is, not its name.
  const segments = url
    .replace(/[?#].*$/s, '')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.' && segment !== '..')
    .map((segment) => readable(segment.replace(/\.(?:md|yml|html?)$/i, '')));
  const last = segments.at(-1);
  if (!last) return undefined;
  const parent = segments.at(-2);
  return GENERIC_PAGE.test(last) && parent ? `${parent} ${last}` : last;
}

/** A path segment's words: percent escapes read, hyphens and underscores spaces. */
function readable(segment: string): string {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A stray `%`: the segment as written.
  }
  // Control characters (`%1B`) are no words either.
  return decoded.replace(/[-_\s\p{Cc}]+/gu, ' ').trim();
}
