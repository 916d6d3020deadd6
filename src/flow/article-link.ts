/**
 * Which article of the content a link names, if any: a relative `.md` path resolved against the
 * linking article's folder (`../partner-center/x.md` from `marketplace/y`). Schemes, absolute
 * paths and links that leave the content resolve to nothing.
 */
import path from 'node:path';

export function linkedArticle(fromSlug: string, url: string, has: (slug: string) => boolean): string | undefined {
  const target = linkTarget(fromSlug, url, has);
  return target && target.slug !== fromSlug ? target.slug : undefined;
}

/**
 * The article a link names and the heading it points at (`x.md#suspend-a-subscription`, or
 * `#suspend-a-subscription` in the same article), the fragment as DocFX writes ids: lower case.
 */
export function linkTarget(fromSlug: string, url: string, has: (slug: string) => boolean): { slug: string; fragment?: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/') || url.startsWith('\\')) return undefined;
  let file: string;
  let fragment: string | undefined;
  try {
    file = decodeURI(url.split(/[?#]/)[0]!);
    const hash = url.indexOf('#');
    fragment = hash < 0 ? undefined : decodeURIComponent(url.slice(hash + 1)).toLowerCase() || undefined;
  } catch {
    return undefined; // a malformed %-escape names no file
  }
  if (file === '') return fragment === undefined ? undefined : { slug: fromSlug, fragment };
  if (!file.endsWith('.md')) return undefined;
  const slug = path.posix.normalize(path.posix.join(path.posix.dirname(fromSlug), file)).slice(0, -'.md'.length);
  if (slug.startsWith('../') || !(slug === fromSlug || has(slug))) return undefined;
  return fragment === undefined ? { slug } : { slug, fragment };
}
