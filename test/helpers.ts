import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { expect, vi } from 'vitest';
import type { Io } from '../src/cli/io.js';
import { parseDocument } from '../src/parse/parse-document.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CONTENT = path.join(ROOT, 'content');
export const LOCALES = path.join(ROOT, 'locales');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');

export function contentPath(locale: string, slug: string): string {
  return path.join(CONTENT, locale, `${slug}.md`);
}

export function parseFile(file: string, locale?: string) {
  return parseDocument(fs.readFileSync(file, 'utf8'), { path: file, ...(locale ? { locale } : {}) });
}

export function seed(locale: 'fr-FR' | 'zh-CN') {
  return parseFile(contentPath(locale, 'add-a-new-customer')).document;
}

const made: string[] = [];

/** A new temporary folder; every one a test file makes is removed after it (test/setup.ts). */
export function tempDir(prefix = 'docflow-'): string {
  const dir = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** The heap in use once collected. */
export function collectedHeap(): number {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
  return v8.getHeapStatistics().used_heap_size;
}

/** The bytes V8 holds a string's characters in: one a character, two with one past Latin-1. */
export function stringBytes(given: string): number {
  return given.length * (/[^\0-\xff]/.test(given) ? 2 : 1);
}

/**
 * A long article made of a real one (a fixture): its body repeated `copies` times after its front
 * matter, its segment numbers renumbered per copy so the ids stay unique, as the bench makes its
 * long articles.
 */
export function repeatedArticle(fixture: string, copies: number): string {
  const text = fs.readFileSync(path.join(FIXTURES, fixture), 'utf8');
  const end = text.indexOf('\n---', 3) + 4;
  const bodies = Array.from({ length: copies }, (_, copy) => text.slice(end).replace(/(data-[ts]tu-id="[0-9a-f]+-)(\d+)"/g, (_, prefix: string, n: string) => `${prefix}${Number(n) + copy * 100000}"`));
  return text.slice(0, end) + bodies.join('');
}

/** One side-by-side pair as Microsoft Docs writes it: the translation, then its English (`prefix`: the article's id). */
export function sxsPair(n: number, translation: string, english: string, prefix = 'ab123'): string {
  return `<span data-ttu-id="${prefix}-${n}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${prefix}-${n}">${english}</span></span>`;
}

/** A temporary folder holding `files` (relative path → text, or a fixture to copy). */
export function folderWith(files: Record<string, string | { fixture: string }>): string {
  const dir = tempDir();
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(dir, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (typeof content === 'string') fs.writeFileSync(file, content);
    else fs.cpSync(path.join(FIXTURES, content.fixture), file, { recursive: true });
  }
  return dir;
}

/**
 * A temporary folder whose `content/<locale>/` holds `count` articles of a 30-step procedure each:
 * seconds for `run` to list cold, as a large repository is.
 */
export function manyArticles(count: number, locale = 'en-US'): string {
  const root = tempDir();
  const content = path.join(root, 'content', locale);
  fs.mkdirSync(content, { recursive: true });
  const steps = Array.from({ length: 30 }, (_, i) => `${i + 1}. Select **Next ${i}** to go on to the page of settings number ${i}.`).join('\n');
  for (let n = 0; n < count; n++) fs.writeFileSync(path.join(content, `article-${n}.md`), `# Article ${n}\n\nHow to set it up.\n\n## Set it up\n\n${steps}\n`);
  return root;
}

/** The CLI's folder options for a folder made with `content/` (and `locales/` to be), read in `locale` when given. */
export function contentOptions(dir: string, locale?: string): string[] {
  return ['--content', `${dir}/content`, '--locales', `${dir}/locales`, ...(locale ? ['--locale', locale] : [])];
}

/** What a reader gets of an English article (`content/en-US/<slug>.md`): `run <flow> --plain` and `checklist <flow>`, printed. */
export async function plainAndChecklist(slug: string, article: string, flow = slug): Promise<{ run: string; checklist: string }> {
  const dir = folderWith({ [`content/en-US/${slug}.md`]: article });
  const run = await cliRun(['run', flow, '--plain', ...contentOptions(dir, 'en-US')]);
  const checklist = await cliRun(['checklist', flow, ...contentOptions(dir, 'en-US')]);
  return { run: run.out, checklist: checklist.out };
}

/** The CLI on a folder made with `content/` (see contentOptions), in `locale`, with no cache: what a command printed, once it exited 0. */
export function printedIn(dir: string, locale: string): (...args: string[]) => Promise<string> {
  return async (...args) => {
    const { code, out, err } = await cliRun([...args, ...contentOptions(dir, locale), '--no-cache']);
    expect(code, err).toBe(0);
    return out;
  };
}

/** The real CLI run in memory (see memoryIo): its exit code and what it printed. */
export async function cliRun(args: string[], env: NodeJS.ProcessEnv = {}, input = '') {
  // Loaded when asked for: the tests that use these helpers without the CLI do not load it.
  const { runCli } = await import('../src/cli/program.js');
  const m = memoryIo(env, input);
  const code = await runCli(args, m.io);
  return { code, out: m.out(), err: m.err() };
}

/** The CLI's io in memory: what it printed, and no terminal; stdin is `input`, then its end (as `< file`). */
export function memoryIo(env: NodeJS.ProcessEnv = {}, input = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const io: Io = { stdout, stderr, stdin: Readable.from([input]), env };
  return { io, out: () => out, err: () => err };
}

/**
 * The files read from now on, one entry a read: by readFileSync, or opened to be read a block at
 * a time (file-blocks.ts). readFileSync of a Buffer opens its file through fs.openSync (counted
 * there), of a string does not (counted here). `restore()` when done.
 */
export function watchReads(): { files: () => string[]; restore: () => void } {
  const whole = vi.spyOn(fs, 'readFileSync');
  const opened = vi.spyOn(fs, 'openSync');
  const utf8 = (options: unknown) => options === 'utf8' || options === 'utf-8' || (typeof options === 'object' && options !== null && /^utf-?8$/.test(String((options as { encoding?: unknown }).encoding)));
  return {
    files: () => [
      ...whole.mock.calls.filter(([file, options]) => typeof file !== 'number' && utf8(options)).map(([file]) => String(file)),
      ...opened.mock.calls.filter(([, flags]) => flags === undefined || flags === 'r').map(([file]) => String(file)),
    ],
    restore: () => {
      whole.mockRestore();
      opened.mockRestore();
    },
  };
}
