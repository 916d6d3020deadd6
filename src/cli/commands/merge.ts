/**
 * `docflow merge`: the parts of a CI matrix joined. `status --shard i/n --format json` parts
 * become one report (totals summed again); `lint --shard i/n` parts become one lint, with the
 * rules that compare articles across the content run over all of them; `glossary --shard i/n`
 * parts become the glossary file one run would write. (`extract` parts need no merge: each
 * writes the resource files of its own articles.)
 */
import { formatOption } from '../options.js';
import { GLOSSARY_FILE, glossaryLines, isGlossaryFile, LessonsFold, readGlossary, type GlossaryHeader, type LocaleLessons } from '../../catalog/glossary-file.js';
import { outputPieces } from '../output-pieces.js';
import type { Command } from 'commander';
import { statusTotals, type StatusReport } from '../../catalog/status.js';
import type { MatrixPart } from '../../catalog/matrix-part.js';
import { matrixProblem, sameAllowed, sameContent, sameLint, sameSelection, ShardCheck, type LintSettings } from '../same-matrix.js';
import { joinLintParts, LINT_PART, unpackLintPart, type LintPart, type PackedLintPart } from '../../quality/lint.js';
import { isPackedOccurrences } from '../../quality/packed-occurrences.js';
import { ALL_RULES } from '../../quality/rules.js';
import { statusHtml } from '../../status/status-html.js';
import { statusJsonPieces } from '../../status/status-json.js';
import { StatusSummary } from '../../status/status-summary.js';
import { statusText } from '../../status/status-text.js';
import { checkFormat } from '../checks.js';
import { belowThreshold, parseFailUnder } from '../fail-under.js';
import { CliError, warn, type Io } from '../io.js';
import { report, reportSummary, reportText, type Format } from '../report.js';
import { settleMemory } from '../../runtime/memory-budget.js';
import { compareNames } from '../../text/name-order.js';
import { badPart, readPartJson } from '../part-file.js';

/** A lint part as `lint --shard` writes it: its sentences in columns, or lists (earlier builds). */
interface WrittenLintPart extends LintSettings {
  docflow: typeof LINT_PART;
  shard: string;
  part: PackedLintPart | LintPart;
}

/** A lint part as merge reads it, its sentences as lists. */
interface LintPartFile extends Omit<WrittenLintPart, 'part'> {
  part: LintPart;
}

type Part = { kind: 'status'; report: StatusReport } | { kind: 'lint'; file: LintPartFile };

/** A part of another command than the first part's. */
const mixed = (file: string) => matrixProblem(file, 'the parts are of different commands: merge the status, lint or glossary parts of one matrix');

function readPart(file: string): Part {
  if (isGlossaryFile(file)) throw mixed(file);
  const data = readPartJson(file);
  const object = data as Record<string, unknown> | null;
  if (object?.listing !== undefined && typeof object.listing !== 'string') throw badPart(file, `a part whose listing is not a hash`);
  if (!namesShape(object?.articles) || !namesShape(object?.allow)) throw badPart(file, `a part whose list of the articles it was run on, or of the names it allowed, is not a list of names`);
  if (object?.docflow === LINT_PART && typeof object.part === 'object') {
    const written = object as unknown as WrittenLintPart;
    if (!lintPartShape(written.part) || !levelsShape(written.severities)) throw badPart(file, `a \`docflow lint --shard\` part whose findings or sentences are missing or cut`);
    const foreign = foreignRule(written);
    if (foreign !== undefined) throw badPart(file, `a finding of rule “${foreign}”, which this docflow does not have: a part of another docflow version`);
    return { kind: 'lint', file: { ...written, part: unpackLintPart(written.part) } };
  }
  if (Array.isArray(object?.rows) && Array.isArray(object?.items)) {
    if (!statusShape(object!.rows as unknown[], object!.items as unknown[])) throw badPart(file, `a \`docflow status --format json\` report whose rows or sentences are not whole`);
    return { kind: 'status', report: object as unknown as StatusReport };
  }
  throw badPart(file, `not the output of \`docflow status --format json\`, \`docflow lint --shard\` or \`docflow glossary --shard\``);
}

/**
 * Whether a status report's rows have their counts and its sentences their article: a row without
 * `origins` (another tool's JSON, one edited) was a TypeError and a stack trace.
 */
function statusShape(rows: unknown[], items: unknown[]): boolean {
  const record = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
  const counts = (value: Record<string, unknown>, keys: readonly string[]) => keys.every((key) => typeof value[key] === 'number');
  const named = (value: unknown) => record(value) && typeof value.slug === 'string' && typeof value.locale === 'string';
  const row = (value: unknown) =>
    named(value) && counts(value as Record<string, unknown>, ['segments', 'translated', 'stale', 'untranslated']) && record((value as Record<string, unknown>).origins) && counts((value as { origins: Record<string, unknown> }).origins, ['HT', 'MT', 'hand', 'xliff']);
  return rows.every(row) && items.every(named);
}

