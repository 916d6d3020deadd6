/** A copy of the bundled content in a temporary folder, with its own locales/ and cache, and docflow run on it. */
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../src/cli/program.js';
import { CONTENT, memoryIo, tempDir } from './helpers.js';

export interface ContentCopy {
  root: string;
  content: string;
  locales: string;
  /** docflow with these arguments, on the copy: its exit code, standard output and error. */
  cli(...args: string[]): Promise<{ code: number; out: string; err: string }>;
  remove(): void;
}

export function contentCopy(): ContentCopy {
  const root = tempDir();
  const content = path.join(root, 'content');
  const locales = path.join(root, 'locales');
  fs.cpSync(CONTENT, content, { recursive: true });
  return {
    root,
    content,
    locales,
    async cli(...args) {
      const m = memoryIo();
      const code = await runCli([...args, '--content', content, '--locales', locales, '--cache', path.join(root, 'cache')], m.io);
      return { code, out: m.out(), err: m.err() };
    },
    remove: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}
