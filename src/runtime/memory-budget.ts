/**
 * A memory budget for commands that stream articles: once an article is let go, if the heap has
 * grown more than BUDGET past what was live after the last collection, collect now.
 *
 * Why: what stays live is small (20–30 MB after 370 articles), but parsing makes garbage fast,
 * and V8 on a machine with memory lets the heap grow to about four times the live size before a
 * full collection. That garbage, not the catalog, set the peak (220 MB for a cold lint of the
 * 370 fr-fr articles; 173 MB with this budget, whose GC pauses add about 40 ms: one more full
 * collection).
 * The heap limit that would do the same (`--max-old-space-size`) can only be given when node
 * starts, and would turn a large article into a crash.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { workTurn } from './work-turns.js';

const BUDGET = 64 * 1024 * 1024;

/**
 * The budget of a parse thread: it keeps nothing between articles, and every thread's heap adds
 * to the process's peak (two threads on the main budget: 278 MB; on this one, with a 16 MB young
 * generation, 189 MB).
 */
export const THREAD_BUDGET = 16 * 1024 * 1024;

/**
 * The main thread's budget while parse threads run beside it (see parse-ahead.ts): their heaps
 * add to the peak. A two-thread extract of four copies of the 370 fr-fr articles peaked at 222 MB
 * on the whole budget, 193–197 MB on this one, for 4–10 % more time.
 */
const SHARED_BUDGET = 32 * 1024 * 1024;

let budget = BUDGET;

let collectors: Collectors | undefined;
let live = 0;
let thorough = false;

/**
 * A resident size past which collections also give memory back to the system. A regular full
 * collection keeps the heap's pages for reuse; V8's `gc()` with no options shrinks the heap too,
 * but the code that runs after it runs slower for a while (micromark 1.5–2× in CPU profiles). So
 * the regular one while the process is small, the thorough one past 100 MB. On the 370 fr-fr
 * articles, cold: extract 6.96 s against 8.48 s thorough every time, at 165 MB as before; list
 * 6.20 s against 7.61 s at 190 MB (medians of 3). Past 150 MB, as fast, but list peaked at 207 MB.
 */
const ROOM = 100 * 1024 * 1024;

/** Parse threads run beside this one, or no longer: the budget shrinks while they do. */
export function shareMemory(shared: boolean): void {
  budget = shared ? SHARED_BUDGET : BUDGET;
}

/** Every collection from now on thorough: a parse thread's heap adds to the process's peak. */
export function collectThoroughly(): void {
  thorough = true;
}

/**
 * The budget while a long article is held: its catalog's steps (its files in locales/ read,
 * merged, written) each make tens of megabytes of garbage on ~100 MB live, and every command on
 * a 20 MB article peaked 20–40 MB higher on the whole budget (`status` 295 MB against 275,
 * `lint` 330 against 301, `apply` 358 against 317), in the same time. Not for every article:
 * the 370 fr-fr articles took 10–17 % longer on it (extract 3.5 → 4.1 s).
 */
const LONG_BUDGET = 32 * 1024 * 1024;

let holdingLong = false;

/**
 * A resident size past which the budget is the long article's too, for the rest of the run: what
 * a run holds for every file grows with the repository, and the garbage let on top of it shrinks,
 * so that the two stay nearer 200 MB. For the rest of the run, since a process that once got there
 * holds as much again after each collection (let go at once, the budget swung between the two and
 * peaked as high). 60 locales × 1,000 articles: extract 202 → 183 MB, 34 → 35 s. The 370 fr-fr
 * articles stay below it (~140 MB) and keep the whole budget and its speed (on 32 MB throughout
 * they were 7–15 % slower, for 12 MB less).
 */
const CROWDED = 160 * 1024 * 1024;

let crowded = false;

const processResident = (): number => process.memoryUsage.rss();

let resident = processResident;

/**
 * Measures the resident size with `probe` from now on, as a new run would (not crowded yet): a
 * test runner's own process is past CROWDED. Gives back what puts the process's measure back.
 */
export function measureResident(probe: () => number): () => void {
  resident = probe;
  crowded = false;
  return () => {
    resident = processResident;
    crowded = false;
  };
}

/** A long article is held, or no longer (see workspace.ts): the budget shrinks while one is. */
export function holdLongArticle(held: boolean): void {
  holdingLong = held;
}

/**
 * Much of what is live is about to go (a long article's text, once read): the next settle
 * collects and measures anew, rather than let the heap grow a budget past the old live size
 * (a 20 MB article's catalog was built on top of 95 MB thought live, 60 MB once its text went).
 */
export function remeasureLive(): void {
  live = 0;
}

/**
 * settleMemory on the long article's budget, for what is made of a long article after the
 * workspace has let it go (its XLIFF, a batch at a time: on the whole budget the 20 MB article's
 * export peaked at 268 MB).
 */
export function settleLongMemory(): void {
  settleMemory(Math.min(budget, LONG_BUDGET));
}

/**
 * Called between articles and between the pieces of a long one: collects when the heap has grown
 * past the budget over what was live. The same budget however much is live: a 20 MB article
 * keeps ~100 MB through its parse, and waiting for twice that peaked at 600 MB; collected every
 * 64 MB it peaked at 392–398 MB (extract, whole), for 0.1–0.7 s more of its 11–14 s.
 */
export function settleMemory(given = holdingLong ? Math.min(budget, LONG_BUDGET) : budget): void {
  // Between articles is also when a long load looks at what the terminal sent (work-turns.ts).
  workTurn();
  if (v8.getHeapStatistics().used_heap_size < live + (crowded ? Math.min(given, LONG_BUDGET) : given)) return;
  settled++;
  collectors ??= findCollectors();
  const size = resident();
  crowded ||= size > CROWDED;
  if (thorough || size > ROOM) collectors.thorough();
  else collectors.regular();
  live = v8.getHeapStatistics().used_heap_size;
}

let settled = 0;

/**
 * How many times settleMemory has collected: whether it did is its own decision, which the heap's
 * size cannot tell apart from V8 collecting on its own schedule (a concurrent marking that ends
 * meanwhile, on a loaded machine).
 */
export function collectionsSoFar(): number {
  return settled;
}

/**
 * Serialized bytes let go (a long article's cache entry, written a part at a time) freed now: a
 * Buffer's memory is outside the heap and goes when its object is collected, which the heap's own
 * growth does not ask for soon (24 MB of them were held after the 20 MB article's parse was
 * written). A young collection finds them: a few milliseconds.
 */
export function collectYoung(): void {
  collectors ??= findCollectors();
  collectors.young();
}

/**
 * The V8 flag that gives the collector. The CLI's entry sets it before compiling the bundle
 * (src/cli/bin.ts): V8 refuses a code cache made under other flags than its own.
 */
export const COLLECTOR_FLAG = '--expose-gc';

interface Collectors {
  regular: () => void;
  thorough: () => void;
  young: () => void;
}

/**
 * V8's collector (what `--expose-gc` gives, asked for once started); where a runtime does not
 * give it, nothing (the budget is a saving, not a promise).
 */
function findCollectors(): Collectors {
  try {
    v8.setFlagsFromString(COLLECTOR_FLAG);
    const gc: unknown = vm.runInNewContext('gc');
    if (typeof gc === 'function') return { regular: () => gc({ type: 'major' }), thorough: () => gc(), young: () => gc({ type: 'minor' }) };
  } catch {
    // No collector to call: V8 collects on its own schedule.
  }
  return { regular: () => {}, thorough: () => {}, young: () => {} };
}
