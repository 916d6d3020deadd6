/**
 * What docflow remembers about each translation, beside the plain i18next files:
 * `<locales>/_docflow/<lng>/<namespace>.json`. For every key: the English the translation was
 * made from (`from`), where it came from (`origin`: the article's human or machine translation,
 * a hand edit in locales/, an XLIFF import) and a hash of the value docflow last saw, which tells
 * a hand edit apart. Keys whose segment is gone are kept aside under `obsolete`, never deleted.
 * The files are deterministic (sorted keys, stable formatting) and meant to be committed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentHash } from './cache-file.js';
import { jsonChunks } from './json-chunks.js';
import { parseFileRuns } from './json-runs.js';
import { parsedJson, ResourceError } from './locale-files.js';
import { readText } from './file-blocks.js';
import { naturalView } from './write-file.js';
import { withoutBom } from '../text/without-bom.js';

/**
 * `english`: the English `apply --create` wrote in a new locale's article where it had no
 * translation, the translator's starting point; no one's translation, until someone changes it
 * (in the article, in locales/) or confirms it in XLIFF (see merge.ts, article-import.ts).
 */
export type Origin = 'HT' | 'MT' | 'hand' | 'xliff' | 'english';

/** The origins of a translation: what status counts as human, machine or edited. */
export type TranslationOrigin = Exclude<Origin, 'english'>;

export interface Provenance {
  from: string;
  origin: Origin;
  hash: string;
  /**
   * For a person's value (hand, xliff): the hash of the article's own translation when it was
   * recorded. The article's translation changed since (a vendor's delivery) is a conflict:
   * apply would replace it with the person's.
   */
  article?: string;
}

export interface Obsolete {
  value: string;
  from?: string;
  /** Who made the value (files written before it was recorded have none). */
  origin?: Origin;
}

export interface ProvenanceFile {
  strings: Record<string, Provenance>;
  obsolete: Record<string, Obsolete>;
}

export const PROVENANCE_FOLDER = '_docflow';
const VERSION = 1;

export function provenancePath(localesDir: string, locale: string, namespace: string): string {
  return path.join(localesDir, PROVENANCE_FOLDER, locale, `${namespace}.json`);
}

export function valueHash(value: string): string {
  return contentHash(value).slice(0, 12);
}

/** What a person's value records as made over: the hash of the article's translation then (none where the article has none). */
export function madeOver(articleValue: string | undefined): string | undefined {
  return articleValue === undefined ? undefined : valueHash(articleValue);
}

export function emptyProvenance(): ProvenanceFile {
  return { strings: {}, obsolete: {} };
}

/**
 * A provenance file, or an empty one; a damaged one (a git merge's conflict markers in it) is a
 * ResourceError at its line and column, which the caller reports as a broken resource file is:
 * it was JSON.parse's SyntaxError, an internal error with a stack trace in status, lint and extract.
 */
export function readProvenance(file: string): ProvenanceFile {
  if (!fs.existsSync(file)) return emptyProvenance();
  const data = (parseFileRuns(file) ?? parsedJson(file, withoutBom(readText(file)))) as (Partial<ProvenanceFile> & { docflow?: number }) | null;
  if (data?.docflow !== VERSION) throw new ResourceError(file, 1, 1, `not a docflow ${VERSION} provenance file`);
  return { strings: data.strings ?? {}, obsolete: data.obsolete ?? {} };
}

export function provenanceJson(file: ProvenanceFile): string {
  return [...provenanceChunks(file)].join('');
}

/** provenanceJson in pieces (see json-chunks.ts). */
export function* provenanceChunks(file: ProvenanceFile): Generator<string> {
  yield* jsonChunks({ docflow: VERSION, strings: naturalView(file.strings), obsolete: naturalView(file.obsolete) });
  yield '\n';
}
