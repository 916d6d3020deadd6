/**
 * YAML and ajv, loaded the first time they are needed: most runs read every front matter on the
 * fast path, and overlays from the cache, and never use them; loading them anyway cost ~25 ms
 * of every command's start (and of a flow's first frame). They are CommonJS-compatible, so a
 * synchronous require keeps their callers synchronous.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let yamlModule: typeof import('yaml') | undefined;
let ajvModule: typeof import('ajv') | undefined;

export function yaml(): typeof import('yaml') {
  return (yamlModule ??= require('yaml') as typeof import('yaml'));
}

export function ajv(): typeof import('ajv') {
  return (ajvModule ??= require('ajv') as typeof import('ajv'));
}
