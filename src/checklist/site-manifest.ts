/**
 * The pages `checklist --all` wrote into its folder, each with the hash of its bytes:
 * `<out>/.docflow-checklists.<ext>.json`. The next run in that folder removes the pages it no
 * longer makes (an article removed from the content, a locale it no longer has), as a site
 * generator cleans its output, but only those still holding the bytes written: a page edited by
 * hand since, or any file docflow did not write, stays, and is named.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentHash } from '../catalog/cache-file.js';
import { writeFileAtomic } from '../catalog/write-file.js';

const VERSION = 1;

export interface SweepReport {
  /** Pages of the last run this one did not make, removed (relative to the folder). */
  removed: string[];
  /** Pages of the last run this one did not make, left because they changed since. */
  edited: string[];
}

export function manifestPath(out: string, extension: string): string {
  return path.join(out, `.docflow-checklists.${extension}.json`);
}

/**
 * Removes the pages the last run wrote and this one did not (`pages`: this run's, relative path
 * → hash of its text), then writes this run's manifest.
 */
export function sweepPages(out: string, extension: string, pages: ReadonlyMap<string, string>): SweepReport {
  const report: SweepReport = { removed: [], edited: [] };
  const root = path.resolve(out);
  for (const [relative, hash] of lastPages(manifestPath(out, extension))) {
    if (pages.has(relative)) continue;
    const file = path.resolve(root, relative);
    // A manifest is a file anyone can edit: nothing outside the folder, and only pages.
    if (!file.startsWith(`${root}${path.sep}`) || !file.endsWith(`.${extension}`)) continue;
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      continue; // Gone already.
    }
    if (contentHash(bytes) !== hash) {
      report.edited.push(relative);
      continue;
    }
    fs.rmSync(file, { force: true });
    report.removed.push(relative);
    // Its folders too (its locale's, a nested slug's), once empty.
    for (let folder = path.dirname(file); folder !== root && folder.startsWith(root); folder = path.dirname(folder)) {
      try {
        fs.rmdirSync(folder);
      } catch {
        break; // Not empty: it stays, and so do those above it.
      }
    }
  }
  const sorted = [...pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  writeFileAtomic(manifestPath(out, extension), `${JSON.stringify({ docflow: VERSION, pages: Object.fromEntries(sorted) }, null, 2)}\n`);
  return report;
}

/** The last run's pages; none when there is no manifest or it cannot be trusted (then nothing is removed). */
function lastPages(file: string): [string, string][] {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { docflow?: unknown; pages?: unknown };
    if (data?.docflow !== VERSION || typeof data.pages !== 'object' || data.pages === null) return [];
    return Object.entries(data.pages).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  } catch {
    return [];
  }
}
