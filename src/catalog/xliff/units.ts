/**
 * The translation units docflow hands to a CAT tool: one per translatable string (sentences and
 * UI labels; code, literals and images are the same in every language), with the state a
 * translator needs and a note saying where the string is and, for a stale one, the English it
 * was translated from.
 */
import type { CatalogEntry } from '../catalog.js';
import { localeCatalog } from '../catalog.js';
import type { Workspace } from '../workspace.js';
import { naturalCompare } from '../write-file.js';
import { valueHash } from '../provenance.js';

export type UnitState = 'translated' | 'needs-review' | 'stale' | 'untranslated';

export interface Unit {
  key: string;
  source: string;
  target?: string;
  state: UnitState;
  note: string;
  /** The target as exported, hashed (`-` for none): import tells a later change in locales/ from the translator's. */
  base: string;
}

/** A value's mark in a unit's `base`: its hash, or `-` for no translation. */
export function baseOf(value: string | undefined): string {
  return value === undefined ? '-' : valueHash(value);
}

export function unitState(entry: CatalogEntry): UnitState {
  if (entry.state === 'untranslated') return 'untranslated';
  if (entry.state === 'stale') return 'stale';
  return entry.origin === 'MT' ? 'needs-review' : 'translated';
}

/** proc-1.step-2.111.label-1 → "step 2 of procedure 1, UI label 1". */
function placeOf(key: string): string {
  const step = /^proc-(\d+)\.step-(\d+)/.exec(key);
  const label = /\.label-(\d+)$/.exec(key);
  const where = step ? `step ${step[2]} of procedure ${step[1]}` : key.split('.')[0]!;
  return label ? `${where}, UI label ${label[1]}` : where;
}

/**
 * An article's units in key order, each made when a slice of them is asked for: a long article
 * has 105,000, and its XLIFF is made 2,000 units at a time (see xliff-format.ts); all its
 * entries, units and notes made first took the 20 MB article's export 20 MB higher.
 */
export interface UnitList {
  readonly length: number;
  slice(start?: number, end?: number): Unit[];
}

export function articleUnits(workspace: Workspace, slug: string, locale: string): UnitList {
  const { resources } = workspace.article(slug);
  const places = resources.places.get(locale) ?? resources.places.get(resources.canonical.locale);
  const catalog = localeCatalog(workspace, slug, locale);
  const keys: string[] = [];
  for (const e of catalog.each()) if ((e.kind === 'segment' || e.kind === 'label' || e.kind === 'input') && e.reference !== undefined) keys.push(e.key);
  keys.sort(naturalCompare);
  const unit = (key: string): Unit => {
    const entry = catalog.entry(key)!;
    const state = unitState(entry);
    const place = places?.get(entry.kind === 'label' ? entry.key.replace(/\.label-\d+$/, '') : entry.key);
    const note = [
      place ? `${place.path}:${place.line}:${place.column}` : slug,
      placeOf(entry.key),
      ...(entry.kind === 'label' ? [`UI label: ${entry.reference}`] : []),
      ...(entry.origin === 'MT' ? ['machine translation: review'] : []),
      ...(state === 'stale' ? [`translated from the old English: ${entry.from ?? ''}`] : []),
    ].join('\n');
    return { key: entry.key, source: entry.reference!, ...(entry.value !== undefined ? { target: entry.value } : {}), state, note, base: baseOf(entry.value) };
  };
  return { length: keys.length, slice: (start, end) => keys.slice(start, end).map(unit) };
}
