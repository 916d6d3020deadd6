/**
 * A procedure as a markdown task list in one locale: one unchecked item per step, substeps,
 * notes, tables and images indented under it, so a printed or filed copy keeps what the reader
 * must do; with the English under each translated sentence when asked.
 */
import { minute } from '../text/minute.js';
import { opensLine } from '../text/opens-line.js';
import { sanitize } from '../text/sanitize.js';
import { safeMarkdown } from './safe-markdown.js';
import type { Translator } from '../catalog/i18n.js';
import type { Workflow } from '../model/workflow.js';
import { buildChecklist, wholeParts, type Checklist, type ChecklistBlock, type ChecklistOptions, type ChecklistParts } from './checklist-model.js';
import { trimmedEnd } from '../text/trimmed-end.js';
import { cellInRow } from '../text/table-cell.js';
import { CELL_BREAK } from '../text/cell-lines.js';
import { linkAddress, seeArticle, withLinkTitles } from './link-titles.js';
import { checklistRewrite, type LinkRewrite } from './inline-html.js';
import { picturesAsWords } from './markdown-pictures.js';
import { pictureWords } from '../text/image-text.js';

export function checklistMarkdown(workflows: readonly Workflow[], tr: Translator, options: ChecklistOptions = {}): string {
  return workflows.length === 0 ? '' : renderMarkdown(buildChecklist(workflows, tr, options), tr);
}

/** `rewrite` points links to other articles elsewhere (their checklist, in `--all`). */
/**
 * What a person typed (or an overlay's choice), as the text it is: on one line, every character markdown reads as syntax
 * escaped (a company called `<b>Contoso</b> & **Co**` is those characters, not HTML or bold).
 */
