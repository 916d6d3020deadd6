/**
 * Translation status as a terminal table: totals per locale with a coverage bar, the articles
 * that need work, then the stale and untranslated sentences with file:line:column. On a terminal
 * narrower than the table (a 40-column pane beside an editor), each row is a block of lines and
 * the sentences wrap under their label: the terminal folded the table's lines mid-number.
 */
import type { StatusRow } from '../catalog/status.js';
import { displayWidth, padEnd, padStart } from '../text/display-width.js';
import { plainMessage } from '../text/inline-runs.js';
import type { StatusSummary } from './status-summary.js';
import { counted } from '../text/counted.js';
import { wrapHanging } from '../text/wrap-plain.js';

const BAR = 20;

/** The coverage as a bar of 20: full only at 100% (99.9% rounded to a whole bar looked done). */
export function coverageBar(coverage: number): string {
  const full = coverage < 100 ? Math.min(BAR - 1, Math.round((coverage / 100) * BAR)) : BAR;
  return `${'█'.repeat(full)}${'░'.repeat(BAR - full)} ${coverage.toFixed(1).padStart(5)}%`;
}

function table(rows: readonly StatusRow[], first: (row: StatusRow) => string, heading: string, columns?: number): string[] {
  const header = [heading, 'sentences', 'translated', 'stale', 'untranslated', 'human', 'machine', 'edited', 'coverage'];
  const cells = rows.map((row) => [
    first(row),
    String(row.segments),
    String(row.translated),
    String(row.stale),
    String(row.untranslated),
    String(row.origins.HT),
    String(row.origins.MT),
    String(row.origins.hand + row.origins.xliff),
    coverageBar(row.coverage),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((cell, i) => (i === 0 ? padEnd(cell, widths[i]!) : i === c.length - 1 ? cell : padStart(cell, widths[i]!))).join('  ');
  const lines = [line(header), ...cells.map(line)];
  if (columns === undefined || lines.every((each) => displayWidth(each) <= columns)) return lines;
  return rows.flatMap((row, i) => blockOf(row, cells[i]!, columns));
}

/** A row as lines of a narrow terminal: what it is, its coverage, then its counts, named. */
function blockOf(row: StatusRow, [first, ...counts]: string[], columns: number): string[] {
  const [segments, translated, stale, untranslated, human, machine, edited] = counts;
  const numbers = `  ${segments} sentences: ${translated} translated, ${stale} stale, ${untranslated} untranslated; human ${human}, machine ${machine}, edited ${edited}`;
  return [first!, `  ${coverageBar(row.coverage)}`, wrapHanging(numbers, '  ', columns)];
}

/** The table of a whole run, from its summary; `columns`: the terminal's width, if it is one. */
export function statusText(summary: StatusSummary, columns?: number): string {
  const limit = summary.limit;
  const out: string[] = [];
  const totals = summary.totals();
  out.push(`Translation status: ${counted(summary.articles, 'article')}, ${counted(totals.length, 'locale')}`, '');
  out.push(...table(totals, (r) => r.locale, 'locale', columns));
  // A locale's coverage is of the articles it has: those it lacks (an article added in another
  // language) are work it has not begun, counted only with --locale.
  const notBegun = summary.notBegun();
  if (notBegun.length > 0) {
    out.push('', ...notBegun.map(([locale, count]) => `Not begun: ${locale} lacks ${count} of the ${counted(summary.articles, 'article')}, not counted above (status --locale ${locale} counts them to do)`));
  }
  if (summary.openCount > 0) {
    out.push('', summary.all ? 'Articles:' : 'Articles below 100%:');
    out.push(...table(summary.openRows(), (r) => `${r.locale} ${r.slug}`, 'locale article', columns));
    if (summary.openCount > limit) out.push(`… and ${summary.openCount - limit} more (--all lists every one)`);
  }
  const headings = {
    conflict: (n: number) => `In conflict (${n}): edited in locales/ over an article translation that changed since (apply leaves the article's; apply --force writes yours)`,
    stale: (n: number) => `Stale (${n}): the English changed after the translation`,
    untranslated: (n: number) => `Untranslated (${n}):`,
  };
  for (const state of ['conflict', 'stale', 'untranslated'] as const) {
    const { first, count } = summary.items[state];
    if (count === 0) continue;
    out.push('', headings[state](count));
    for (const item of first) {
      const where = item.path ? `${item.path}:${item.line}:${item.column}` : item.slug;
      out.push(`  ${item.locale}  ${where}  ${item.key}`);
      if (item.from !== undefined) out.push(`      was: ${plainMessage(item.from)}`);
      if (state === 'conflict') out.push(`      yours: ${plainMessage(item.value ?? '')}`, `      article: ${plainMessage(item.article ?? '')}`);
      else out.push(`      ${state === 'stale' ? 'now' : 'English'}: ${plainMessage(item.reference)}`);
    }
    if (count > limit) out.push(`  … and ${count - limit} more (--all lists every one)`);
  }
  const fitted = columns === undefined ? out : out.map((each) => wrapHanging(each, /^\s*(?:(?:was|now|English|yours|article): )?/.exec(each)![0], columns));
  return `${fitted.join('\n')}\n`;
}
