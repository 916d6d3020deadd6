/**
 * A whole procedure as plain text, for `docflow run` without a terminal: every step in order
 * with its notes, choices and the label that moves on. No prompts, nothing assumed.
 */
import type { Translator } from '../catalog/i18n.js';
import type { FlowEntry, KeyBlock, Workflow, WorkflowStep } from '../model/workflow.js';
import { destination } from '../text/destination.js';
import { plainMessage } from '../text/inline-runs.js';
import { appliesToLine, doneLine, flowTitle, untranslatedLine, untranslatedPartLine, withPivot, withTab } from '../text/flow-text.js';
import { sentenceKeys } from '../flow/sentence-keys.js';
import { imageText, pictureWords } from '../text/image-text.js';
import { inputLabel } from '../text/input-label.js';
import { cellMarkdown } from '../text/table-cell.js';
import { cellLines, cellText } from '../text/cell-lines.js';
import { stepLinks } from '../text/step-links.js';
import { linkMark, linkMarks, type LinkMarking } from '../text/link-marks.js';
import { stepDeclaredFlows } from '../flow/related-flows.js';
import { joinSentences } from '../text/join-sentences.js';
import { linkedSentences } from '../flow/linked-sentences.js';
import { noteName } from '../text/note-name.js';
import { opensLine } from '../text/opens-line.js';
import { flowText, type LinkedArticle } from '../text/flow-markup.js';
import { includeLine } from '../text/include-line.js';

/** `article`: the article a link leads to, whose title a link with no words shows (see wordless-links.ts). */
export function walkthroughText(workflow: Workflow, tr: Translator, article?: LinkedArticle): string {
  const around = article ? { article } : {};
  const out = [...headLines(workflow, tr, around)];
  for (const step of workflow.steps) out.push('', ...stepLines(workflow, step, tr, { blanks: true, ...around }));
  out.push(...endLines(workflow, tr, [], around));
  return `${out.join('\n')}\n`;
}

/**
 * `links`: the marks of the links a text lists under it (see stepLinks, link-marks.ts);
 * `spaced`: a blank line between blocks, as the screen sets them apart (text wrapped to a terminal,
 * where a paragraph's end is no longer a line's).
 */
function sayer(workflow: Workflow, tr: Translator, article?: LinkedArticle, links?: ReadonlyMap<string, string>, spaced = false) {
  const text = flowText(workflow, tr.text, article);
  // A picture in a sentence is marked as one, as on the screen ("[Image: …]").
  const picture = (words: string) => pictureWords(words, tr.t);
  const say = (keys: readonly string[]) => joinSentences(keys.map((key) => plainMessage(text(key), links, picture)));
  // A sentence that is a link's text is that link, numbered as the list under the step numbers it (see linked-sentences.ts).
  const sentences = (block: Extract<KeyBlock, { type: 'text' }>) => joinSentences(linkedSentences(block, text).map((markdown) => plainMessage(markdown, links, picture)));
  // A table cell's sentences read as one cell, outside its table (see table-cell.ts).
  const cell = (keys: readonly string[]) => plainMessage(cellMarkdown(joinSentences(keys.map(text))), links, picture);
  const lines = (blocks: readonly KeyBlock[], indent: string) =>
    blocks.flatMap((block, i) => [...(spaced && i > 0 ? [''] : []), ...blockText(block, workflow, tr, { sentences, cell }).map((l) => indent + l)]);
  return { say, lines };
}

/**
 * What the head and the end of a walkthrough read besides the flow: `article`, the article a link
 * with no words names; `linked`, the procedure a link opens, named after its address.
 */
export interface AroundOptions {
  article?: LinkedArticle;
  linked?: (url: string) => FlowEntry | undefined;
  /** A blank line between blocks, and before the links under them (see sayer). */
  spaced?: boolean;
}

/** Title, procedure title, "applies to", intro and preamble, then the intro's and preamble's links. */
export function headLines(workflow: Workflow, tr: Translator, options: AroundOptions = {}): string[] {
  const links = stepLinks([...workflow.intro, ...workflow.preamble], flowText(workflow, tr.text));
  const { say, lines } = sayer(workflow, tr, options.article, linkMarks(links, 'letters'), options.spaced);
  const out: string[] = [];
  out.push(say(workflow.titleKey ? [workflow.titleKey] : []) || workflow.slug);
  // Which zone pivot, as procedureTitle says it: a pivot without a heading of its own too.
  const procedure = workflow.id === workflow.slug ? '' : withPivot(withTab(say, workflow, tr), workflow, tr);
  if (procedure) out.push(procedure);
  const applies = appliesToLine(workflow, tr);
  if (applies) out.push(plainMessage(applies));
  const untranslated = untranslatedLine(workflow, tr);
  if (untranslated) out.push(untranslated);
  const foreign = untranslatedPartLine(workflow, sentenceKeys([...workflow.intro, ...workflow.preamble]), tr);
  const parts = [workflow.intro, workflow.preamble].filter((part) => part.length > 0);
  parts.forEach((part, i) => out.push('', ...(foreign && i === 0 ? [foreign] : []), ...lines(part, '')));
  out.push(...spacedLinks(linkLines(links, 'letters', '', tr, options.linked), options.spaced));
  return out;
}

/**
 * "Step k of N", the step's blocks, what it asks for (blanks to fill on paper), its choices and the
 * way on. `linked`: the procedure a link opens, named after its address as the screen names it;
 * `declared`: the procedure an overlay's link names, listed under the step as the screen lists
 * it, with `command`, the command that opens it.
 */
