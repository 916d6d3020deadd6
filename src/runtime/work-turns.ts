/**
 * Long synchronous work (a cold load of a repository's articles: seconds) gives the event loop no
 * turn, so what the terminal sends waits behind it: Ctrl+C pressed while `docflow run` loaded 352
 * articles was seen only once the picker was drawn, seconds later. A check given here is called
 * between articles (settleMemory gives the turn: every article and every file learned has it), at
 * most every CHECK_EVERY ms, and may end the work by throwing.
 */
const CHECK_EVERY = 50;

/** How far the work is, where it knows: articles read of all it reads. */
export interface WorkProgress {
  done: number;
  total: number;
}

let check: ((progress: WorkProgress | undefined) => void) | undefined;
let last = 0;
let progress: WorkProgress | undefined;

/** `work()`, with `everyTurn` called between its articles; thrown out of the work if it throws. */
export function checkedWork<T>(everyTurn: (progress: WorkProgress | undefined) => void, work: () => T): T {
  const outer = { check, progress };
  check = everyTurn;
  progress = undefined;
  last = performance.now();
  try {
    return work();
  } finally {
    ({ check, progress } = outer);
  }
}

/**
 * The running work has read `done` of its `total` articles (a listing: a cached article's
 * summary gives no other turn): a turn, whose check hears how far it is.
 */
export function workProgress(done: number, total: number): void {
  if (check === undefined) return;
  progress = { done, total };
  workTurn();
}

/** The running work's turn: its check, if one is given and its time has come. */
export function workTurn(): void {
  if (check === undefined) return;
  const now = performance.now();
  if (now - last < CHECK_EVERY) return;
  last = now;
  check(progress);
}
