/**
 * A procedure as a markdown task list in one locale: one unchecked item per step, substeps,
 * notes, tables and images indented under it, so a printed or filed copy keeps what the reader
 * must do.
 */
import type { Translator } from '../catalog/i18n.js';
import type { KeyBlock, Workflow } from '../model/workflow.js';
import { appliesToLine } from '../text/flow-text.js';
import { imageText } from '../text/image-text.js';

export function checklistMarkdown(workflows: readonly Workflow[], tr: Translator): string {
  const lines: string[] = [];
  const first = workflows[0];
  if (!first) return '';
  const say = (key: string | undefined) => (key ? oneLine(tr.text(first.slug, key)) : '');
  const render = (blocks: readonly KeyBlock[]) => separated(blocks, (block) => blockLines(block, first, tr, say));
  lines.push(`# ${say(first.titleKey) || first.slug}`, '');
  const applies = appliesToLine(first, tr);
  if (applies) lines.push(`*${oneLine(applies)}*`, '');
  if (first.intro.length > 0) lines.push(...render(first.intro), '');
  for (const workflow of workflows) {
    // A procedure titled like its article (the usual single-procedure case) needs no heading of its own.
    const heading = say(workflow.procedureTitleKey).replace(/^\*\*(.*)\*\*$/, '$1');
    if (heading && heading !== say(first.titleKey)) lines.push(`## ${heading}`, '');
    if (workflow.preamble.length > 0) lines.push(...render(workflow.preamble), '');
    for (const step of workflow.steps) {
      const [head, ...rest] = render(step.blocks);
      lines.push(`- [ ] ${head ?? tr.t('step', { number: step.number })}`);
      lines.push(...rest.map((line) => (line ? `  ${line}` : '')));
    }
    lines.push('');
    if (workflow.epilogue.length > 0) lines.push(...render(workflow.epilogue), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function blockLines(block: KeyBlock, workflow: Workflow, tr: Translator, say: (key: string) => string): string[] {
  const nested = (blocks: readonly KeyBlock[]) => separated(blocks, (b) => blockLines(b, workflow, tr, say));
  const sentences = (keys: readonly string[]) => keys.map(say).filter(Boolean).join(' ');
  switch (block.type) {
    case 'text':
      return [sentences(block.keys)];
    case 'note': {
      const [first = '', ...rest] = nested(block.blocks);
      const label = `**${tr.t(`note.${block.kind}`)}**`;
      return [`> ${tr.t('label-value', { label, value: first })}`, ...rest.map((line) => (line ? `> ${line}` : '>'))];
    }
    case 'list':
      return block.items.flatMap((item, i) => {
        const marker = block.ordered ? `${i + 1}.` : '-';
        const [first = '', ...rest] = nested(item);
        return [`${marker} ${first}`, ...rest.map((line) => (line ? `${' '.repeat(marker.length + 1)}${line}` : ''))];
      });
    case 'table': {
      const rows = block.rows.map((row) => `| ${row.map(sentences).join(' | ')} |`);
      const columns = Math.max(...block.rows.map((row) => row.length));
      return [rows[0]!, `|${' --- |'.repeat(columns)}`, ...rows.slice(1)];
    }
    case 'code':
      return ['```' + (block.lang ?? ''), ...tr.text(workflow.slug, block.key).split('\n'), '```'];
    case 'image':
      return [`*${imageText(block, workflow.slug, tr)}*`];
  }
}

/**
 * Lines of blocks, with an empty line before a paragraph or table that follows another block:
 * without it markdown would run the two together.
 */
function separated(blocks: readonly KeyBlock[], lines: (block: KeyBlock) => string[]): string[] {
  return blocks.flatMap((block, i) => (i > 0 && (block.type === 'text' || block.type === 'table') ? ['', ...lines(block)] : lines(block)));
}

/** Markdown of one message on one line (a task item cannot span paragraphs). */
function oneLine(markdown: string): string {
  return markdown.replace(/\s*\n\s*/g, ' ').trim();
}
