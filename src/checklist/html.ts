/**
 * A checklist as one self-contained printable page: no script, no network resource; `lang` and
 * `dir` of the locale (right to left for Hebrew and Arabic); real checkboxes; UI labels drawn as
 * the product's buttons; print CSS that keeps a step on one page where it fits, on A4 or Letter.
 */
import { minute } from '../text/minute.js';
import { escapeHtml as e } from '../text/escape-html.js';
import { cellMarkdown } from '../text/table-cell.js';
import { direction, wholeParts, type Checklist, type ChecklistBlock, type ChecklistParts } from './checklist-model.js';
import { checklistRewrite, inlineHtml, pagelessRewrite, type Labels, type LinkRewrite } from './inline-html.js';
import { withLinkTitles } from './link-titles.js';
import { unboldedLabels } from './quoted-labels.js';
import { plainMessage } from '../text/inline-runs.js';

const STYLE = `
@page { margin: 16mm 14mm; }
* { box-sizing: border-box; }
/* A long path, address or word breaks where it must: on paper nothing scrolls, and a page that overflows is shrunk or cut. */
body, pre, code, td, th, a { overflow-wrap: anywhere; }
/* On a screen a table's words stay whole ("Administra|teur" at 400 px) and a table too wide for them scrolls; on paper they break as above. */
@media screen { td, th { overflow-wrap: break-word; } table { display: block; width: max-content; overflow-x: auto; } }
body { font: 11pt/1.5 system-ui, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "Noto Sans Hebrew", sans-serif; color: #1f2328; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; } h2 { font-size: 1.2rem; margin: 1.6rem 0 .4rem; break-after: avoid; }
.applies { color: #57606a; margin: 0 0 1rem; }
.untranslated-part { color: #57606a; font-style: italic; margin: .25rem 0; }
ol.steps { list-style: none; padding: 0; margin: 0; }
li.step { display: grid; grid-template-columns: 1.6rem minmax(0, 1fr); gap: .2rem .6rem; padding: .6rem 0; border-bottom: 1px solid #d8dee4; break-inside: avoid; page-break-inside: avoid; }
li.step input { width: 1.05rem; height: 1.05rem; margin: .2rem 0 0; }
.step-name { font-size: .8rem; color: #57606a; text-transform: uppercase; letter-spacing: .03em; }
.step-body > * { margin: .25rem 0; }
/* A label is one button: whole on its line ("下一步：订阅" was split into two boxes), wrapping inside only when longer than a line. */
strong.ui { display: inline-block; max-width: 100%; font-weight: 600; border: 1px solid #8c959f; border-radius: .35rem; padding: 0 .35rem; background: #f6f8fa; }
/* The punctuation written against a label stays with its box (a comma after a box that filled a line started the next line); the box leaves it room, an em a mark. */
.ui-run { white-space: nowrap; } .ui-run > strong.ui { white-space: normal; max-width: calc(100% - var(--marks, 1) * 1em); }
.note { border-inline-start: 4px solid #0969da; background: #f6f8fa; padding: .35rem .8rem; border-radius: .2rem; }
.note.important, .note.warning, .note.caution { border-inline-start-color: #bf8700; background: #fff8c5; }
.note-kind { font-weight: 600; }
.source { color: #57606a; font-size: .9em; font-style: italic; }
code, pre { font: .9em ui-monospace, "Cascadia Mono", monospace; background: #f6f8fa; }
/* Code reads left to right, set apart from a right-to-left sentence: its marks took the page's direction ("https://" was drawn "//:https"). */
code { direction: ltr; unicode-bidi: isolate; }
pre { padding: .5rem; overflow-x: auto; white-space: pre-wrap; }
table { border-collapse: collapse; max-width: 100%; } td, th { border: 1px solid #d0d7de; padding: .2rem .4rem; vertical-align: top; text-align: start; } th { background: #f6f8fa; font-weight: 600; }
.image { color: #57606a; font-size: .9em; }
.blank { display: flex; gap: .5rem; align-items: baseline; } .blank .line { flex: 1; border-bottom: 1px solid #8c959f; min-height: 1.2em; }
.blank label, .blank > span:first-child { white-space: nowrap; }
.blank.choices { flex-wrap: wrap; gap: .2rem .9rem; }
/* A web address after its link's words, on paper only, where the link cannot be followed. */
.print-only { display: none; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } .step-name { color: #444; } .print-only { display: inline; } }
`;

