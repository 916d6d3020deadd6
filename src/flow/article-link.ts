/**
 * Which article of the content a link names, if any: a relative `.md` path resolved against the
 * linking article's folder (`../partner-center/x.md` from `marketplace/y`). Schemes, absolute
 * paths and links that leave the content resolve to nothing.
 */
import path from 'node:path';

export function linkedArticle(fromSlug: string, url: string, has: (slug: string) => boolean): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/') || url.startsWith('\\')) return undefined;
  let file: string;
  try {
    file = decodeURI(url.split(/[?#]/)[0]!);
  } catch {
    return undefined; // a malformed %-escape names no file
  }
  if (!file.endsWith('.md')) return undefined;
  const slug = path.posix.normalize(path.posix.join(path.posix.dirname(fromSlug), file)).slice(0, -'.md'.length);
  return slug !== fromSlug && !slug.startsWith('../') && has(slug) ? slug : undefined;
}
