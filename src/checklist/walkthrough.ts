/**
 * A whole procedure as plain text, for `docflow run` without a terminal: every step in order
 * with its notes, choices and the label that moves on. No prompts, nothing assumed.
 */
import type { Translator } from '../catalog/i18n.js';
import type { KeyBlock, Workflow } from '../model/workflow.js';
import { destination } from '../text/destination.js';
import { plainMessage } from '../text/inline-runs.js';
import { appliesToLine } from '../text/flow-text.js';

export function walkthroughText(workflow: Workflow, tr: Translator): string {
  const words = (keys: readonly string[]) => keys.map((key) => tr.text(workflow.slug, key));
  const say = (keys: readonly string[]) => words(keys).map(plainMessage).join(' ');
  const out: string[] = [];
  out.push(say(workflow.titleKey ? [workflow.titleKey] : []) || workflow.slug);
  if (workflow.id !== workflow.slug && workflow.procedureTitleKey) out.push(say([workflow.procedureTitleKey]));
  const applies = appliesToLine(workflow, tr);
  if (applies) out.push(plainMessage(applies));
  if (workflow.introKeys.length > 0) out.push('', say(workflow.introKeys));
  for (const note of workflow.notes) out.push('', tr.t('label-value', { label: tr.t(`note.${note.kind}`), value: say(note.keys) }));
  for (const step of workflow.steps) {
    out.push('', tr.t('progress', { current: step.number, total: workflow.steps.length }));
    for (const block of step.blocks) out.push(...blockText(block, say, words, tr).map((line) => `  ${line}`));
    for (const choice of step.choices) {
      const where = destination(workflow, step, choice.target, tr.t);
      out.push(`  ${tr.t('walkthrough.choice', { label: say([choice.labelKey]), where })}`);
    }
    if (step.nextLabelKey) out.push(`  → ${tr.t('walkthrough.next', { label: say([step.nextLabelKey]) })}`);
  }
  out.push('', tr.t('done.message', { count: workflow.steps.length }));
  return `${out.join('\n')}\n`;
}

function blockText(
  block: KeyBlock,
  say: (keys: readonly string[]) => string,
  words: (keys: readonly string[]) => string[],
  tr: Translator,
): string[] {
  switch (block.type) {
    case 'text':
      return [say(block.keys)];
    case 'note':
      return [tr.t('label-value', { label: tr.t(`note.${block.kind}`), value: say(block.keys) })];
    case 'list':
      return block.items.map((item, i) => `  ${block.ordered ? `${String.fromCharCode(97 + (i % 26))}.` : '•'} ${say(item)}`);
    case 'table':
      return block.rows.map((row) => `  | ${row.map((cell) => say([cell])).join(' | ')} |`);
    case 'code':
      return words([block.key])[0]!.split('\n').map((line) => `    ${line}`);
  }
}