export interface HtmlOptions {
  /** Where links to other articles should point (their checklist page), if anywhere else. */
  rewrite?: LinkRewrite;
  /** How the locale says "see <title>" after a link to another article (`link.see-article`). */
  see?: (title: string) => string;
  /** How the locale marks a picture's words in a sentence ("[Image: …]", see image-text.ts). */
  picture?: (words: string) => string;
  /** How the locale gives a link's address after its words (`link.address`, see linkAddress). */
  address?: (url: string) => string;
}

/** Inline markdown as HTML; `labels`: its bold drawn as the product's buttons, and, given as a step's labels, those it quotes (see inlineHtml). */
type Render = (markdown: string, labels: Labels) => string;

/**
 * `inline` renders the locale's text, `plain` the English under it (no "see" titles there).
 * `labels`: the blocks are a step's, whose bold is the UI labels it offers (see ChecklistStep.labels);
 * elsewhere bold is emphasis ("**Appropriate roles**: Global admin" is no button), as in a table's header.
 */
function blocksHtml(blocks: readonly ChecklistBlock[], inline: Render, plain: Render, labels: Labels): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'text':
          return `<p${langOf(block.lang)}>${inline(block.text, labels)}</p>${block.source ? `<p class="source" lang="en" dir="ltr">${plain(block.source, labels !== false)}</p>` : ''}`;
        case 'note':
          // A note of kind "note" is class "note" once (html-validate's no-dup-class flagged "note note" on 636 notes of the corpus pages).
          return `<div class="${block.kind === 'note' ? 'note' : `note ${e(block.kind)}`}" role="note"><span class="note-kind">${e(block.label)}</span> ${blocksHtml(block.blocks, inline, plain, labels)}</div>`;
        case 'list': {
          const tag = block.ordered ? 'ol' : 'ul';
          return `<${tag}>${block.items.map((item) => `<li>${blocksHtml(item, inline, plain, labels)}</li>`).join('')}</${tag}>`;
        }
        case 'table': {
          // A markdown table's first row is its header; an HTML table's without one (`header: false`) is a row as the others.
          const headed = block.header !== false;
          const rows = headed ? block.rows.slice(1) : block.rows;
          const row = (cells: readonly string[], tag: 'th' | 'td') => `<tr>${cells.map((cell) => `<${tag}>${inline(cellMarkdown(cell), tag === 'td' && labels)}</${tag}>`).join('')}</tr>`;
          return `<table>${headed ? `<thead>${row(block.rows[0] ?? [], 'th')}</thead>` : ''}<tbody>${rows.map((cells) => row(cells, 'td')).join('')}</tbody></table>`;
        }
        case 'code':
          return `<pre dir="ltr"><code>${e(block.code)}</code></pre>`;
        case 'image':
          return `<p class="image">${e(block.alt)}</p>`;
        case 'include':
          return `<p class="code-file">${e(block.text)}</p>`;
      }
    })
    .join('\n');
}

export function checklistHtml(checklist: Checklist, options: HtmlOptions = {}): string {
  return [...htmlPieces(wholeParts(checklist), options)].join('');
}

