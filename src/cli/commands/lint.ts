/** `docflow lint`: the translators' quality checks, in the one problem format. */
import type { Command } from 'commander';
import { lint, lintPart, LINT_PART, packLintPart, partResult, type LintResult } from '../../quality/lint.js';
import type { Severity } from '../../quality/rule.js';
import { ALL_RULES } from '../../quality/rules.js';
import { localeThere, namedSlugs, optionalLocale } from '../checks.js';
import type { FolderOptions } from '../context.js';
import { readLintConfig, setLevel } from '../lint-config.js';
import { CliError, print, printJson, warn, type Io } from '../io.js';
import { withFolders, withGlossary, withShard, formatOption } from '../options.js';
import { openWithGlossary } from '../given-glossary.js';
import { inShard, parseShard } from '../shard.js';
import { allowedNames, matrixPart } from '../../catalog/matrix-part.js';
import { report, type Findings, type Format } from '../report.js';
import { writeFileAtomic } from '../../catalog/write-file.js';

interface LintCommandOptions extends FolderOptions {
  shard?: string;
  glossary?: string;
  format: string;
  locale?: string;
  rule?: string[];
  config?: string;
  listRules?: boolean;
  stats?: boolean;
  out?: string;
}

/** `--config` (JSON or YAML: `{ rules: { id: level }, allow: [names] }`), then `--rule id=level` on top. */
function settings(options: LintCommandOptions): { severities: Map<string, Severity | 'off'>; allow: string[] } {
  const { severities, allow } = readLintConfig(options.config);
  for (const spec of options.rule ?? []) {
    const [id, level = 'off'] = spec.split('=');
    setLevel(severities, id!, level, '--rule');
  }
  return { severities, allow };
}

export function registerLint(program: Command, io: Io, setExit: (code: number) => void): void {
  withGlossary(withShard(withFolders(program.command('lint'))))
    .description('quality checks of the translations: markup, numbers, placeholders, untranslated, consistency, UI-label glossary…')
    .argument('[slugs...]', 'only these articles')
    .option('--locale <lng>', 'only this locale')
    .addOption(formatOption(['text', 'json'], 'text (file:line:column severity message rule) or json'))
    .option('--rule <id=level>', 'a rule off, info, warning or error (repeatable)', (spec: string, all: string[] = []) => [...all, spec])
    .option('--config <file>', 'JSON or YAML: { "rules": { "whitespace": "off" }, "allow": ["Contoso"] }')
    .option('--list-rules', 'print the rules, their default severity and what they check')
    .option('--stats', 'end with the count of findings per rule')
    .option('--out <file>', 'with --shard: write the part for `docflow merge` there, and print the shard’s findings as a whole lint does')
    .addHelpText('after', '\nExamples:\n  docflow lint --locale zh-CN\n  docflow lint --rule whitespace=off --format json > findings.json\n  docflow lint --shard 1/4 --out lint-1.json --format json > findings-1.json')
    .action((slugs: string[], options: LintCommandOptions) => {
      if (options.listRules) {
        for (const rule of ALL_RULES) print(io, `${rule.id.padEnd(26)}${rule.severity.padEnd(9)}${rule.description}`);
        return;
      }
      const locale = optionalLocale(options.locale);
      const { severities, allow } = settings(options);
      const shard = parseShard(options.shard);
      if (options.out !== undefined && !shard) throw new CliError('--out writes a --shard job’s part for `docflow merge`: a whole lint prints its findings (> file)', 2);
      // Without --out the part is what is printed: JSON findings or counts would go into it.
      if (shard && options.out === undefined && (options.format === 'json' || options.stats)) {
        throw new CliError(`--shard prints the part for \`docflow merge\`: with ${options.format === 'json' ? '--format json' : '--stats'}, say where the part goes with --out <file>`, 2);
      }
      // The counts are the text report's last lines; the JSON is the findings' list, each with its
      // ruleId, which stays a list (a tool reading it breaks on anything else). They were dropped in silence.
      if (options.stats && options.format === 'json') throw new CliError('--stats ends the text report with the counts per rule: with --format json, count the findings’ ruleId (jq \'group_by(.ruleId)\')', 2);
      const workspace = openWithGlossary(options, io, shard);
      if (locale) localeThere(workspace, locale);
      const named = namedSlugs(workspace, slugs);
      const lintOptions = { ...(locale ? { locale } : {}), severities, allow };
      if (shard) {
        // One part of a CI matrix: findings and what the content rules compare, for `docflow merge`.
        const part = lintPart(workspace, { ...lintOptions, slugs: inShard(named ?? workspace.slugs(), shard) });
        // What it was run with, for merge to join only the parts of one matrix: the levels, and the names allowed (they decide `untranslated`).
        const written = { docflow: LINT_PART, ...matrixPart(shard, locale, named, workspace.content.listing), severities: [...severities], ...allowedNames(allow), part: packLintPart(part) };
        if (options.out === undefined) printJson(io, written);
        else {
          writeFileAtomic(options.out, `${JSON.stringify(written)}\n`);
          // Said as status and merge say a file they write, but on standard error: standard output holds the findings.
          warn(io, `lint part written to ${options.out}`);
        }
        // The shard's own findings, shown and counted as a whole lint shows them, and its exit;
        // on standard error when standard output holds the part.
        return shown(io, partResult(part, severities), options, setExit, options.out === undefined ? 'diagnostics' : 'output');
      }
      shown(io, lint(workspace, { ...(named ? { slugs: named } : {}), ...lintOptions }), options, setExit);
    });
}

/** Findings in the format asked (the command's output), their counts with --stats, and exit 1 on an error. */
function shown(io: Io, result: LintResult, options: LintCommandOptions, setExit: (code: number) => void, findings: Findings = 'output'): void {
  report(io, result.files, options.format as Format, findings);
  if (options.stats) {
    for (const [rule, count] of [...result.counts].sort((a, b) => b[1] - a[1])) print(io, `${String(count).padStart(7)}  ${rule}`);
  }
  if (result.files.some((f) => f.messages.some((m) => m.fatal === true))) setExit(1);
}
