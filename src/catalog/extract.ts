/**
 * `docflow extract`: every article's strings → `locales/<lng>/<slug>.json`, deterministically.
 */
import type { VFile } from 'vfile';
import { localeFolders, resourcePath } from './locale-files.js';
import { stableJson, writeFileAtomic } from './write-file.js';
import type { Workspace } from './workspace.js';

export interface ExtractReport {
  written: string[];
  unchanged: string[];
  files: VFile[];
}

export function extract(workspace: Workspace, slugs: readonly string[] = workspace.slugs()): ExtractReport {
  const report: ExtractReport = { written: [], unchanged: [], files: [] };
  const folders = localeFolders(workspace.localesDir);
  for (const slug of slugs) {
    const article = workspace.article(slug);
    report.files.push(...article.files);
    for (const [locale, messages] of [...article.resources.messages].sort(([a], [b]) => a.localeCompare(b))) {
      const file = resourcePath(workspace.localesDir, locale, slug, folders);
      (writeFileAtomic(file, stableJson(messages)) ? report.written : report.unchanged).push(file);
    }
  }
  return report;
}
