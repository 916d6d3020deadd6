/**
 * Modules loaded the first time they are needed, so every command's start (and a flow's first
 * frame) does not pay for them: YAML and ajv (most runs read every front matter on the fast path,
 * and overlays from the cache, and never use them: ~25 ms), Node's worker threads (only cold
 * runs over many files start any), readline (only the plain run reads lines) and fs/promises
 * (only a run that writes articles' files; it loads readline and streams): ~6 ms. They are
 * CommonJS-compatible, so a synchronous require keeps their callers synchronous.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let yamlModule: typeof import('yaml') | undefined;
let ajvModule: typeof import('ajv') | undefined;
let workerThreadsModule: typeof import('node:worker_threads') | undefined;
let readlineModule: typeof import('node:readline') | undefined;
let fsPromisesModule: typeof import('node:fs/promises') | undefined;

export function yaml(): typeof import('yaml') {
  return (yamlModule ??= require('yaml') as typeof import('yaml'));
}

export function ajv(): typeof import('ajv') {
  return (ajvModule ??= require('ajv') as typeof import('ajv'));
}

export function workerThreads(): typeof import('node:worker_threads') {
  return (workerThreadsModule ??= require('node:worker_threads') as typeof import('node:worker_threads'));
}

export function readline(): typeof import('node:readline') {
  return (readlineModule ??= require('node:readline') as typeof import('node:readline'));
}

export function fsPromises(): typeof import('node:fs/promises') {
  return (fsPromisesModule ??= require('node:fs/promises') as typeof import('node:fs/promises'));
}
