/** `docflow status`: how far each locale's translation is, for translators and their leads. */
import type { Command } from 'commander';
import { translationStatus } from '../../catalog/status.js';
import { writeFileAtomic } from '../../catalog/write-file.js';
import type { Workspace } from '../../catalog/workspace.js';
import { lint } from '../../quality/lint.js';
import { statusHtml, type PageFinding } from '../../status/status-html.js';
import { statusText } from '../../status/status-text.js';
import { namedSlugs, optionalLocale } from '../checks.js';
import type { FolderOptions } from '../context.js';
import { CliError, print, warn, type Io } from '../io.js';
import { withFolders, withGlossary, withShard, formatOption } from '../options.js';
import { openWithGlossary } from '../given-glossary.js';
import { inShard, parseShard } from '../shard.js';

interface StatusOptions extends FolderOptions {
  format: string;
  glossary?: string;
  locale?: string;
  out?: string;
  all?: boolean;
  failUnder?: string;
  checks?: boolean;
  shard?: string;
}

function failingChecks(workspace: Workspace, slugs: readonly string[], locale: string | undefined): PageFinding[] {
  const { files } = lint(workspace, { ...(slugs.length > 0 ? { slugs } : {}), ...(locale ? { locale } : {}) });
  const findings = files.flatMap((file) =>
    file.messages
      .filter((m) => m.fatal !== undefined)
      .map((m): PageFinding => ({ path: file.path, line: m.line ?? 1, column: m.column ?? 1, rule: m.ruleId ?? '', severity: m.fatal ? 'error' : 'warning', message: m.reason })),
  );
  return findings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

export function registerStatus(program: Command, io: Io, setExit: (code: number) => void): void {
  withGlossary(withShard(withFolders(program.command('status'))))
    .description('coverage per locale and article: translated, stale (English changed since), untranslated, human or machine')
    .argument('[slugs...]', 'only these articles')
    .option('--locale <lng>', 'only this locale')
    .addOption(formatOption(['text', 'json', 'html'], 'text (a table with bars), json, or html (one self-contained page)'))
    .option('--out <file>', 'write there instead of printing (html needs it unless piped)')
    .option('--all', 'list every article and sentence, not only the first 20 that need work')
    .option('--fail-under <percent>', 'exit 1 when a locale’s coverage is below this')
    .option('--checks', 'html: add the sentences that fail `docflow lint` (errors and warnings)')
    .addHelpText(
      'after',
      '\nExamples:\n  docflow status\n  docflow status --content ../docs.fr-fr --content ../docs.zh-cn --format html --out status.html',
    )
    .action((slugs: string[], options: StatusOptions) => {
      const threshold = options.failUnder === undefined ? undefined : Number(options.failUnder);
      if (threshold !== undefined && !(threshold >= 0 && threshold <= 100)) throw new CliError('--fail-under takes a percentage from 0 to 100', 2);
      const locale = optionalLocale(options.locale);
      const shard = parseShard(options.shard);
      const workspace = openWithGlossary(options, io, shard);
      const named = namedSlugs(workspace, slugs) ?? workspace.slugs();
      const report = { ...translationStatus(workspace, inShard(named, shard), locale), ...(shard ? { shard: `${shard.index}/${shard.count}` } : {}) };
      // A resource file that cannot be read is said, and fails the run (its sentences count as untranslated).
      for (const problem of report.problems) warn(io, problem);
      if (report.problems.length > 0) setExit(1);
      const text =
        options.format === 'json'
          ? `${JSON.stringify(report, null, 2)}\n`
          : options.format === 'html'
            ? statusHtml(report, 'Translation status', options.checks ? failingChecks(workspace, slugs, locale) : undefined)
            : statusText(report, { all: Boolean(options.all) });
      if (options.out) {
        writeFileAtomic(options.out, text);
        print(io, `status written to ${options.out}`);
      } else print(io, text);
      if (threshold !== undefined && report.totals.some((t) => t.coverage < threshold)) setExit(1);
    });
}
