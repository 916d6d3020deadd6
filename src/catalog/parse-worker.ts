/**
 * A worker thread of the parse pool: learns files' glossaries and parses articles, and sends
 * back plain data (an article's entry serialized, as the cache keeps it).
 */
import v8 from 'node:v8';
import { parentPort } from 'node:worker_threads';
import type { Glossary } from '../parse/label-glossary.js';
import { parseEntry } from './article-cache.js';
import type { ArticleFile } from './content.js';
import { fileGlossary } from './file-glossary.js';
import { collectThoroughly, settleMemory, THREAD_BUDGET } from '../runtime/memory-budget.js';
import { readText } from './file-blocks.js';

export type WorkerTask =
  | { kind: 'glossaries'; glossaries: Map<string, Glossary> }
  | { id: number; kind: 'glossary'; path: string }
  /** An article's files, with the lessons of those already learned for their locales' glossaries. */
  | { id: number; kind: 'article'; files: ArticleFile[]; lessons: Map<string, Glossary> };

let glossaries = new Map<string, Glossary>();
collectThoroughly();

parentPort?.on('message', (task: WorkerTask) => {
  if (task.kind === 'glossaries') {
    glossaries = task.glossaries;
    return;
  }
  try {
    // An article comes back serialized: the main thread keeps the bytes (a fraction of the
    // objects' size) until it comes to the article, and writes them to the cache as they are.
    const result =
      task.kind === 'glossary' ? fileGlossary(readText(task.path)) : v8.serialize(parseEntry(task.files, (locale) => glossaries.get(locale), task.lessons));
    parentPort!.postMessage({ id: task.id, result });
    settleMemory(THREAD_BUDGET);
  } catch (error) {
    parentPort!.postMessage({ id: task.id, error: error instanceof Error ? error.message : String(error) });
  }
});