function literal(text: string): string {
  // Escape sequences go first: an escape would split one and leave its payload as text.
  return oneLine(sanitize(text)).replace(/[\\`*_{}[\]()#+\-.!<>|~&]/g, '\\$&');
}

export function renderMarkdown(checklist: Checklist, tr: Translator, rewrite?: LinkRewrite): string {
  return [...markdownPieces(wholeParts(checklist), tr, rewrite)].join('');
}

/** The markdown of a checklist a procedure at a time (see ChecklistParts). */
export function* markdownPieces(parts: ChecklistParts, tr: Translator, rewrite?: LinkRewrite): Generator<string> {
  yield* trimmedEnd(markdownChunks(parts, tr, rewrite));
  yield '\n';
}

/** Its lines, a procedure's at a time, joined by line breaks. */
function* markdownChunks({ head, procedures, links }: ChecklistParts, tr: Translator, rewrite?: LinkRewrite): Generator<string> {
  const see = seeArticle(tr);
  // A picture in the text is its words, as on the screen (a checklist shows no picture).
  const words = (markdown: string) => picturesAsWords(markdown, (name) => pictureWords(name, tr.t));
  const pointTo = checklistRewrite(rewrite);
  // A link `--all` has no page for keeps its words, followed by the article's title, else its address (as on an HTML page).
  const dropped = { is: (url: string) => pointTo(url) === null, address: linkAddress(tr) };
  // Every piece of document text passes safeMarkdown: no raw HTML, no link that runs code.
  const linked = (markdown: string) => withLinkTitles(safeMarkdown(words(markdown)), links, see, pointTo, dropped);
  // A title's links lead where the text's do (a DocFX tab's `[Windows](#tab/windows)` is its words), with no "see" after them; so do a step's "see also".
  const pointed = (markdown: string) => oneLine(withLinkTitles(safeMarkdown(words(markdown)), [], see, pointTo));
  const title = pointed;
  const lines: string[] = [`# ${title(head.title)}`, ''];
  // A line said in italics, a paragraph of its own (the applies line, "not translated yet").
  const said = (line: string) => `*${oneLine(safeMarkdown(line))}*`;
  if (head.appliesTo) lines.push(said(head.appliesTo), '');
  if (head.untranslated) lines.push(said(head.untranslated), '');
  if (head.run) lines.push(`> ${oneLine(safeMarkdown(head.run.said))}`, '');
  const render = (blocks: readonly ChecklistBlock[]) => separated(blocks, (block) => blockLines(block, tr, { linked, pointed }));
  if (head.introUntranslated) lines.push(said(head.introUntranslated), '');
  if (head.intro.length > 0) lines.push(...render(head.intro), '');
  yield lines.join('\n');
  for (const procedure of procedures) {
    const lines: string[] = [];
    // A procedure titled like its article (the usual single-procedure case) needs no heading of its own.
    if (procedure.title && procedure.title !== head.title) lines.push(`## ${title(procedure.title)}`, '');
    if (procedure.preambleUntranslated) lines.push(said(procedure.preambleUntranslated), '');
    if (procedure.preamble.length > 0) lines.push(...render(procedure.preamble), '');
    for (const step of procedure.steps) {
      // A step that opens with a code block, a note, a list or a table has its name on the task's
      // line and them under it: after `- [ ] ` a fence, `>` or `|` is text, not that block.
      const [first, ...rest] = opensLine(step.blocks[0]) ? render(step.blocks) : [step.name, '', ...render(step.blocks)];
      lines.push(`- [${step.done ? 'x' : ' '}] ${first ?? step.name}${step.done ? ` *(${minute(step.done)})*` : ''}`);
      // Under the task's line, over the rest: what the text shows in (the task's line is its words).
      if (step.untranslated) lines.push('', `  ${said(step.untranslated)}`, ...(rest[0] === '' ? [] : ['']));
      lines.push(...rest.map((line) => (line ? `  ${line}` : '')));
      for (const input of step.inputs) {
        const blank =
          input.value !== undefined
            ? literal(Array.isArray(input.value) ? input.value.join(', ') : input.value)
            : input.choices ? input.choices.map((c) => `☐ ${literal(c)}`).join('  ') : '______________________';
        // The locale's own punctuation between them (“Nom de la société : …”, “公司名称：…”).
        lines.push(`  - ${tr.t('label-value', { label: `${input.label}${input.required ? '' : ' (—)'}`, value: blank })}`);
      }
      for (const other of step.seeAlso ?? []) lines.push(`  - ↗ ${pointed(other.text)}`);
    }
    lines.push('');
    if (procedure.epilogue.length > 0) lines.push(...render(procedure.epilogue), '');
    yield `\n${lines.join('\n')}`;
  }
}

/**
 * `linked`: the locale's text, its links followed by the article they name; `pointed`: the
 * English under it, whose links lead where the text's do (both made safe: see safeMarkdown).
 */
function blockLines(block: ChecklistBlock, tr: Translator, say: { linked: (markdown: string) => string; pointed: (markdown: string) => string }): string[] {
  const { linked, pointed } = say;
  const nested = (blocks: readonly ChecklistBlock[]) => separated(blocks, (b) => blockLines(b, tr, say));
  switch (block.type) {
    case 'text':
      return [oneLine(linked(block.text)), ...(block.source ? [`*${tr.t('label-value', { label: tr.t('source.english'), value: pointed(block.source) })}*`] : [])];
    case 'note': {
      const quoted = (lines: readonly string[]) => lines.map((line) => (line ? `> ${line}` : '>'));
      const label = `**${block.label}**`;
      // A note that opens with a list, a table, code or another note has its label on a line of
      // its own, the block under it: after "Important: " a `*`, `|` or fence is text, not that block.
      // (A list may follow it directly, as it follows its lead-in anywhere: see separated.)
      if (!opensLine(block.blocks[0])) {
        const under = block.blocks[0]!.type === 'list' ? [] : [''];
        return [`> ${tr.t('label-value', { label, value: '' }).trimEnd()}`, ...quoted([...under, ...nested(block.blocks)])];
      }
      const [first = '', ...rest] = nested(block.blocks);
      return [`> ${tr.t('label-value', { label, value: first })}`, ...quoted(rest)];
    }
    case 'list':
      return block.items.flatMap((item, i) => {
        // `*`, not the task list's `-`: a list before or after the steps would otherwise be read
        // as more of the same list (a blank line between items does not end a list).
        const marker = block.ordered ? `${i + 1}.` : '*';
        const [first = '', ...rest] = nested(item);
        return [`${marker} ${first}`, ...rest.map((line) => (line ? `${' '.repeat(marker.length + 1)}${line}` : ''))];
      });
    case 'table': {
      // A cell's lines each made safe on their own, then parted by the `<br>` safeMarkdown would make a space.
      const rows = block.rows.map((row) => `| ${row.map((cell) => cell.split(CELL_BREAK).map((line) => cellInRow(oneLine(linked(line)))).join(CELL_BREAK)).join(' | ')} |`);
      const columns = Math.max(...block.rows.map((row) => row.length));
      const rule = `|${' --- |'.repeat(columns)}`;
      // A GFM table has a header line; an HTML table without a header row gets an empty one, not its first row.
      return block.header === false ? [`|${'  |'.repeat(columns)}`, rule, ...rows] : [rows[0]!, rule, ...rows.slice(1)];
    }
    case 'code':
      return ['```' + (block.lang ?? ''), ...block.code.split('\n'), '```'];
    case 'image':
      return [`*[${block.alt}]*`];
    case 'include':
      return [`*${literal(block.text)}*`];
  }
}

/**
 * Lines of blocks, with an empty line between blocks (a list may follow its lead-in directly):
 * without it markdown would run the two together.
 */
function separated(blocks: readonly ChecklistBlock[], lines: (block: ChecklistBlock) => string[]): string[] {
  return blocks.flatMap((block, i) => (i > 0 && block.type !== 'list' ? ['', ...lines(block)] : lines(block)));
}

/**
 * A hard line break's backslash (`ten minutes.\` at a line's end): joined to the next line it
 * is no break but a backslash a reader sees. An escaped backslash before it (`\\`) is text.
 */
const BACKSLASH_BREAK = /(?<!\\)((?:\\\\)*)\\\n/g;

/** Markdown of one message on one line (a task item cannot span paragraphs): a line break is a space, as on screen. */
function oneLine(markdown: string): string {
  return markdown.replace(BACKSLASH_BREAK, '$1\n').replace(/\s*\n\s*/g, ' ').trim();
}
