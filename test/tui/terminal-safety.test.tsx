/**
 * An article written to attack the reader's terminal: a clipboard write (OSC 52), a disguised
 * link (OSC 8), a screen clear and a title change in its title, steps and UI labels. What the
 * app writes to the terminal carries none of them; the words around them are shown.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession } from '../../src/cli/context.js';
import { App } from '../../src/tui/components/App.js';
import { I18nContext } from '../../src/tui/hooks/use-translation.js';
import { folderWith, memoryIo } from '../helpers.js';
import { ENTER, tick } from './render-app.js';
import { renderTerminal, type Terminal } from './terminal.js';

const ESC = '\u001b';
const ARTICLE = [
  `# Set up${ESC}]52;c;cm0gLXJmIH4=${ESC}\\ the account`,
  '',
  `1. Open the ${ESC}]8;;https://evil.example${ESC}\\**Dashboard**${ESC}]8;;${ESC}\\ menu.${ESC}[2J${ESC}[H`,
  `2. Select **Save${ESC}]0;pwned\u0007** and wait.\u009b31m`,
  '',
].join('\n');

let terminal: Terminal | undefined;
afterEach(() => terminal?.unmount());

describe('the terminal UI and hostile text', () => {
  it('writes no escape sequence from the article, only its words', async () => {
    const dir = folderWith({ 'en-US/evil.md': ARTICLE });
    try {
      const session = openSession(memoryIo().io, { content: dir, locales: path.join(dir, 'locales'), locale: 'en-US', cache: false }, (ws) => ws.slugs());
      const flows = session.workspace.workflows();
      terminal = renderTerminal(
        <I18nContext.Provider value={session.i18n}>
          <App flows={flows} initial={flows[0]!} localesFor={session.localesFor} />
        </I18nContext.Provider>,
      );
      await tick();
      terminal.stdin.write(ENTER);
      await tick();
      await tick();
      const bytes = terminal.written();
      expect(bytes).toContain('Set up the account');
      expect(bytes).toContain('Dashboard');
      expect(bytes).toContain('Save');
      for (const attack of [`${ESC}]`, `${ESC}[2J`, `${ESC}[H`, '\u009b', '\u0007', 'pwned', 'evil.example', 'cm0gLXJmIH4=']) expect(bytes).not.toContain(attack);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
