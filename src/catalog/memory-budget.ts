/**
 * A memory budget for commands that stream articles: once an article is let go, if the heap has
 * grown more than BUDGET past what was live after the last collection, collect now.
 *
 * Why: what stays live is small (24–46 MB after 370 articles), but parsing makes garbage fast,
 * and V8 on a machine with memory lets the heap grow to about four times the live size before a
 * full collection. That garbage, not the catalog, set the peak (220 MB for a cold lint of the
 * 370 fr-fr articles; 170 MB with this budget, for a few more collections of 10–30 ms each).
 * The heap limit that would do the same (`--max-old-space-size`) can only be given when node
 * starts, and would turn a large article into a crash.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

const BUDGET = 64 * 1024 * 1024;

let collect: (() => void) | undefined;
let live = 0;

/** Called between articles: collects when the garbage since the last collection is over budget. */
export function settleMemory(): void {
  if (v8.getHeapStatistics().used_heap_size < live + BUDGET) return;
  collect ??= collector();
  collect();
  live = v8.getHeapStatistics().used_heap_size;
}

/** V8's collector as a function (what `--expose-gc` gives, asked for once started). */
function collector(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}
