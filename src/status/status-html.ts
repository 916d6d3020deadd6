/**
 * Translation status as one self-contained HTML page a team lead opens: coverage per locale and
 * per article, then the stale and untranslated sentences with links to their file and line. No
 * script, no network resource; every piece of document text is escaped.
 */
import { pathToFileURL } from 'node:url';
import type { StatusItem, StatusReport, StatusRow } from '../catalog/status.js';
import { escapeHtml as e } from '../text/escape-html.js';
import { plainMessage } from '../text/inline-runs.js';
import { compareNames } from '../text/name-order.js';
import { counted } from '../text/counted.js';
import { isRightToLeft } from '../text/direction.js';

/**
 * A table that scrolls sideways on its own where the page is narrower (a phone, a side panel):
 * the page itself stays as wide as the screen, its coverage column one swipe away, not cut off.
 */
function wide(table: string): string {
  return `<div class="wide">${table}</div>`;
}

const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1b1f24; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; }
.wide { overflow-x: auto; } td.text { overflow-wrap: anywhere; min-width: 8rem; }
th, td { padding: .3rem .5rem; border-bottom: 1px solid #d8dee4; text-align: right; vertical-align: top; }
th:first-child, td:first-child, td.text, th.text { text-align: left; }
td.coverage { white-space: nowrap; } summary { cursor: pointer; margin: .5rem 0; }
.bar { display: inline-block; width: 8rem; height: .7rem; background: #eaeef2; border-radius: .35rem; vertical-align: middle; margin-right: .4rem; }
.bar span { display: block; height: 100%; border-radius: .35rem; background: #1f883d; }
.bar.low span { background: #bf8700; } .bar.bad span { background: #cf222e; }
.was { color: #6e7781; text-decoration: line-through; } .article { color: #57606a; margin-top: .25em; } .key { font-family: ui-monospace, monospace; font-size: .85em; color: #57606a; }
@page { margin: 12mm; }
/* On paper nothing scrolls: a table as wide as the sheet (A4 less margins, 703 px), in smaller type, without the bar, whose colours print as no ink (the percentage stays). */
@media print { body { margin: 0; padding: 0; max-width: none; } .wide { overflow: visible; } table { font-size: 11px; } th, td { padding: .15rem .25rem; } td.text { min-width: 5rem; } .bar { display: none; } a { color: inherit; text-decoration: none; } }
`;

function bar(coverage: number): string {
  const tone = coverage >= 95 ? '' : coverage >= 70 ? ' low' : ' bad';
  return `<span class="bar${tone}" role="img" aria-label="${coverage}%"><span style="width:${coverage}%"></span></span>${coverage.toFixed(1)}%`;
}

function rowCells(row: StatusRow): string {
  const edited = row.origins.hand + row.origins.xliff;
  return [row.segments, row.translated, row.stale, row.untranslated, row.origins.HT, row.origins.MT, edited].map((n) => `<td>${n}</td>`).join('') + `<td class="coverage">${bar(row.coverage)}</td>`;
}

const HEAD = '<th>sentences</th><th>translated</th><th>stale</th><th>untranslated</th><th>human</th><th>machine</th><th>edited</th><th>coverage</th>';

function where(item: StatusItem): string {
  if (!item.path) return e(item.slug);
  const href = `${pathToFileURL(item.path).href}#L${item.line}`;
  return `<a href="${e(href)}">${e(`${item.path}:${item.line}:${item.column}`)}</a>`;
}

function items(list: readonly StatusItem[], state: StatusItem['state']): string {
  const rows = list
    .filter((i) => i.state === state)
    .map(
      (i) =>
        `<tr data-state="${state}" data-locale="${e(i.locale)}"><td>${e(i.locale)}</td><td class="text">${where(i)}<br><span class="key">${e(i.key)}</span></td>` +
        `<td class="text">${i.from !== undefined ? `<div class="was">${e(plainMessage(i.from))}</div>` : ''}<div>${e(plainMessage(i.reference))}</div></td>` +
        `<td class="text" lang="${e(i.locale)}" dir="${isRightToLeft(i.locale) ? 'rtl' : 'ltr'}">${e(plainMessage(i.value ?? ''))}${i.article !== undefined ? `<div class="article">article: ${e(plainMessage(i.article))}</div>` : ''}</td></tr>`,
    );
  if (rows.length === 0) return '<p>None.</p>';
  return wide(`<table id="${state}"><thead><tr><th>locale</th><th class="text">where</th><th class="text">English</th><th class="text">translation</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
}

/** A lint finding as the page lists it. */
export interface PageFinding {
  path: string;
  line: number;
  column: number;
  rule: string;
  severity: 'error' | 'warning';
  message: string;
}

function findingsTable(findings: readonly PageFinding[]): string {
  if (findings.length === 0) return '<p>None.</p>';
  const rows = findings.map(
    (f) =>
      `<tr data-rule="${e(f.rule)}" data-severity="${f.severity}"><td>${e(f.severity)}</td><td class="text"><a href="${e(`${pathToFileURL(f.path).href}#L${f.line}`)}">${e(`${f.path}:${f.line}:${f.column}`)}</a></td><td class="text">${e(f.message)}</td><td class="text key">${e(f.rule)}</td></tr>`,
  );
  return wide(`<table id="findings"><thead><tr><th>severity</th><th class="text">where</th><th class="text">problem</th><th class="text">rule</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
}

export function statusHtml(report: StatusReport, title = 'Translation status', findings?: readonly PageFinding[]): string {
  const totals = report.totals.map((t) => `<tr data-locale="${e(t.locale)}"><td>${e(t.locale)}</td>${rowCells(t)}</tr>`).join('');
  const articleTable = (rows: readonly StatusRow[], id: string) =>
    wide(
      `<table id="${id}"><thead><tr><th>locale</th><th class="text">article</th>${HEAD}<th>last hand-off</th></tr></thead><tbody>` +
        rows.map((r) => `<tr data-locale="${e(r.locale)}" data-slug="${e(r.slug)}"><td>${e(r.locale)}</td><td class="text">${e(r.slug)}</td>${rowCells(r)}<td>${e(r.handoff ?? '')}</td></tr>`).join('') +
        '</tbody></table>',
    );
  const byCoverage = report.rows.slice().sort((a, b) => a.coverage - b.coverage || compareNames(a.locale, b.locale) || compareNames(a.slug, b.slug));
  const open = byCoverage.filter((r) => r.coverage < 100 || r.stale > 0);
  const articles =
    (open.length > 0 ? articleTable(open, 'open') : '<p>Every article is fully translated and current.</p>') +
    `<details><summary>All articles and locales (${report.rows.length})</summary>${articleTable(
      report.rows.slice().sort((a, b) => compareNames(a.locale, b.locale) || compareNames(a.slug, b.slug)),
      'articles',
    )}</details>`;
  const stale = report.items.filter((i) => i.state === 'stale').length;
  const untranslated = report.items.filter((i) => i.state === 'untranslated').length;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title><style>${STYLE}</style></head>
<body>
<h1>${e(title)}</h1>
<p>${counted(new Set(report.rows.map((r) => r.slug)).size, 'article')} in ${counted(report.totals.length, 'locale')}; ${stale} stale and ${untranslated} untranslated ${stale + untranslated === 1 ? 'sentence' : 'sentences'}.</p>
<h2>Locales</h2>
${wide(`<table id="locales"><thead><tr><th>locale</th>${HEAD}</tr></thead><tbody>${totals}</tbody></table>`)}
<h2>Articles that need work</h2>
${articles}
${report.items.some((i) => i.state === 'conflict') ? `<h2>In conflict: edited in locales/ over an article translation that changed since</h2>\n${items(report.items, 'conflict')}\n` : ''}<h2>Stale: the English changed after the translation</h2>
${items(report.items, 'stale')}
<h2>Untranslated</h2>
${items(report.items, 'untranslated')}
${findings ? `<h2>Failing checks (docflow lint: errors, then warnings)</h2>\n${findingsTable(findings)}` : ''}
</body></html>
`;
}
