/** The Ink app rendered for a test as `docflow run` renders it, with keys typed one by one or in a burst. */
import type { ComponentProps } from 'react';
import type { i18n } from 'i18next';
import { App } from '../../src/tui/components/App.js';
import { I18nContext } from '../../src/tui/hooks/use-translation.js';
import { NO_COLOURS, ThemeContext } from '../../src/tui/theme.js';
import { renderTerminal } from './terminal.js';

export const tick = () => new Promise((resolve) => setTimeout(resolve, 40));

export const ENTER = '\r';
export const ESC = '\u001B';
/** What step 2 of the onboarding asks for, typed field by field. */
export const ACCOUNT = ['Contoso Ltd', ENTER, '1 Main Street, Beijing', ENTER, 'China', ENTER, 'Li Lei', ENTER, 'li@contoso.com', ENTER, '+86 10 1234 5678', ENTER];
/** Step 3: the first offer ticked, then five licenses. */
export const SUBSCRIPTIONS = [' ', ENTER, '5', ENTER];

export interface RenderedApp {
  stdin: { write(data: string): void };
  lastFrame(): string | undefined;
  unmount(): void;
  press(...keys: string[]): Promise<void>;
  type(...keys: string[]): Promise<void>;
  frame(): string;
  /** Every frame drawn so far. */
  frames(): readonly string[];
  resize(columns: number, rows: number): Promise<void>;
  /** Whether the app has exited (quit), within half a second. */
  exited(): Promise<boolean>;
}

export function renderApp(instance: i18n, props: ComponentProps<typeof App>, size?: { columns: number; rows: number }): RenderedApp {
  const app = renderTerminal(
    <I18nContext.Provider value={instance}>
      <ThemeContext.Provider value={NO_COLOURS}>
        <App {...props} />
      </ThemeContext.Provider>
    </I18nContext.Provider>,
    size,
  );
  /**
   * Waits until every key typed is taken and the screen has stopped changing (a loaded machine
   * renders late: a burst of a whole step took over a second on the shared box, and the test saw
   * the screen half-way), at most ten seconds.
   */
  const settle = async () => {
    let before = app.lastFrame();
    for (let waited = 0; waited < 10_000; waited += 40) {
      await tick();
      const now = app.lastFrame();
      if (now === before && waited >= 40 && app.pending() === 0) return;
      before = now;
    }
  };
  /** Keys one at a time, the screen rendering between them. */
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      app.stdin.write(key);
      await settle();
    }
  };
  /** Keys typed in one burst: one chunk, as a terminal delivers a paste or key repeat. */
  const type = async (...keys: string[]) => {
    app.stdin.write(keys.join(''));
    await settle();
  };
  const exited = () => Promise.race([app.exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 500))]);
  const resize = async (columns: number, rows: number) => {
    app.resize(columns, rows);
    await settle();
  };
  return { stdin: app.stdin, lastFrame: app.lastFrame, unmount: app.unmount, press, type, frame: () => app.lastFrame() ?? '', frames: app.frames, exited, resize };
}