/** The page a procedure at a time (see ChecklistParts). */
export function* htmlPieces({ head, procedures, links, anchors }: ChecklistParts, options: HtmlOptions = {}): Generator<string> {
  const { locale: lang } = head;
  const { see, picture, address } = options;
  // A page on its own is read where the articles are not (saved, mailed, printed): a relative
  // link would lead nowhere from it. `--all` points those to its pages (see site.ts).
  const rewrite = checklistRewrite(options.rewrite ?? pagelessRewrite, anchors);
  const plain = (markdown: string, labels: Labels = false) => inlineHtml(markdown, rewrite, labels, picture, address);
  // A link the page does not keep (rewrite says null) is pointed by inlineHtml, after the titles;
  // its words are followed by the title of the article it named, else by its address.
  const dropped = { is: (url: string) => rewrite(url) === null, ...(address ? { address } : {}) };
  const inline = (markdown: string, labels: Labels) => plain(see ? withLinkTitles(markdown, links, see, undefined, dropped) : markdown, labels);
  const body = (blocks: readonly ChecklistBlock[], labels: Labels = false) => blocksHtml(blocks, inline, plain, labels);
  // Over text shown in another language than the page's: "not translated yet", as run says it.
  const part = (untranslated: string | undefined) => (untranslated ? `<p class="untranslated-part">${e(untranslated)}</p>` : '');
  yield `<!DOCTYPE html>
<html lang="${e(lang)}" dir="${head.dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(plainMessage(head.title))}</title><style>${STYLE}</style></head>
<body>
<h1${langOf(head.titleLang)}>${plain(head.title)}</h1>
${head.appliesTo ? `<p class="applies"${langOf(head.appliesToLang)}>${inlineHtml(head.appliesTo)}</p>` : ''}
${head.untranslated ? `<p class="applies untranslated">${e(head.untranslated)}</p>` : ''}
${head.run ? `<p class="applies run">${e(head.run.said)}</p>` : ''}
${part(head.introUntranslated)}${body(head.intro)}
`;
  let first = true;
  for (const procedure of procedures) {
    const { anchor } = procedure;
    const heading = procedure.title && procedure.title !== head.title ? `<h2${langOf(procedure.titleLang)}>${plain(procedure.title)}</h2>` : '';
    const steps = procedure.steps
      .map((step) => {
        const id = `${procedure.id}-${step.number}`.replace(/[^\w-]/g, '-');
        const blanks = step.inputs
          .map((input) =>
            input.value !== undefined
              ? `<p class="blank filled" data-input="${e(input.name)}"><span>${e(input.label)}</span> <strong>${e(Array.isArray(input.value) ? input.value.join(', ') : input.value)}</strong></p>`
              : input.choices
              ? `<p class="blank choices" data-input="${e(input.name)}"><span>${e(input.label)}</span> ${input.choices.map((c) => `<label><input type="checkbox"> ${e(c)}</label>`).join(' ')}</p>`
              : `<p class="blank" data-input="${e(input.name)}"><span>${e(input.label)}</span><span class="line"></span></p>`,
          )
          .join('');
        const seeAlso = (step.seeAlso ?? []).map((other) => `<p class="see-also" data-flow="${e(other.flow)}"><span aria-hidden="true">↗</span> ${plain(other.text)}</p>`).join('');
        return `<li class="step" data-step="${step.number}"><input type="checkbox" id="${e(id)}" aria-labelledby="${e(id)}-name"${step.done ? ' checked' : ''}><div class="step-body"><div class="step-name" id="${e(id)}-name"${langOf(step.nameLang)}>${e(step.name)}${step.done ? ` <time datetime="${e(step.done)}">${e(minute(step.done))}</time>` : ''}</div>${part(step.untranslated)}${body(step.blocks, unboldedLabels(step.labels.map((label) => label.text), step.blocks))}${blanks}${seeAlso}</div></li>`;
      })
      .join('\n');
    // Procedures one to a line.
    yield `${first ? '' : '\n'}<section class="procedure"${anchor ? ` id="${e(anchor)}"` : ''} data-procedure="${e(procedure.id)}">${heading}${part(procedure.preambleUntranslated)}${body(procedure.preamble)}<ol class="steps">${steps}</ol>${body(procedure.epilogue)}</section>`;
    first = false;
  }
  yield `
</body></html>
`;
}

/** The attributes of an element in another language than the page's: its own direction too (English on a Hebrew page). */
function langOf(lang: string | undefined): string {
  return lang ? ` lang="${e(lang)}" dir="${direction(lang)}"` : '';
}