export function stepLines(
  workflow: Workflow,
  step: WorkflowStep,
  tr: Translator,
  options: AroundOptions & { blanks: boolean; declared?: (target: string) => FlowEntry | undefined; command?: (id: string) => string },
): string[] {
  // Its links numbered after their words and listed under it with their address (see linkLines).
  const links = stepLinks(step.blocks, flowText(workflow, tr.text));
  const { lines } = sayer(workflow, tr, options.article, linkMarks(links, 'numbers'), options.spaced);
  const foreign = untranslatedPartLine(workflow, sentenceKeys(step.blocks), tr);
  const out = [tr.t('progress', { current: step.number, total: workflow.steps.length }), ...(foreign ? [`  ${foreign}`] : []), ...lines(step.blocks, '  '), ...spacedLinks(linkLines(links, 'numbers', '  ', tr, options.linked), options.spaced)];
  // Declared procedures the step's own links do not already name.
  const named = new Set(links.flatMap((url) => options.linked?.(url)?.id ?? []));
  for (const { flow } of stepDeclaredFlows(workflow, step, (target) => options.declared?.(target))) {
    if (!named.has(flow.id)) out.push(`  ↗ ${tr.t('walkthrough.see-also', { title: plainMessage(flowTitle(flow, tr)) })}`, ...(options.command ? [`    ${options.command(flow.id)}`] : []));
  }
  if (options.blanks) {
    for (const input of step.inputs ?? []) {
      if (input.type !== 'secret') out.push(`  ✎ ${tr.t('label-value', { label: inputLabel(input, workflow.slug, tr), value: input.choices ? input.choices.join(' / ') : '______' })}`);
    }
  }
  step.choices.forEach((choice, i) => {
    const where = destination(workflow, step, choice.target, tr.t);
    const label = plainMessage(tr.label(workflow.slug, choice.labelKey)) || tr.t('choice.unnamed', { number: i + 1 });
    out.push(`  ${options.blanks ? '' : `${i + 1} `}${tr.t('walkthrough.choice', { label, where })}`);
  });
  const next = step.nextLabelKey ? plainMessage(tr.label(workflow.slug, step.nextLabelKey)) : '';
  if (next) out.push(`  → ${tr.t('walkthrough.next', { label: next })}`);
  return out;
}

/** The epilogue with its links, and "Done" (`notDone`: the steps the reader did not go through, by number). */
export function endLines(workflow: Workflow, tr: Translator, notDone: readonly number[] = [], options: AroundOptions = {}): string[] {
  const links = stepLinks(workflow.epilogue, flowText(workflow, tr.text));
  const { lines } = sayer(workflow, tr, options.article, linkMarks(links, 'letters'), options.spaced);
  const out: string[] = [];
  if (workflow.epilogue.length > 0) out.push('', ...lines(workflow.epilogue, ''), ...spacedLinks(linkLines(links, 'letters', '', tr, options.linked), options.spaced));
  out.push('', doneLine(workflow.steps.length, tr, notDone));
  return out;
}

/** One block as indented plain lines. */
function blockText(block: KeyBlock, workflow: Workflow, tr: Translator, says: { sentences: (block: Extract<KeyBlock, { type: 'text' }>) => string; cell: (keys: readonly string[]) => string }): string[] {
  const { sentences, cell } = says;
  const nested = (blocks: readonly KeyBlock[]) => blocks.flatMap((b) => blockText(b, workflow, tr, says));
  switch (block.type) {
    case 'text':
      return [sentences(block)];
    case 'note': {
      // A note that opens with a list (a table, code) has its label on a line of its own (see opensLine).
      const lines = nested(block.blocks);
      const [first = '', ...rest] = opensLine(block.blocks[0]) ? lines : ['', ...lines];
      return [tr.t('label-value', { label: noteName(block, workflow.slug, tr), value: first.trimStart() }).trimEnd(), ...rest.map((l) => `  ${l}`)];
    }
    case 'list':
      return block.items.flatMap((item, i) => {
        const [first = '', ...rest] = nested(item);
        const marker = block.ordered ? `${String.fromCharCode(97 + (i % 26))}.` : '•';
        return [`  ${marker} ${first}`, ...rest.map((l) => `     ${l}`)];
      });
    case 'table':
      // A row is a line: a cell's lines follow one another in it, its items each led by a bullet.
      return block.rows.map((row, r) => `  | ${row.map((_, c) => cellText(cellLines(block, r, c), cell, ' ')).join(' | ')} |`);
    case 'code':
      return tr.literal(workflow.slug, block.key).split('\n').map((line) => `    ${line}`);
    case 'image':
      return [imageText(block, workflow.slug, tr)];
    case 'include':
      return [`    ${includeLine(block, tr)}`];
  }
}

/**
 * The links by number with their address, under the text that numbers them (a step, the intro,
 * the epilogue): a reader without the screen (a screen reader, a log) has no other way to them.
 */
function linkLines(links: readonly string[], marking: LinkMarking, indent: string, tr: Translator, linked?: (url: string) => FlowEntry | undefined): string[] {
  return links.map((url, i) => `${indent}[${linkMark(i, marking)}] ${url}${seeFlow(linked?.(url), tr)}`);
}

/** The links' lines set apart from the text over them when blocks are (see sayer). */
function spacedLinks(lines: readonly string[], spaced = false): string[] {
  return spaced && lines.length > 0 ? ['', ...lines] : [...lines];
}

/** " (see “Create a subscription”)" after a link to a procedure. */
function seeFlow(flow: FlowEntry | undefined, tr: Translator): string {
  return flow ? tr.t('link.see-article', { title: plainMessage(flowTitle(flow, tr)) }) : '';
}
