/**
 * What the status table prints and the command decides on, gathered an article at a time: the
 * totals per locale, how many articles, the problems, and of the rows and sentences that need
 * work only the first `limit` (with how many there are). A report of 300,000 rows and locales is
 * printed from this without being held.
 */
import { StatusTotals, type StatusItem, type StatusPart, type StatusRow } from '../catalog/status.js';
import { compareNames } from '../text/name-order.js';

export type ItemState = StatusItem['state'];

/** The rows and sentences of each state the table lists when not `--all`. */
export const LISTED = 20;

export class StatusSummary {
  readonly problems: string[] = [];
  /** The rows that need work (every row with `all`): the first `limit` by coverage once sorted. */
  private readonly open: StatusRow[] = [];
  private sorted = true;
  openCount = 0;
  /** The first `limit` sentences of each state, in the report's order, and how many in all. */
  readonly items: Record<ItemState, { first: StatusItem[]; count: number }> = {
    conflict: { first: [], count: 0 },
    stale: { first: [], count: 0 },
    untranslated: { first: [], count: 0 },
  };
  articles = 0;
  /** How many articles each locale has a row in: the others it has not begun, and the totals leave out. */
  private readonly articlesOf = new Map<string, number>();
  private readonly totalsByLocale = new StatusTotals();
  private lastSlug: string | undefined;

  /** Every row counts as open, not only those below 100 %, and every one is kept. */
  readonly all: boolean;
  /** Rows and sentences of each state kept to be listed. */
  readonly limit: number;

  /**
   * @param options.all the table's `--all`: every row and sentence is kept
   * @param options.limit how many are kept otherwise (LISTED; 0 when only the totals are wanted)
   */
  constructor({ all = false, limit = all ? Infinity : LISTED }: { all?: boolean; limit?: number } = {}) {
    this.all = all;
    this.limit = limit;
  }

  /** An article's part, or any rows and items whose rows come grouped by article. */
  add(part: StatusPart): void {
    for (const row of part.rows) this.addRow(row);
    for (const item of part.items) {
      const state = this.items[item.state];
      if (state.count++ < this.limit) state.first.push(item);
    }
    this.problems.push(...part.problems);
  }

  /** The first `limit` rows that need work, lowest coverage first (then by article). */
  openRows(): readonly StatusRow[] {
    if (!this.sorted) this.open.sort(byCoverage);
    this.sorted = true;
    return this.open;
  }

  totals(): StatusRow[] {
    return this.totalsByLocale.rows();
  }

  /** The locales some article has not begun, with how many such articles (a locale asked for has begun them all). */
  notBegun(): [locale: string, articles: number][] {
    return [...this.articlesOf].filter(([, count]) => count < this.articles).map(([locale, count]) => [locale, this.articles - count] as [string, number]).sort(([a], [b]) => compareNames(a, b));
  }

  private addRow(row: StatusRow): void {
    this.totalsByLocale.add(row);
    this.articlesOf.set(row.locale, (this.articlesOf.get(row.locale) ?? 0) + 1);
    if (row.slug !== this.lastSlug) this.articles++;
    this.lastSlug = row.slug;
    if (!this.all && row.coverage >= 100) return;
    this.openCount++;
    if (this.limit === Infinity) {
      this.open.push(row);
      this.sorted = false;
      return;
    }
    // Where a stable sort of every open row by coverage, then article, would put it: after its equals.
    const at = upperBound(this.open, row);
    if (at >= this.limit) return;
    this.open.splice(at, 0, row);
    if (this.open.length > this.limit) this.open.pop();
  }
}

function byCoverage(a: StatusRow, b: StatusRow): number {
  return a.coverage - b.coverage || compareNames(a.slug, b.slug);
}

function upperBound(rows: readonly StatusRow[], row: StatusRow): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (byCoverage(rows[mid]!, row) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
