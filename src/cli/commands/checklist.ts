/** `docflow checklist <flow>`: a markdown task list of the steps in one locale. */
import type { Command } from 'commander';
import { checklistMarkdown } from '../../checklist/markdown.js';
import { articleSlug } from '../../flow/find-workflow.js';
import { openSession, resolveWorkflows, type LocaleOptions } from '../context.js';
import { print, type Io } from '../io.js';
import { withLocale } from '../options.js';

export function registerChecklist(program: Command, io: Io): void {
  withLocale(program.command('checklist'))
    .description('print the steps of a procedure as a markdown task list')
    .argument('<flow>', 'an article slug (all its procedures) or slug#n (one procedure)')
    .addHelpText('after', '\nExample:\n  docflow checklist add-a-new-customer --locale fr-FR > checklist.md')
    .action((name: string, options: LocaleOptions) => {
      const session = openSession(io, options, () => [articleSlug(name)]);
      print(io, checklistMarkdown(resolveWorkflows(session, name), session.tr));
    });
}
