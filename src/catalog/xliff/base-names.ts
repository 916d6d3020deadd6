/**
 * The names XLIFF 2.0's docflow mark (a unit's `base`, see xliff-format.ts) goes by in a document.
 * An attribute's namespace is what its prefix is bound to, not the prefix: a namespace-aware
 * tool writes the file back with prefixes of its own (Python's ElementTree `ns1:base`), and the
 * mark read by docflow's prefix alone was lost in silence, an old file's edit then imported over
 * a later change in locales/ instead of a conflict.
 */
import { BASE_2, NAMESPACE } from './xliff-format.js';
import { regExpSource } from '../../text/regexp-source.js';

const LOCAL = BASE_2.slice(BASE_2.indexOf(':') + 1);

export function baseNames(document: string): string[] {
  const escaped = regExpSource(NAMESPACE);
  const prefixes = new Set([...document.matchAll(new RegExp(`\\sxmlns:([^\\s=:]+)\\s*=\\s*(["'])${escaped}\\2`, 'g'))].map((match) => match[1]!));
  return [...prefixes].map((prefix) => `${prefix}:${LOCAL}`);
}
