import path from 'node:path';

/**
 * What `path.join(folder, relative)` puts before a relative path (no `.`, `..` or doubled
 * separators), so that a path below `folder` is this plus its relative part: a join per file
 * normalized the whole path each time, a third of a warm listing.
 */
export function pathPrefix(folder: string): string {
  const base = path.join(folder, '.');
  return base === '.' ? '' : base.endsWith(path.sep) ? base : base + path.sep;
}
