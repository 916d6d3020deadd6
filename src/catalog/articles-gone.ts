/**
 * Resource files of no article: the article was deleted from the content, or renamed (its strings
 * stay under the old slug, and the new one starts from the article's own). extract keeps such a
 * file, as it keeps every translator's work, but nothing reads it: said once per file, so that
 * the work is moved to the new slug or let go, not lost without a word.
 */
import { VFile } from 'vfile';
import { resourcePath } from './locale-files.js';
import { UI_NAMESPACE } from './i18n.js';
import { SOURCE_LOCALE } from './resources.js';
import type { Workspace } from './workspace.js';

export function resourcesOfNoArticle(workspace: Workspace): VFile[] {
  const listing = workspace.localeListing();
  const files: VFile[] = [];
  for (const locale of listing.folders.keys()) {
    for (const namespace of [...listing.namespaces(locale)].sort()) {
      if (namespace === UI_NAMESPACE || workspace.has(namespace)) continue;
      const file = new VFile({ path: resourcePath(workspace.localesDir, locale, namespace, listing.folders) });
      // en-US's file is extract's copy of the article's English: no one's work to keep.
      const what = locale === SOURCE_LOCALE ? 'extract wrote them from the article: delete the file' : 'deleted, or renamed: move the file and its _docflow/ record to the new name, or delete them';
      const message = file.message(`no article ${namespace} in the content: nothing reads these strings (${what})`, {
        place: { line: 1, column: 1 },
        ruleId: 'no-article',
        source: 'docflow',
      });
      message.fatal = undefined;
      files.push(file);
    }
  }
  return files;
}
