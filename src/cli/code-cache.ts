/**
 * Runs the bundled CLI (one CommonJS file) with V8's code cache: the bytecode of what the last
 * run of the same command compiled, kept in `<cache>/code/`. Node 20 keeps nothing compiled
 * between runs (ES modules have no cache there at all), and compiling the bundle and the
 * functions a flow's first frame runs was ~130 ms of it. Never wrong: the entry is named by a
 * hash of the bundle's bytes, Node's version and the architecture, and V8 itself refuses data
 * made with other flags (then the entry is made again). Safe to delete; safe under two processes
 * (written whole under a temporary name, then renamed); `--no-cache` keeps none.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { replaceQuietly } from '../catalog/cache-file.js';
import { removeLeftovers } from '../catalog/process-alive.js';
import { Cache } from '../catalog/cache.js';

/** Another build's entries go once they are this old (a build in use rewrites its own rarely). */
const STALE_MS = 7 * 24 * 3600 * 1000;

export interface CodeCacheOutcome {
  /** The entry used or made, if any. */
  entry?: string;
  /** Whether V8 took the entry's bytecode (false: none, or refused). */
  used: boolean;
  /**
   * Writes the entry when it was not used. Called at exit, so the functions the run compiled are
   * in it too, not only the top level.
   */
  save(): void;
}

/**
 * Where code caches go for these arguments: `--cache <dir>` or the default cache folder, not
 * with `--no-cache` or without a home.
 */
export function codeCacheFolder(argv: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  let base = Cache.folder(env);
  for (const [index, argument] of argv.entries()) {
    if (argument === '--') break;
    if (argument === '--no-cache') return undefined;
    if (argument === '--cache' && argv[index + 1] !== undefined) base = path.resolve(argv[index + 1]!);
    else if (argument.startsWith('--cache=')) base = path.resolve(argument.slice('--cache='.length));
  }
  return base === undefined ? undefined : path.join(base, 'code');
}

/**
 * Compiles and runs the CommonJS `file` (ASCII) as Node would (its own require, module and
 * paths), with the code cache in `folder` for `command` (each command compiles different
 * functions); `flags`: the V8 flags the program may set while it runs; `sha1`: the file's hash
 * as its build wrote it down, if it did.
 */
export function runWithCodeCache(file: string, folder: string | undefined, command: string, flags?: string, sha1?: string): CodeCacheOutcome {
  // V8 refuses a cache made under other flags than its own, and the entry is made at exit: flags
  // the program sets while it runs (memory-budget asks for --expose-gc) are set from the start.
  if (flags !== undefined) v8.setFlagsFromString(flags);
  const bytes = fs.readFileSync(file);
  // The bundle is ASCII (scripts/bundle.mjs): read as Latin-1, a one-byte string, 1.5 ms not 9.
  const source = bytes.toString('latin1');
  const build = folder === undefined ? undefined : `${process.version}-${process.arch}-${buildOf(file, bytes, sha1)}`;
  const entry = build === undefined ? undefined : path.join(folder!, build, `${command.replace(/[^a-z0-9-]/gi, '_')}.v8`);
  let cachedData: Buffer | undefined;
  if (entry !== undefined) {
    try {
      cachedData = fs.readFileSync(entry);
    } catch {
      // None yet: this run makes it.
    }
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  const used = cachedData !== undefined && script.cachedDataRejected === false;
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  const save = () => {
    if (entry === undefined || used) return;
    replaceQuietly(entry, script.createCachedData());
    removeStaleBuilds(folder!, build!);
  };
  return { entry, used, save };
}

/**
 * What names the file's build: its hash, from the build when it wrote it down (hashing the 1.2 MB
 * bundle at every start took 3 ms), then with the file's size and time of change, so a bundle
 * edited since its build is another entry.
 */
function buildOf(file: string, bytes: Buffer, sha1: string | undefined): string {
  if (sha1 === undefined) return createHash('sha1').update(bytes).digest('hex').slice(0, 16);
  const stat = fs.statSync(file);
  return `${sha1.slice(0, 16)}-${stat.size}-${Math.round(stat.mtimeMs * 1000).toString(36)}`;
}

/** The first word that names a command (`run`, `extract`, …), else `docflow`. */
export function commandOf(argv: readonly string[]): string {
  return argv.find((argument) => /^[a-z][a-z-]*$/.test(argument)) ?? 'docflow';
}

function removeStaleBuilds(folder: string, current: string): void {
  removeLeftovers(folder, (name) => name !== current, STALE_MS);
}
