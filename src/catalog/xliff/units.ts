/**
 * The translation units docflow hands to a CAT tool: one per translatable string (sentences and
 * UI labels; code, literals and images are the same in every language), with the state a
 * translator needs and a note saying where the string is and, for a stale one, the English it
 * was translated from.
 */
import type { CatalogEntry } from '../catalog.js';
import { PRODUCT_NAMES } from '../left-in-english.js';
import { entryKind, localeCatalog } from '../catalog.js';
import type { Workspace } from '../workspace.js';
import { naturalCompare } from '../write-file.js';
import { valueHash } from '../provenance.js';
import { labelSentence } from '../keys.js';

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

/** `allow`: a team's own names kept in English (lint's `allow:`), which are no sentence to translate. */
export function articleUnits(workspace: Workspace, slug: string, locale: string, allow: readonly string[] = []): UnitList {
  const catalog = localeCatalog(workspace, slug, locale, allow.length > 0 ? [...PRODUCT_NAMES, ...allow] : PRODUCT_NAMES);
  const keys: string[] = [];
  for (const e of catalog.each()) if ((e.kind === 'segment' || e.kind === 'label' || e.kind === 'input') && e.reference !== undefined) keys.push(e.key);
  keys.sort(naturalCompare);
  const placeOfUnit = unitPlaces(workspace, slug, locale, keys);
  const unit = (key: string, at: number): Unit => {
    const entry = catalog.entry(key)!;
    const state = unitState(entry);
    const place = placeOfUnit(at);
    const note = [
      place ?? slug,
      placeOf(entry.key),
      ...(entry.kind === 'label' ? [`UI label: ${entry.reference}`] : []),
      ...(entry.origin === 'MT' ? ['machine translation: review'] : []),
      ...(state === 'stale' ? [`translated from the old English: ${entry.from ?? ''}`] : []),
    ].join('\n');
    return { key: entry.key, source: entry.reference!, ...(entry.value !== undefined ? { target: entry.value } : {}), state, note, base: baseOf(entry.value) };
  };
  return { length: keys.length, slice: (start = 0, end = keys.length) => keys.slice(start, end).map((key, i) => unit(key, start + i)) };
}

/**
 * Each unit's place in its file (`path:line:column`), by the unit's index, looked up once and
 * kept as numbers: the units are made a slice at a time while the file is written, after the
 * workspace let the article go, and the place index would hold its documents (the 20 MB
 * article's, 30 MB) through the whole write.
 */
function unitPlaces(workspace: Workspace, slug: string, locale: string, keys: readonly string[]): (at: number) => string | undefined {
  const { resources } = workspace.article(slug);
  const places = resources.places.get(locale) ?? resources.places.get(resources.canonical.locale);
  const paths: string[] = [];
  const pathAt = new Int32Array(keys.length).fill(-1);
  const lines = new Int32Array(keys.length);
  const columns = new Int32Array(keys.length);
  // A loop, not a callback: a closure here would share the returned one's context, and hold the index.
  for (let at = 0; at < keys.length; at++) {
    const key = keys[at]!;
    const place = places?.get(entryKind(key) === 'label' ? labelSentence(key).key : key);
    if (!place) continue;
    const known = paths.indexOf(place.path);
    pathAt[at] = known >= 0 ? known : paths.push(place.path) - 1;
    lines[at] = place.line;
    columns[at] = place.column;
  }
  return (at) => (pathAt[at]! < 0 ? undefined : `${paths[pathAt[at]!]}:${lines[at]}:${columns[at]}`);
}