/**
 * Whether a lint part has its findings, each [rule, file, message, line, column], and its sentences
 * and labels as lists or in columns (a finding of another shape was a TypeError and a stack).
 */
function lintPartShape(part: unknown): boolean {
  const { findings, sentences, labels } = (part ?? {}) as Record<string, unknown>;
  const occurrences = (value: unknown) => Array.isArray(value) || isPackedOccurrences(value);
  const finding = (value: unknown) =>
    Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string' && typeof value[2] === 'string' && typeof value[3] === 'number' && typeof value[4] === 'number';
  return Array.isArray(findings) && findings.every(finding) && occurrences(sentences) && occurrences(labels);
}

/** Whether a part's articles or allowed names, if it has them, are a list of names. */
function namesShape(names: unknown): boolean {
  return names === undefined || (Array.isArray(names) && names.every((name) => typeof name === 'string'));
}

/** Whether a part's rule levels are [rule, level] pairs. */
function levelsShape(levels: unknown): boolean {
  return Array.isArray(levels) && levels.every((pair) => Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string');
}

/** A rule a part's findings or levels name that this build has not (a newer or older docflow's part). */
function foreignRule(written: WrittenLintPart): string | undefined {
  const known = new Set(ALL_RULES.map((rule) => rule.id));
  return [...written.part.findings.map((finding) => finding[0]), ...written.severities.map(([rule]) => rule)].find((rule) => !known.has(rule));
}

/**
 * Every article's locale in one report only. The shard check cannot see a report that names no
 * shard (a whole run's, or an earlier build's part): given with the parts, or twice, it counted
 * each of its articles twice, every total doubled and still 100%.
 */
function rowsOnce(reports: readonly StatusReport[], files: readonly string[]): void {
  const seen = new Map<string, string>();
  reports.forEach((report, i) => {
    for (const row of report.rows) {
      const key = `${row.locale}\0${row.slug}`;
      const other = seen.get(key);
      if (other !== undefined) throw matrixProblem(files[i]!, `${row.slug} (${row.locale}) is in ${other} too: a report given twice, or a whole run's with its parts`);
      seen.set(key, files[i]!);
    }
  });
}

export function registerMerge(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('merge')
    .description('join the parts of a CI matrix: `status --shard i/n --format json`, `lint --shard i/n` or `glossary --shard i/n` outputs (glossary parts make a glossary file, JSON lines)')
    .argument('<parts...>', 'the parts’ JSON files')
    .addOption(formatOption(['text', 'json', 'html'], 'text, json (or html for status)'))
    .option('--out <file>', 'write there instead of printing')
    .option('--fail-under <percent>', 'status parts: exit 1 when a locale’s coverage, all parts together, is below this')
    .addHelpText(
      'after',
      '\nExample:\n  docflow status --shard 1/2 --format json > s1.json; docflow status --shard 2/2 --format json > s2.json\n  docflow merge s1.json s2.json --format html --out status.html --fail-under 95',
    )
    .action((files: string[], options: { format: string; out?: string; failUnder?: string }) => {
      const threshold = parseFailUnder(options.failUnder);
      const notStatus = () => {
        if (threshold !== undefined) throw new CliError('--fail-under gates the coverage of status parts: these are not', 2);
      };
      if (isGlossaryFile(files[0]!)) {
        notStatus();
        // The glossary file `--glossary` reads has one form: another asked for was ignored without a word.
        if (options.format !== 'text') throw new CliError(`--format ${options.format}: glossary parts merge into a glossary file (JSON lines), which has no other format`, 2);
        const { header, locales } = joinGlossaryParts(files);
        return outputPieces(io, options.out, glossaryLines(header, locales), () => `merged into ${options.out}`);
      }
      // Lint parts are read one at a time as the join takes them, each let go after its turn
      // (the first too); a status report needs every row at once.
      let head: Part | undefined = readPart(files[0]!);
      const kind = head.kind;
      // What the first part was run on (it is let go once joined): every other part must say the same.
      const { locale, articles, listing, allow } = head.kind === 'lint' ? head.file : head.report;
      const selection: Partial<MatrixPart> = { locale, articles, listing };
      const lintSettings: LintSettings = { ...selection, severities: head.kind === 'lint' ? head.file.severities : [], allow };
      const parts = function* (): Generator<Part> {
        yield head!;
        head = undefined;
        for (const file of files.slice(1)) {
          const part = readPart(file);
          if (part.kind !== kind) throw mixed(file);
          yield part;
          settleMemory();
        }
      };
      const emit = (text: string) => outputPieces(io, options.out, [text], () => `merged into ${options.out}`);
      const shards = new ShardCheck();
      if (kind === 'status') {
        checkFormat(options.format, ['text', 'json', 'html']);
        const reports = [...parts()].flatMap((p, i) => (p.kind === 'status' ? [shards.add(p.report.shard, files[i]!) && p.report] : []));
        shards.complete();
        reports.forEach((report, i) => sameSelection('counted', report, selection, files[i]!, files[0]!) && sameAllowed('counted with', report, { allow }, files[i]!, files[0]!));
        rowsOnce(reports, files);
        // In the order one run over every article gives: by article (each is in one part, its
        // locales in order), whatever order the parts came in.
        const bySlug = <T extends { slug: string }>(list: T[]) => list.sort((a, b) => compareNames(a.slug, b.slug));
        const rows = bySlug(reports.flatMap((r) => r.rows));
        const merged: StatusReport = { rows, totals: statusTotals(rows), items: bySlug(reports.flatMap((r) => r.items)), problems: reports.flatMap((r) => r.problems ?? []) };
        for (const problem of merged.problems) warn(io, problem);
        if (merged.problems.length > 0) setExit(1);
        if (belowThreshold(io, merged.totals, threshold)) setExit(1);
        if (options.format === 'html') return emit(statusHtml(merged, 'Translation status'));
        const summary = new StatusSummary(options.format === 'json' ? { limit: 0 } : {});
        if (options.format === 'json') return outputPieces(io, options.out, statusJsonPieces([merged], summary), () => `merged into ${options.out}`, true);
        summary.add(merged);
        return emit(statusText(summary));
      }
      notStatus();
      checkFormat(options.format, ['text', 'json']);
      const lintParts = function* () {
        let i = 0;
        for (const part of parts()) {
          if (part.kind === 'lint' && shards.add(part.file.shard, files[i]!) && sameLint(part.file, lintSettings, files[i]!, files[0]!)) yield part.file.part;
          i++;
        }
        shards.complete();
      };
      const result = joinLintParts(lintParts(), new Map(lintSettings.severities));
      // Written where asked (they were printed, and --out left unwritten in silence).
      // The findings, as a whole lint prints them (its output), their count beside them.
      if (options.out) {
        outputPieces(io, options.out, [reportText(result.files, options.format as Format)], () => `merged into ${options.out}`);
        if (options.format !== 'json' && reportSummary(result.files)) warn(io, reportSummary(result.files));
      } else report(io, result.files, options.format as Format, 'output');
      if (result.files.some((f) => f.messages.some((m) => m.fatal === true))) setExit(1);
    });
}

/**
 * Glossary parts joined a locale at a time: each part's lines are in the locales' order, so the
 * parts are read side by side and each locale's lessons summed (where first seen kept, see
 * glossary-file.ts) and written before the next is read. The header is the whole's: the parts'
 * listing (they must agree), and every part's files that are not articles.
 */
function joinGlossaryParts(files: readonly string[]): { header: GlossaryHeader; locales: Generator<[string, LocaleLessons]> } {
  const shards = new ShardCheck();
  const parts = files.map((file) => {
    if (!isGlossaryFile(file)) {
      // Said as what it is when it is no part at all (empty, cut, not UTF-8), else as another command's.
      readPartJson(file);
      throw mixed(file);
    }
    const { header, locales } = readGlossary(file);
    if (header.shard === undefined) throw matrixProblem(file, `a whole glossary, not a part of a matrix's (\`docflow glossary --shard i/n\`): nothing to merge it with`);
    shards.add(header.shard, file);
    return { file, header, locales, next: locales.next() };
  });
  shards.complete();
  const listing = parts[0]!.header.listing;
  for (const part of parts) sameContent(part.header.listing, listing, part.file, parts[0]!.file);
  const notArticles = parts.every((part) => part.header.notArticles) ? parts.flatMap((part) => part.header.notArticles!).sort(compareNames) : undefined;
  // Every part's locales, where all say theirs (a part of an earlier build does not).
  const locales = parts.every((part) => part.header.locales) ? [...new Set(parts.flatMap((part) => part.header.locales!))].sort() : undefined;
  const header: GlossaryHeader = { docflow: GLOSSARY_FILE, ...(listing !== undefined && notArticles ? { listing, notArticles } : {}), ...(locales ? { locales } : {}) };
  return { header, locales: joinedLocales(parts) };
}

function* joinedLocales(parts: { file: string; locales: Generator<[string, LocaleLessons]>; next: IteratorResult<[string, LocaleLessons]> }[]): Generator<[string, LocaleLessons]> {
  for (;;) {
    const open = parts.filter((part) => !part.next.done);
    if (open.length === 0) return;
    const locale = open.map((part) => part.next.value![0]).sort()[0]!;
    const fold = new LessonsFold();
    for (const part of open) {
      const [partLocale, lessons] = part.next.value!;
      if (partLocale !== locale) continue;
      fold.addPart(lessons);
      part.next = part.locales.next();
    }
    yield [locale, fold.lessons()];
  }
}
