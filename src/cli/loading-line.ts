/**
 * `docflow run` reads its articles before it draws anything: seconds for a large repository read
 * cold (352 articles, 3–7 s), a blank screen a person takes for a hang. This line says it is
 * reading them, and how far, once the load has lasted long enough to be noticed (a warm load
 * never shows it), redrawn at most every REDRAW_EVERY ms, and erased before anything else is drawn.
 */
import type { Translator } from '../catalog/i18n.js';
import { checkedWork, type WorkProgress } from '../runtime/work-turns.js';
import { displayWidth, fitParts } from '../text/display-width.js';
import { earlyTranslator, type LocaleOptions } from './context.js';
import type { Io } from './io.js';

const SHOW_AFTER = 300;
const REDRAW_EVERY = 100;

export interface LoadingLineOptions {
  /** The terminal it is drawn on. */
  out: NodeJS.WritableStream & { columns?: number };
  text: (progress: WorkProgress | undefined) => string;
  /** Carriage returns and spaces only, no escape sequences: TERM=dumb, or a line-mode run. */
  plain?: boolean;
  now?: () => number;
}

export class LoadingLine {
  private readonly now: () => number;
  private readonly started: number;
  private drawnAt = -Infinity;
  /** Columns the line drawn takes; undefined while none is. */
  private drawn: number | undefined;

  constructor(private readonly options: LoadingLineOptions) {
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
  }

  /** Drawn again with how far the load is, if it has lasted long enough and not just been drawn. */
  update(progress: WorkProgress | undefined): void {
    const now = this.now();
    if (now - this.started < SHOW_AFTER || now - this.drawnAt < REDRAW_EVERY) return;
    this.drawnAt = now;
    // One row, short of the last column: a wrapped line is not one a carriage return goes back
    // over. A size of 0 is none known (a pseudo-terminal never sized), as Ink takes it.
    const [line = ''] = fitParts([this.options.text(progress)], Math.max(1, (this.options.out.columns || 80) - 1));
    const width = displayWidth(line);
    const rest = this.options.plain ? ' '.repeat(Math.max(0, (this.drawn ?? 0) - width)) : '\u001b[K';
    this.options.out.write(`\r${line}${rest}`);
    this.drawn = width;
  }

  /** Erased, if drawn: the cursor back at the start of an empty line. */
  clear(): void {
    if (this.drawn === undefined) return;
    this.options.out.write(this.options.plain ? `\r${' '.repeat(this.drawn)}\r` : '\r\u001b[K');
    this.drawn = undefined;
  }
}

/** The line `run` shows while it reads the articles, in the language the session will likely speak. */
export function articlesLoadingLine(io: Io, options: LocaleOptions, out: LoadingLineOptions['out'], plain: boolean): LoadingLine {
  // Its strings are read only when it is drawn: a fast load reads nothing more.
  let tr: Translator | undefined;
  const text = (progress: WorkProgress | undefined) => {
    tr ??= earlyTranslator(io, options);
    return progress ? tr.t('loading.articles.count', { done: progress.done, total: progress.total }) : tr.t('loading.articles');
  };
  return new LoadingLine({ out, text, plain });
}

/** `load()`, with the line drawn between its articles and erased when it ends, however it ends. */
export function withLoadingLine<T>(line: LoadingLine | undefined, load: () => T): T {
  if (!line) return load();
  try {
    return checkedWork((progress) => line.update(progress), load);
  } finally {
    line.clear();
  }
}
