/**
 * What an article's results are made from, as strings for a cache key: its files (locale, path,
 * content hash, the docset's zone pivot groups file) and its overlay; with `resources`, also every resource and provenance file that
 * locales/ holds for it. A memo under such a key also keeps the questions the article's build
 * asked of the rest of the content (see content-questions.ts): the locale's glossary, and which
 * articles exist, the inputs that lie outside the article.
 */
import { overlayPath } from './content.js';
import { resourcePath } from './locale-files.js';
import { provenancePath } from './provenance.js';
import type { Workspace } from './workspace.js';
import { hashFile } from './file-blocks.js';

export function articleInputs(workspace: Workspace, slug: string, options: { resources?: boolean } = {}): string[] {
  const files = [...workspace.content.articles.get(slug)!.values()];
  const hashOf = (file: string) => fileHash(workspace, file);
  // Each file's docset pivot groups file titles its zone pivots: an edited one builds it again.
  const pivotGroups = (file: string) => {
    const groups = workspace.pivotGroupsFile(file);
    return groups === undefined ? ['-'] : [groups, hashOf(groups)];
  };
  const inputs = [slug, ...files.flatMap((f) => [f.locale, f.path, hashOf(f.path), ...pivotGroups(f.path)]), hashOf(overlayPath(workspace.content, slug))];
  if (options.resources) {
    const folders = workspace.localeListing().folders;
    for (const locale of folders.keys()) {
      inputs.push(locale, hashOf(resourcePath(workspace.localesDir, locale, slug, folders)), hashOf(provenancePath(workspace.localesDir, locale, slug)));
    }
  }
  return inputs;
}

/** A file's content hash, or `-` when there is no such file: by its stats when the cache knows it. */
export function fileHash(workspace: Workspace, file: string): string {
  if (workspace.parseCache) return workspace.parseCache.hashOf(file);
  try {
    return hashFile(file);
  } catch {
    return '-';
  }
}
