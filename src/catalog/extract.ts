/**
 * `docflow extract`: every article's strings → `locales/<lng>/<slug>.json`, merged, never
 * overwritten (merge.ts), with their provenance beside them (`locales/_docflow/…`).
 * Deterministic: a second run writes nothing. Every file is in place when the promise resolves.
 */
import { VFile } from 'vfile';
import { localeCatalog, translatedLocales } from './catalog.js';
import { ResourceError, resourcePath } from './locale-files.js';
import { provenanceChunks, provenancePath } from './provenance.js';
import { SOURCE_LOCALE } from './resources.js';
import { stableJsonChunks } from './write-file.js';
import { DeferredWrites } from './deferred-writes.js';
import type { Article, Workspace } from './workspace.js';
import { extractMemo, memoKey, recall, remember } from './extract-memo.js';
import { settleMemory } from '../runtime/memory-budget.js';

export interface ExtractReport {
  /** The files written (when asked for: see ExtractOptions). */
  written: string[];
  /** How many files were written. */
  writtenCount: number;
  /** How many files were left as they were (named, they were a list as long as the repository). */
  unchanged: number;
  /** `<locale> <slug> <key>`: translators' edits in locales/ found this run, and kept. */
  handEdits: string[];
  /** Translations kept whose English has changed since. */
  stale: number;
  /** `<locale> <slug> <key>`: set aside this run because their segment is gone. */
  obsoleted: string[];
  /** `<locale> <slug> <key>`: brought back this run from those set aside, with their segment. */
  restored: string[];
  /** The files with something to say (parser messages): a repository's others are not held. */
  files: VFile[];
}

/**
 * A person's value over an article translation that changed since, said at the sentence in the
 * locale's article (kept with the article's other messages, so an unchanged run says it again).
 */
function tellConflict(article: Article, locale: string, key: string, value: string): void {
  const place = article.resources.places.get(locale)?.get(key);
  const file = place && article.files.find((f) => f.path === place.path);
  if (!place || !file) return;
  file.message(
    `${key}: the article’s translation changed since “${value}” was made in locales/ over it; apply will not replace the article’s (keep yours: apply --force; take the article’s: delete the string from locales/ and extract)`,
    { place: { line: place.line, column: place.column }, ruleId: 'article-changed', source: 'docflow' },
  );
}

/** A broken resource file as a vfile with one fatal message at its place. */
function unusable(error: ResourceError): VFile {
  const file = new VFile({ path: error.file });
  const message = file.message(`${error.reason}; it is left as it is until fixed`, { place: { line: error.line, column: error.column }, ruleId: 'bad-resource', source: 'docflow' });
  message.fatal = true;
  return file;
}

export interface ExtractOptions {
  /**
   * Whether the report names every file written (the default), or only counts them: a first
   * extract of 5,000 articles in 60 locales writes 605,000 files, ~40 MB of names to hold.
   */
  listWritten?: boolean;
}

export async function extract(workspace: Workspace, slugs: readonly string[] = workspace.slugs(), { listWritten = true }: ExtractOptions = {}): Promise<ExtractReport> {
  const report: ExtractReport = { written: [], writtenCount: 0, unchanged: 0, handEdits: [], stale: 0, obsoleted: [], restored: [], files: [] };
  const folders = workspace.localeListing().folders;
  let outputs: [string, string][] = [];
  // The disk flushes of one article's files overlap the parsing of the next ones.
  const writes = new DeferredWrites();
  // The JSON is made as it is written: a long article's is never whole in memory.
  const write = (file: string, json: Iterable<string>) => {
    const { changed, hash } = writes.writePieces(file, json);
    if (changed) {
      report.writtenCount++;
      if (listWritten) report.written.push(file);
    } else report.unchanged++;
    outputs.push([file, hash]);
    // A long article's resources and JSON are each as large as its text: their garbage goes as it is made.
    settleMemory();
  };
  const memos = extractMemo(workspace, slugs);
  for (const slug of slugs) {
    const key = memos && memoKey(workspace, slug);
    const memo = memos && key ? recall(workspace, memos, slug, key) : undefined;
    if (memo) {
      // Unchanged since the last run: its outcome again, without parsing or writing.
      report.unchanged += memo.outputs;
      report.stale += memo.outcome.stale;
      report.files.push(...withMessages(memo.files));
      // Not parsed: if prepare() handed it to a parse thread, that parse is not needed.
      workspace.forget(slug);
      continue;
    }
    // Parsed on a thread by prepare(), or here.
    await workspace.ready(slug);
    const article = workspace.article(slug);
    // Its files go before any told of below, once their messages are all there (a conflict is told on them).
    const filesAt = report.files.length;
    outputs = [];
    const staleBefore = report.stale;
    // en-US is the reference English: the article's, as it is now.
    const english = article.resources.messages.get(SOURCE_LOCALE);
    let complete = true;
    const written: string[] = [];
    if (english) {
      write(resourcePath(workspace.localesDir, SOURCE_LOCALE, slug, folders), stableJsonChunks(english));
      written.push(SOURCE_LOCALE);
    }
    for (const locale of translatedLocales(workspace, slug)) {
      let catalog: ReturnType<typeof localeCatalog>;
      try {
        catalog = localeCatalog(workspace, slug, locale);
      } catch (error) {
        // A translator's file that no longer parses is left as it is (their work is in it) and
        // reported; the other locales and articles go on.
        if (!(error instanceof ResourceError)) throw error;
        report.files.push(unusable(error));
        complete = false;
        continue;
      }
      const { merge } = catalog;
      write(resourcePath(workspace.localesDir, locale, slug, folders), stableJsonChunks(merge.messages));
      written.push(locale);
      write(provenancePath(workspace.localesDir, locale, slug), provenanceChunks(merge.provenance));
      report.handEdits.push(...merge.handEdits.map((key) => `${locale} ${slug} ${key}`));
      report.obsoleted.push(...merge.obsoleted.map((key) => `${locale} ${slug} ${key}`));
      report.restored.push(...merge.restored.map((key) => `${locale} ${slug} ${key}`));
      for (const key of merge.conflicts) tellConflict(article, locale, key, merge.messages[key]!);
      report.stale += catalog.stale;
    }
    report.files.splice(filesAt, 0, ...withMessages(article.files));
    // An outcome with a broken file is not replayed: the next run must say it again. The memos
    // are saved once every file is in place, and recall checks each file's bytes besides, so an
    // outcome whose writes never landed is not used.
    if (memos && key && complete) {
      remember(workspace, memos, slug, memoKey(workspace, slug, written), article, { outputs, stale: report.stale - staleBefore });
    }
    // Articles stream through: memory holds one article's documents, not the repository's.
    workspace.forget(slug);
    await writes.room();
  }
  await writes.settle();
  memos?.save();
  return report;
}

function withMessages(files: readonly VFile[]): VFile[] {
  return files.filter((file) => file.messages.length > 0);
}
