/**
 * An article's `<file id>` in XLIFF 2.0, which the standard types as an NMTOKEN (letters, digits,
 * `.`, `-`, `_`): a slug of a nested article (`partner-center/add-a-new-customer`) or with a space
 * is not one, and a tool that validates the file refuses it. Such a slug gets an id made of it
 * (every other character `_`, and a hash of the slug so that two slugs never share one), and
 * keeps its own name in the element's `original` attribute, which import reads first. A slug that
 * is an NMTOKEN is its own id, as before.
 */
import { contentHash } from '../cache-file.js';

const NMTOKEN = /^[\p{L}\p{M}\p{Nd}._-]+$/u;

export function fileId(slug: string): string {
  if (NMTOKEN.test(slug)) return slug;
  return `${slug.replace(/[^\p{L}\p{M}\p{Nd}._-]/gu, '_')}-${contentHash(slug).slice(0, 8)}`;
}

/** The `original` attribute a 2.0 `<file>` start tag gets for its slug (none when the slug is its id). */
export function originalAttribute(slug: string): string {
  return fileId(slug) === slug ? '' : ` original="${slug.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')}"`;
}

/**
 * The article a `<file>` start tag names, as written (escaped): 1.2 in `original`; 2.0 in
 * `original` where it has one (a file docflow wrote for a slug that is not an NMTOKEN), else `id`.
 */
export function slugOfTag(tag: string, version2: boolean): string | undefined {
  return attribute(tag, 'original') ?? (version2 ? attribute(tag, 'id') : undefined);
}

/** The slug of each 2.0 `<file>` of a document by its id, as the package names its resources (see slugOfTag). */
export function slugsById(document: string, unescape: (value: string) => string): Map<string, string> {
  const slugs = new Map<string, string>();
  for (const [tag] of document.matchAll(/<file\b[^>]*>/g)) {
    const id = attribute(tag, 'id');
    const slug = slugOfTag(tag, true);
    if (id !== undefined && slug !== undefined) slugs.set(unescape(id), unescape(slug));
  }
  return slugs;
}

export function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*(["'])(.*?)\\1`).exec(tag)?.[2];
}
