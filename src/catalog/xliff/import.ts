/**
 * `docflow import`: a translator's XLIFF back into locales/. Changed targets update the resource
 * file and their provenance (origin `xliff`, made from the unit's source as the translator saw
 * it), so extract keeps them; nothing else is written, so export → import changes no byte.
 * XML with a DOCTYPE or entity declarations is refused before it is parsed: no entity is ever
 * expanded (billion laughs, external entities).
 */
import { LineIndex } from '../../parse/line-index.js';
import { normalizeLocale } from '../../parse/locale.js';
import { localeCatalog } from '../catalog.js';
import { resourcePath } from '../locale-files.js';
import { madeOver, provenanceJson, provenancePath, valueHash } from '../provenance.js';
import { stableJson, writeFileAtomic } from '../write-file.js';
import type { Workspace } from '../workspace.js';
import { readXliff, type ReadUnit } from './xliff-format.js';
import { baseOf } from './units.js';
import { problemText } from '../../text/problem-line.js';
import { sameText, spacingFree } from '../../text/same-text.js';
import { groupBy } from '../../runtime/group-by.js';

/** An XLIFF file refused, as one problem line (`file:line:column error … docflow:rule`). */
export class XliffError extends Error {
  constructor(file: string, place: { line: number; column: number }, reason: string, rule: string) {
    super(problemText({ file, ...place }, 'error', reason, `docflow:${rule}`));
  }
}

export interface ImportReport {
  locale: string;
  updated: { slug: string; key: string }[];
  unchanged: number;
  /** Units whose article or key docflow does not have, where they are in the file. */
  unknown: ({ slug: string; key: string } & Place)[];
  /** Units translated from another English than the reference: imported, and stale. */
  oldEnglish: ({ slug: string; key: string; source: string; reference: string } & Place)[];
  /**
   * Units whose English is now another string's of the article (exported from another version
   * of it, or with other content): imported into that string.
   */
  moved: ({ slug: string; key: string; to: string } & Place)[];
  /**
   * Units translated from another English than the reference, whose string has a translation:
   * not imported (it would put another sentence's translation over it).
   */
  refused: ({ slug: string; key: string; source: string; reference: string } & Place)[];
  /**
   * Units the translator left as exported, whose string changed in locales/ since (a later
   * import, a hand edit, extract): the later value stays.
   */
  newer: ({ slug: string; key: string } & Place)[];
  /** Units changed by the translator whose string changed in locales/ since the export too: not imported. */
  conflicts: ({ slug: string; key: string; target: string; current?: string } & Place)[];
  /**
   * Units with a target their file says is not a translation yet (XLIFF 1.2 `new` or
   * `needs-translation`, 2.0 `initial`: a tool's pre-fill, a copy of the source, a draft): not
   * imported unless asked (`drafts`).
   */
  drafts: ({ slug: string; key: string; target: string } & Place)[];
  written: string[];
}

const DECLARATIONS = /<!DOCTYPE|<!ENTITY/i;

interface Place {
  line: number;
  column: number;
}

export interface ImportOptions {
  /** Import targets the file marks as not translated yet too. */
  drafts?: boolean;
}

