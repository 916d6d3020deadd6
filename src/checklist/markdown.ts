/**
 * A procedure as a markdown task list in one locale: one unchecked item per step, substeps
 * and notes indented under it, so a printed or filed copy keeps what the reader must do.
 */
import type { Translator } from '../catalog/i18n.js';
import type { KeyBlock, Workflow } from '../model/workflow.js';
import { appliesToLine } from '../text/flow-text.js';

export function checklistMarkdown(workflows: readonly Workflow[], tr: Translator): string {
  const lines: string[] = [];
  const first = workflows[0];
  if (!first) return '';
  const say = (key: string | undefined) => (key ? oneLine(tr.text(first.slug, key)) : '');
  const code = (key: string) => tr.text(first.slug, key);
  lines.push(`# ${say(first.titleKey) || first.slug}`, '');
  const applies = appliesToLine(first, tr);
  if (applies) lines.push(`*${oneLine(applies)}*`, '');
  for (const workflow of workflows) {
    // A procedure titled like its article (the usual single-procedure case) needs no heading of its own.
    const heading = say(workflow.procedureTitleKey).replace(/^\*\*(.*)\*\*$/, '$1');
    if (heading && heading !== say(first.titleKey)) lines.push(`## ${heading}`, '');
    for (const step of workflow.steps) {
      const [head, ...rest] = step.blocks;
      lines.push(`- [ ] ${head ? blockLines(head, say, code).join(' ') : tr.t('step', { number: step.number })}`);
      for (const block of rest) lines.push(...blockLines(block, say, code).map((line) => `  ${line}`));
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function blockLines(block: KeyBlock, say: (key: string) => string, code: (key: string) => string): string[] {
  const sentences = (keys: string[]) => keys.map((key) => say(key)).join(' ');
  switch (block.type) {
    case 'text':
      return [sentences(block.keys)];
    case 'note':
      return [`> ${sentences(block.keys)}`];
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${sentences(item)}`);
    case 'table':
      return block.rows.map((row) => `| ${row.map((cell) => say(cell)).join(' | ')} |`);
    case 'code':
      return ['```' + (block.lang ?? ''), ...code(block.key).split('\n'), '```'];
  }
}

/** Markdown of one message on one line (a task item cannot span paragraphs). */
function oneLine(markdown: string): string {
  return markdown.replace(/\s*\n\s*/g, ' ').trim();
}
