/** The shared corpus the sweeps read (`DOCFLOW_CORPUS` points elsewhere), and its folders. */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.js';

export const CORPUS = process.env.DOCFLOW_CORPUS ?? path.resolve(ROOT, '..', 'shared', 'corpus');

export const corpora = fs.existsSync(CORPUS)
  ? fs.readdirSync(CORPUS, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()
  : [];
