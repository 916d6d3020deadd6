/** `docflow checklist`: the steps of procedures as markdown, a printable HTML page, or JSON. */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { englishSource } from '../../catalog/i18n.js';
import { checklistParts, type RunRecordInput } from '../../checklist/checklist-model.js';
import { checklistPieces, CHECKLIST_FORMATS, type ChecklistFormat } from '../../checklist/checklist-pieces.js';
import { writeChecklistSite } from '../../checklist/site.js';
import { articleLinkResolver, flowResolver, linkedNamespaces } from '../../checklist/article-links.js';
import { seeArticle } from '../../checklist/link-titles.js';
import { articleSlug } from '../../flow/find-workflow.js';
import { isStepDone } from '../../flow/run-store.js';
import { openSession, resolveWorkflows, type LocaleOptions } from '../context.js';
import { CliError, print, warn, type Io } from '../io.js';
import { outputPieces } from '../output-pieces.js';
import { problemText } from '../../text/problem-line.js';
import { withLocale, formatOption } from '../options.js';
import { counted } from '../../text/counted.js';
import { readFailure } from '../../runtime/read-failure.js';

interface ChecklistOptions extends LocaleOptions {
  format: string;
  withSource?: boolean;
  out?: string;
  all?: boolean;
  fromRun?: string;
}

/** A run's record, checked enough to fill a checklist from; anything else is a clear error. */
function readRecord(file: string): RunRecordInput {
  let data: Partial<RunRecordInput> & { docflow?: number };
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8')) as typeof data;
  } catch (error) {
    throw new CliError(`${file}: ${readFailure(error) ?? `not a run record (${(error as Error).message.split('\n')[0]})`}`, 2);
  }
  if (data?.docflow !== 1 || typeof data.flow !== 'string' || !Array.isArray(data.steps) || !data.steps.every(isStepDone)) throw new CliError(`${file}: not a docflow run record`, 2);
  const wrong = wrongField(data);
  if (wrong) throw new CliError(`${file}: not a docflow run record (its “${wrong}” is not what a run writes)`, 2);
  return { locales: [], startedAt: '', updatedAt: '', ...data } as RunRecordInput;
}

/**
 * The field of a record (edited by hand, or another tool's) that the checklist cannot print: a
 * number for a time, `locales` one string, an input's value an object were a TypeError and a stack.
 */
function wrongField(data: Partial<RunRecordInput>): string | undefined {
  const text = (value: unknown) => value === undefined || typeof value === 'string';
  const texts = (value: unknown) => Array.isArray(value) && value.every((v) => typeof v === 'string');
  const fields: [string, boolean][] = [
    ['startedAt', text(data.startedAt)],
    ['updatedAt', text(data.updatedAt)],
    ['outcome', text(data.outcome)],
    ['locales', data.locales === undefined || texts(data.locales)],
    ['inputs', data.inputs === undefined || (typeof data.inputs === 'object' && data.inputs !== null && !Array.isArray(data.inputs) && Object.values(data.inputs).every((v) => typeof v === 'string' || texts(v)))],
  ];
  return fields.find(([, ok]) => !ok)?.[0];
}

export function registerChecklist(program: Command, io: Io): void {
  withLocale(program.command('checklist'))
    .description('the steps of a procedure as a markdown task list, a printable HTML page, or JSON')
    .argument('[flow]', 'an article slug (all its procedures) or slug#n (one procedure); none with --all')
    .addOption(formatOption(CHECKLIST_FORMATS, 'md, html (self-contained, printable) or json (version 1)'))
    .option('--with-source', 'the English under each translated sentence')
    .option('--out <file|dir>', 'write there (a folder with --all) instead of printing')
    .option('--all', 'every procedure of every article in every locale into --out, with an index page')
    .option('--from-run <record>', 'fill it from a run’s record (docflow runs): steps done and when, the values entered')
    .addHelpText(
      'after',
      '\nExamples:\n  docflow checklist add-a-new-customer --locale fr-FR > checklist.md\n  docflow checklist add-a-new-customer --locale he-IL --format html --out checklist.html\n  docflow checklist --all --format html --out checklists/',
    )
    .action(async (name: string | undefined, options: ChecklistOptions) => {
      const format = options.format as ChecklistFormat;
      if (options.all) {
        if (name !== undefined || options.fromRun) throw new CliError(`--all writes every procedure: give it no ${name !== undefined ? `flow (“${name}”)` : '--from-run'}`, 2);
        if (!options.out) throw new CliError('--all writes a folder: give --out <dir>', 2);
        const written = await writeChecklistSite(openSession(io, options), options.out, format, Boolean(options.withSource));
        for (const page of written.stale.edited) {
          warn(io, problemText({ file: path.join(options.out, page) }, 'warning', 'the last run made this page and this one does not (its article or locale is gone), but it was edited since: left in place', 'docflow:stale-page'));
        }
        const removed = written.stale.removed.length;
        print(io, `${counted(written.files, 'checklist')} of ${counted(written.procedures, 'procedure')} in ${counted(written.locales, 'locale')} written to ${options.out}${removed > 0 ? `; ${counted(removed, 'page')} of the last run no longer made removed` : ''}`);
        return;
      }
      const record = options.fromRun ? readRecord(options.fromRun) : undefined;
      const flowName = name ?? record?.flow;
      if (!flowName) throw new CliError('name a flow, or give --all or --from-run', 2);
      const session = openSession(io, options, (workspace) => (workspace.has(articleSlug(flowName)) ? linkedNamespaces(workspace, articleSlug(flowName)) : []));
      const english = options.withSource ? englishSource(session.i18n) : undefined;
      const workflows = resolveWorkflows(session, flowName);
      const reference = englishSource(session.i18n);
      const { workspace } = session;
      const resolveFlow = flowResolver((slug) => (workspace.has(slug) ? workspace.article(slug).workflows : undefined), session.tr);
      const checklist = checklistParts(workflows, session.tr, { english, reference, record, resolveLink: articleLinkResolver(workspace, session.tr), ...(english ? { resolveEnglishLink: articleLinkResolver(workspace, english) } : {}), resolveFlow });
      outputPieces(io, options.out && path.resolve(options.out), checklistPieces(checklist, format, session.tr, { see: seeArticle(session.tr) }), () => `checklist written to ${options.out}`, format === 'json');
    });
}