export async function importXliff(workspace: Workspace, xml: string, file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const declared = DECLARATIONS.exec(xml);
  if (declared) throw new XliffError(file, new LineIndex(xml).point(declared.index), 'refused: XML with a DOCTYPE or entity declarations (entities can read files or expand without end)', 'xliff-doctype');
  if (xml.trim() === '') throw new XliffError(file, { line: 1, column: 1 }, 'an empty file, not XLIFF', 'xliff-invalid');
  if (!/<xliff[\s>]/.test(xml)) throw new XliffError(file, { line: 1, column: 1 }, 'not XLIFF: no <xliff> element', 'xliff-invalid');
  let parsed: { locale: string; units: ReadUnit[] };
  try {
    parsed = await readXliff(xml.replace(/^\uFEFF/, ''));
  } catch (error) {
    // The package fails with a TypeError of its own where the elements are not as the standard has them.
    const message = error instanceof TypeError ? 'its elements are not as the standard has them (an <xliff> root, <file> elements, units with a <source>)' : String((error as Error).message ?? error);
    // The XML parser says "Line: 3 Column: 7" where it can.
    const at = /Line: (\d+)\s+Column: (\d+)/i.exec(message);
    throw new XliffError(file, at ? { line: Number(at[1]) + 1, column: Number(at[2]) + 1 } : { line: 1, column: 1 }, `not valid XLIFF 1.2 or 2.0: ${message.split('\n')[0]}`, 'xliff-invalid');
  }
  const locale = normalizeLocale(parsed.locale);
  if (!locale) throw new XliffError(file, { line: 1, column: 1 }, 'no target language (trgLang or target-language)', 'xliff-invalid');
  const report: ImportReport = { locale, updated: [], unchanged: 0, unknown: [], oldEnglish: [], moved: [], refused: [], newer: [], conflicts: [], drafts: [], written: [] };
  const lines = new LineIndex(xml);
  // A unit's `id="key"` after the file element that names the article (1.2 `original="slug"`,
  // 2.0 `id="slug"`); the file's start when it cannot be found.
  const placeOf = (slug: string, key: string): Place => {
    const unit = xml.indexOf(`id="${key}"`, Math.max(0, xml.indexOf(`"${slug}"`)));
    const { line, column } = lines.point(Math.max(0, unit));
    return { line, column };
  };
  const bySlug = groupBy(parsed.units, (unit) => unit.slug);
  for (const [slug, units] of bySlug) {
    if (!workspace.has(slug)) {
      report.unknown.push(...units.map((u) => ({ slug, key: u.key, ...placeOf(slug, u.key) })));
      continue;
    }
    const { entries, merge } = localeCatalog(workspace, slug, locale);
    const byKey = new Map(entries.map((e) => [e.key, e]));
    // The article's strings by their English, for units whose English is now another string's.
    const byEnglish = groupBy(entries.filter((e) => e.reference !== undefined), (e) => spacingFree(e.reference!), (e) => e.key);
    let changed = false;
    // The article's own translations: a value imported is made over the one it has now (see merge.ts).
    const fromArticle = workspace.article(slug).resources.messages.get(locale);
    const put = (key: string, unit: ReadUnit) => {
      merge.messages[key] = unit.target!;
      const over = madeOver(fromArticle && Object.hasOwn(fromArticle, key) ? fromArticle[key] : undefined);
      merge.provenance.strings[key] = { from: unit.source, origin: 'xliff', hash: valueHash(unit.target!), ...(over !== undefined ? { article: over } : {}) };
      report.updated.push({ slug, key });
      changed = true;
    };
    // Units of their own string first: a unit moved to a string another unit translates loses.
    const own = new Set(units.filter((unit) => {
      const reference = byKey.get(unit.key)?.reference;
      return reference === undefined || sameText(unit.source, reference);
    }));
    const taken = new Set<string>();
    for (const unit of [...own, ...units.filter((unit) => !own.has(unit))]) {
      const entry = byKey.get(unit.key);
      if (!entry || entry.reference === undefined) {
        report.unknown.push({ slug, key: unit.key, ...placeOf(slug, unit.key) });
        continue;
      }
      if (unit.target === undefined || unit.target.trim() === '') {
        report.unchanged++;
        continue;
      }
      if (unit.draft && !options.drafts && unit.target !== entry.value) {
        report.drafts.push({ slug, key: unit.key, target: unit.target, ...placeOf(slug, unit.key) });
        continue;
      }
      if (sameText(unit.source, entry.reference)) {
        taken.add(unit.key);
        if (unit.target === entry.value) report.unchanged++;
        else if (unit.base === undefined || unit.base === baseOf(entry.value)) put(unit.key, unit);
        // The string changed in locales/ since this file was exported: an old file imported
        // again would undo that change, and a translator's edit of the old value would lose it.
        else if (unit.base === baseOf(unit.target)) report.newer.push({ slug, key: unit.key, ...placeOf(slug, unit.key) });
        else report.conflicts.push({ slug, key: unit.key, target: unit.target, ...(entry.value !== undefined ? { current: entry.value } : {}), ...placeOf(slug, unit.key) });
        continue;
      }
      // Its English is one other string's now (the same sentence, numbered otherwise): that string's translation.
      const [to, ...others] = byEnglish.get(spacingFree(unit.source)) ?? [];
      if (to !== undefined && others.length === 0) {
        if (taken.has(to) || byKey.get(to)!.value === unit.target) report.unchanged++;
        else {
          taken.add(to);
          put(to, unit);
          report.moved.push({ slug, key: unit.key, to, ...placeOf(slug, unit.key) });
        }
        continue;
      }
      const old = { slug, key: unit.key, source: unit.source, reference: entry.reference, ...placeOf(slug, unit.key) };
      // A translation of another English does not replace the string's own (current, or stale
      // but made for nearly this sentence): it fills a missing one, and stays stale.
      if (unit.target === entry.value) report.unchanged++;
      else if (entry.value !== undefined) report.refused.push(old);
      else {
        put(unit.key, unit);
        report.oldEnglish.push(old);
      }
    }
    if (!changed) continue;
    for (const [path, text] of [
      [resourcePath(workspace.localesDir, locale, slug), stableJson(merge.messages)],
      [provenancePath(workspace.localesDir, locale, slug), provenanceJson(merge.provenance)],
    ] as const) {
      if (writeFileAtomic(path, text)) report.written.push(path);
    }
  }
  return report;
}
