/** The shared corpus the sweeps read (`DOCFLOW_CORPUS` points elsewhere), and its folders. */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.js';

export const CORPUS = process.env.DOCFLOW_CORPUS ?? path.resolve(ROOT, '..', 'shared', 'corpus');

export const corpora = fs.existsSync(CORPUS)
  ? fs.readdirSync(CORPUS, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()
  : [];

/** Every markdown article of one corpus folder: its file name and text. */
export function* articlesOf(corpus: string): Generator<{ name: string; text: string }> {
  const dir = path.join(CORPUS, corpus);
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.md')) yield { name: entry.name, text: fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8') };
  }
}
