/**
 * Invisible format characters in an article's text (the right-to-left mark Hebrew and Arabic
 * docs put after a parenthesis, a soft hyphen, a zero-width space) take no column, and the
 * screen shows every word around them: Ink's clipping of a scrolled pane counted each as a
 * column and cut that many characters off the end of its line ("(Previe" for "(Preview)").
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession } from '../../src/cli/context.js';
import { App } from '../../src/tui/components/App.js';
import { I18nContext } from '../../src/tui/hooks/use-translation.js';
import { folderWith, memoryIo } from '../helpers.js';
import { tick } from './render-app.js';
import { renderTerminal, type Terminal } from './terminal.js';

const RLM = '\u200f';
const ARTICLE = [
  `# חיזוי של ${RLM}ערך אורך החיים של הלקוח (CLV)${RLM} (Preview)`,
  '',
  `1. בחר ${RLM}**חיזויים**${RLM} (CLV)${RLM} ואז\u00ad המשך\u200b עכשיו.`,
  '2. בחר **שמור**.',
  '',
].join('\n');

let terminal: Terminal | undefined;
afterEach(() => terminal?.unmount());

describe('invisible format characters on the screen', () => {
  it('take no column: the title and the step keep their last words', async () => {
    const dir = folderWith({ 'he-IL/clv.md': ARTICLE });
    try {
      const session = openSession(memoryIo().io, { content: dir, locales: path.join(dir, 'locales'), locale: 'he-IL', cache: false }, (ws) => ws.slugs());
      const flows = session.workspace.workflows();
      terminal = renderTerminal(
        <I18nContext.Provider value={session.i18n}>
          <App flows={flows} initial={flows[0]!} localesFor={session.localesFor} />
        </I18nContext.Provider>,
      );
      await tick();
      const frame = terminal.lastFrame() ?? '';
      expect(frame).toContain('(CLV)\u200f (Preview)');
      expect(frame).toContain('המשך\u200b עכשיו.');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
