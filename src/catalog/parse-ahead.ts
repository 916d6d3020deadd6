/**
 * Parsing ahead on worker threads while the main thread goes on: the workers take the articles
 * in order, and the main thread builds and writes each one as its parse comes back. While a
 * worker has the article the main thread needs next, the main thread reads the next one no
 * worker has yet rather than wait, so the two sides share the parsing however fast each goes.
 * The workers stay at most AHEAD articles ahead of the main thread, so what waits is bounded.
 *
 * Before, the workers parsed every article first while the main thread waited, then it built
 * them all, holding every parse meanwhile. On two threads, medians of 3 side by side: the 370
 * fr-fr articles 5.5 s at 174–177 MB before, 5.1 s at 172–174 MB now; four copies of them
 * 14.8 s at 224–228 MB before, 16.9 s at 196–197 MB now (the main thread's smaller collection
 * budget, see memory-budget.ts, is the time).
 */
import { ParsePool, type Payload, type TaskStream } from './parse-pool.js';
import type { Glossary } from '../parse/label-glossary.js';
import { shareMemory } from '../runtime/memory-budget.js';

type ArticleTask = Extract<Payload, { kind: 'article' }>;
type GlossaryTask = Extract<Payload, { kind: 'glossary' }>;

/**
 * A turn of the event loop (for the workers' replies). Not node:timers/promises: the bundle
 * would load that module at every start, `run`'s first frame included.
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Parses back and not yet used, past which the workers wait. */
const AHEAD = 4;

/**
 * Tasks below which no worker is started: starting one costs about as much as parsing a dozen
 * articles (it loads and compiles the parser anew), and a run where one article changed has one.
 */
const WORTH_A_THREAD = 16;

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class ParseAhead {
  private workers: ParsePool | undefined;
  private articles: TaskStream | undefined;
  /** Articles handed to the workers, by slug: their task's number. */
  private readonly pending = new Map<string, number>();
  private readonly waiters = new Map<number, Waiter>();
  private failure: { error: unknown } | undefined;
  /** The articles handed out, by task number. */
  private slugs: string[] = [];
  private here: (slug: string) => void = () => {};
  /** Parses back from the workers, not yet taken (parseOf) or dropped. */
  private readonly back = new Map<string, Uint8Array>();
  /** Articles this thread read ahead (see ready) and not yet come to. */
  private readonly readHere = new Set<string>();

  constructor(private readonly threads: number) {}

  /** The workers, started when there is first something for them to do. */
  private get pool(): ParsePool {
    if (!this.workers) {
      this.workers = new ParsePool(this.threads);
      shareMemory(true);
    }
    return this.workers;
  }

  /**
   * Every task done, shared between the workers (from the first) and this thread (from the
   * last, with `here`); the results in the tasks' order.
   */
  async shared<T>(payloads: readonly GlossaryTask[], here: (payload: GlossaryTask) => T): Promise<T[]> {
    if (payloads.length < WORTH_A_THREAD && !this.workers) return payloads.map(here);
    const results = new Array<T>(payloads.length);
    const stream = this.pool.stream<T>(payloads, (id, result) => {
      results[id] = result;
    });
    for (let id = stream.takeLast(); id !== undefined; id = stream.takeLast()) {
      results[id] = here(payloads[id]!);
      // The workers' replies come in between, and each is handed its next task.
      await nextTurn();
    }
    await stream.done;
    return results;
  }

  /**
   * Hands the articles to the workers, with the glossaries their parses need; each parse is kept
   * for parseOf() as it comes back (and told to `arrived`), unless the article was taken back or
   * dropped meanwhile. `here` reads an article on this thread (see ready).
   */
  parse(
    articles: readonly { slug: string; task: ArticleTask }[],
    glossaries: Map<string, Glossary>,
    arrived: (slug: string, bytes: Uint8Array) => void,
    here: (slug: string) => void,
  ): void {
    if (articles.length === 0 || (articles.length < WORTH_A_THREAD && !this.workers)) return;
    this.here = here;
    this.slugs = articles.map(({ slug }) => slug);
    this.slugs.forEach((slug, id) => this.pending.set(slug, id));
    this.pool.broadcast({ kind: 'glossaries', glossaries });
    this.articles = this.pool.stream<Uint8Array>(
      articles.map(({ task }) => task),
      (id, bytes) => {
        const slug = this.slugs[id]!;
        if (this.pending.get(slug) !== id) return;
        this.pending.delete(slug);
        this.back.set(slug, bytes);
        arrived(slug, bytes);
        this.waiters.get(id)?.resolve();
        this.waiters.delete(id);
      },
      // The workers stay a few articles ahead: parses waiting for their turn are memory.
      () => this.back.size < AHEAD,
    );
    this.articles.done.catch((error: unknown) => {
      this.failure = { error };
      for (const waiter of this.waiters.values()) waiter.reject(error);
      this.waiters.clear();
    });
  }

  /**
   * Resolves once the article's parse is in, or at once if no worker has it (taken back: the
   * caller parses it). While a worker has it, this thread reads the next article no worker has
   * yet (the workers hold the ones just after: waiting would leave this thread idle).
   */
  async ready(slug: string): Promise<void> {
    this.readHere.delete(slug);
    for (;;) {
      if (this.failure) throw this.failure.error;
      if (this.back.has(slug)) return;
      const id = this.pending.get(slug);
      if (id === undefined || this.takeBack(slug)) return;
      // Not more than AHEAD read ahead here either: behind a long article, this thread would
      // read on, and hold, all the others.
      const next = this.readHere.size < AHEAD ? this.articles!.takeFirst() : undefined;
      if (next === undefined) {
        await new Promise<void>((resolve, reject) => this.waiters.set(id, { resolve, reject }));
        return;
      }
      this.pending.delete(this.slugs[next]!);
      this.readHere.add(this.slugs[next]!);
      this.here(this.slugs[next]!);
      // The workers' replies come in between.
      await nextTurn();
    }
  }

  /** The article's parse from a worker, if it is back: taken, which makes room for another. */
  parseOf(slug: string): Uint8Array | undefined {
    const bytes = this.back.get(slug);
    if (bytes) this.forgetParse(slug);
    return bytes;
  }

  /** The article is read here now: if no worker started it, taken back; if one did, not waited for. */
  takeOver(slug: string): void {
    if (!this.takeBack(slug)) this.pending.delete(slug);
  }

  /** Done with the article (or it is not needed): nothing of it is waited for or kept. */
  drop(slug: string): void {
    this.readHere.delete(slug);
    this.forgetParse(slug);
    this.takeOver(slug);
  }

  private forgetParse(slug: string): void {
    if (this.back.delete(slug)) this.articles?.resume();
  }

  /** True if the article was not with a worker, or was taken back before one started it. */
  private takeBack(slug: string): boolean {
    const id = this.pending.get(slug);
    if (id === undefined) return true;
    if (!this.articles!.take(id)) return false;
    this.pending.delete(slug);
    return true;
  }

  /** No more work handed out; what the workers have started is finished; the threads stopped. */
  async close(): Promise<void> {
    try {
      for (const slug of [...this.pending.keys()]) this.drop(slug);
      await this.articles?.done;
    } finally {
      await this.stop();
    }
  }

  /** The threads stopped now, whatever they were doing (a command that failed). */
  async stop(): Promise<void> {
    if (!this.workers) return;
    await this.workers.close();
    shareMemory(false);
  }
}
