/**
 * What docflow remembers about each translation, beside the plain i18next files:
 * `<locales>/_docflow/<lng>/<namespace>.json`. For every key: the English the translation was
 * made from (`from`), where it came from (`origin`: the article's human or machine translation,
 * a hand edit in locales/, an XLIFF import) and a hash of the value docflow last saw, which tells
 * a hand edit apart. Keys whose segment is gone are kept aside under `obsolete`, never deleted.
 * The files are deterministic (sorted keys, stable formatting) and meant to be committed.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { jsonChunks } from './json-chunks.js';
import { naturallySorted } from './write-file.js';

export type Origin = 'HT' | 'MT' | 'hand' | 'xliff';

export interface Provenance {
  from: string;
  origin: Origin;
  hash: string;
}

export interface Obsolete {
  value: string;
  from?: string;
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
  return sha1(value).slice(0, 12);
}

/**
 * A string's SHA-1 in hex. `crypto.hash` (Node 20.12 and later) makes no Hash object: each of
 * createHash's holds native memory until the collector finds its wrapper, and a 20 MB article's
 * 104,800 values hashed that way took the process's resident size 20 MB higher.
 */
const sha1: (value: string) => string =
  typeof crypto.hash === 'function' ? (value) => crypto.hash('sha1', value, 'hex') : (value) => crypto.createHash('sha1').update(value).digest('hex');

export function emptyProvenance(): ProvenanceFile {
  return { strings: {}, obsolete: {} };
}

/** A provenance file, or an empty one; a damaged one is an error the caller reports. */
export function readProvenance(file: string): ProvenanceFile {
  if (!fs.existsSync(file)) return emptyProvenance();
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<ProvenanceFile> & { docflow?: number };
  if (data.docflow !== VERSION) throw new Error(`${file}: not a docflow ${VERSION} provenance file`);
  return { strings: data.strings ?? {}, obsolete: data.obsolete ?? {} };
}

export function provenanceJson(file: ProvenanceFile): string {
  return [...provenanceChunks(file)].join('');
}

/** provenanceJson in pieces (see json-chunks.ts). */
export function* provenanceChunks(file: ProvenanceFile): Generator<string> {
  yield* jsonChunks({ docflow: VERSION, strings: naturallySorted(file.strings), obsolete: naturallySorted(file.obsolete) });
  yield '\n';
}
