/**
 * An article's zone pivot titles, added to its strings: each locale's document names its pivot
 * groups, its docset's file (the nearest `zone-pivot-groups.yml`) titles them, in that locale's
 * words. A title the article's own strings already have is kept.
 */
import { VFile } from 'vfile';
import type { Document } from '../model/document.js';
import { readText } from './file-blocks.js';
import { pivotGroupsOf, pivotKey, pivotTitles } from './pivot-titles.js';
import type { Messages } from './resources.js';

/** Adds the titles; returns the groups files read, with what was wrong in them. */
export function addPivotTitles(messages: Map<string, Messages>, documents: readonly Document[], groupsFileOf: (file: string) => string | undefined): VFile[] {
  const read = new Map<string, VFile>();
  for (const document of documents) {
    const groups = pivotGroupsOf(document.frontmatter);
    const groupsFile = groups.length > 0 && document.path ? groupsFileOf(document.path) : undefined;
    if (!groupsFile) continue;
    let text: string;
    try {
      text = readText(groupsFile);
    } catch {
      continue;
    }
    // Told once, however many locales' documents read it.
    const file = read.get(groupsFile) ?? new VFile({ path: groupsFile });
    const titles = pivotTitles(text, read.has(groupsFile) ? new VFile() : file, groups);
    read.set(groupsFile, file);
    if (titles.size === 0) continue;
    if (!messages.has(document.locale)) messages.set(document.locale, {});
    const strings = messages.get(document.locale)!;
    for (const [pivot, title] of titles) strings[pivotKey(pivot)] ??= title;
  }
  return [...read.values()];
}
