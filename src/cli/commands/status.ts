/** `docflow status`: how far each locale's translation is, for translators and their leads. */
import type { Command } from 'commander';
import { articleStatuses, pseudoLocales, translationStatus, type StatusRow } from '../../catalog/status.js';
import { belowThreshold, parseFailUnder } from '../fail-under.js';
import type { Workspace } from '../../catalog/workspace.js';
import { lint } from '../../quality/lint.js';
import { statusHtml, type PageFinding } from '../../status/status-html.js';
import { statusJsonPieces } from '../../status/status-json.js';
import { StatusSummary } from '../../status/status-summary.js';
import { statusText } from '../../status/status-text.js';
import { outputPieces } from '../output-pieces.js';
import { namedSlugs, optionalLocale } from '../checks.js';
import { begun, notBegunNote } from '../not-begun.js';
import type { FolderOptions } from '../context.js';
import { warn, type Io } from '../io.js';
import { SOURCE_LOCALE } from '../../catalog/resources.js';
import { withFolders, withGlossary, withShard, formatOption } from '../options.js';
import { openWithGlossary } from '../given-glossary.js';
import { inShard, parseShard } from '../shard.js';
import { allowedNames, matrixPart } from '../../catalog/matrix-part.js';
import { isPrivateUse } from '../../catalog/pseudo.js';
import { readLintConfig } from '../lint-config.js';

interface StatusOptions extends FolderOptions {
  format: string;
  glossary?: string;
  locale?: string;
  out?: string;
  all?: boolean;
  failUnder?: string;
  checks?: boolean;
  shard?: string;
  config?: string;
}

function failingChecks(workspace: Workspace, slugs: readonly string[], locale: string | undefined, config: ReturnType<typeof readLintConfig>): PageFinding[] {
  const { files } = lint(workspace, { ...(slugs.length > 0 ? { slugs } : {}), ...(locale ? { locale } : {}), severities: config.severities, allow: config.allow });
  const findings = files.flatMap((file) =>
    file.messages
      .filter((m) => m.fatal !== undefined)
      .map((m): PageFinding => ({ path: file.path, line: m.line ?? 1, column: m.column ?? 1, rule: m.ruleId ?? '', severity: m.fatal ? 'error' : 'warning', message: m.reason })),
  );
  return findings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

/**
 * A locale asked for with nothing translated into it: its rows count every sentence untranslated
 * (a new language's starting point), and the note says so with the languages the content is in
 * (a mistyped locale reads as a language not begun). The English is the reference, no rows.
 */
function sayNothingTranslated(io: Io, workspace: Workspace, locale: string, totals: readonly StatusRow[]): void {
  if (locale === SOURCE_LOCALE) return warn(io, `docflow: ${SOURCE_LOCALE} is the reference English, not a translation: no rows`);
  const total = totals.find((row) => row.locale === locale);
  if (total && total.translated + total.stale === 0 && !begun(workspace, locale)) warn(io, notBegunNote(workspace, locale, 'every sentence counts as untranslated'));
}

export function registerStatus(program: Command, io: Io, setExit: (code: number) => void): void {
  withGlossary(withShard(withFolders(program.command('status'))))
    .description('coverage per locale and article: translated, stale (English changed since), untranslated, human or machine')
    .argument('[slugs...]', 'only these articles')
    .option('--locale <lng>', 'only this locale, in every article (one not begun yet: all untranslated)')
    .addOption(formatOption(['text', 'json', 'html'], 'text (a table with bars), json, or html (one self-contained page)'))
    .option('--out <file>', 'write there instead of printing (html needs it unless piped)')
    .option('--all', 'list every article and sentence, not only the first 20 that need work')
    .option('--fail-under <percent>', 'exit 1 when a locale’s coverage is below this')
    .option('--checks', 'html: add the sentences that fail `docflow lint` (errors and warnings)')
    .option('--config <file>', 'the team’s lint configuration: its allow: names kept in English are not untranslated (and --checks takes its levels)')
    .addHelpText(
      'after',
      '\nExamples:\n  docflow status\n  docflow status --config lint.yaml\n  docflow status --content ../docs.fr-fr --content ../docs.zh-cn --format html --out status.html',
    )
    .action((slugs: string[], options: StatusOptions) => {
      const threshold = parseFailUnder(options.failUnder);
      const locale = optionalLocale(options.locale);
      const shard = parseShard(options.shard);
      // The names lint's `untranslated` allows, so status counts what lint accepts (read before any work: a bad file is wrong usage).
      const config = readLintConfig(options.config);
      const workspace = openWithGlossary(options, io, shard);
      const given = namedSlugs(workspace, slugs);
      const named = inShard(given ?? workspace.slugs(), shard);
      // The names allowed too: merge joins only parts that counted the same sentences as still in English.
      const matrix = shard && { ...matrixPart(shard, locale, given, workspace.content.listing), ...allowedNames(config.allow) };
      const said = () => `status written to ${options.out}`;
      // Text and JSON are made as the articles come, holding the totals and what is listed; the
      // HTML page lists every row twice, sorted two ways, so it is made of the report whole.
      let problems: readonly string[];
      let totals: readonly StatusRow[];
      if (options.format === 'html') {
        const report = { ...translationStatus(workspace, named, locale, config.allow), ...matrix };
        outputPieces(io, options.out, [statusHtml(report, 'Translation status', options.checks ? failingChecks(workspace, slugs, locale, config) : undefined)], said);
        ({ problems, totals } = report);
      } else if (options.format === 'json') {
        const summary = new StatusSummary({ limit: 0 });
        outputPieces(io, options.out, statusJsonPieces(articleStatuses(workspace, named, locale, config.allow), summary, matrix), said, true);
        ({ problems } = summary);
        totals = summary.totals();
      } else {
        const summary = new StatusSummary({ all: Boolean(options.all) });
        for (const part of articleStatuses(workspace, named, locale, config.allow)) summary.add(part);
        // A terminal's width: a file or a pipe keeps a row a line, for grep and diff.
        const columns = options.out === undefined && io.stdout.isTTY ? io.stdout.columns : undefined;
        outputPieces(io, options.out, [statusText(summary, columns)], said);
        ({ problems } = summary);
        totals = summary.totals();
      }
      // A file that could not be read is said as such below, not as a language not begun.
      if (locale && problems.length === 0) sayNothingTranslated(io, workspace, locale, totals);
      if (locale && isPrivateUse(locale)) warn(io, `docflow: ${locale} is a pseudo-locale (docflow pseudo): a sentence is done when it is the pseudo-text of the English now, stale when the English changed since (run docflow pseudo again); none is human, machine or edited`);
      if (!locale) for (const pseudo of pseudoLocales(workspace)) warn(io, `docflow: ${pseudo} is a pseudo-locale (docflow pseudo), not a translation: left out (--locale ${pseudo} counts it)`);
      // A resource file that cannot be read is said, and fails the run (its sentences count as untranslated).
      for (const problem of problems) warn(io, problem);
      if (problems.length > 0) setExit(1);
      if (belowThreshold(io, totals, threshold)) setExit(1);
    });
}
