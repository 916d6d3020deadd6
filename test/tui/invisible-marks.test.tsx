/**
 * Invisible format characters in an article's text (the right-to-left mark Hebrew and Arabic
 * docs put after a parenthesis, a soft hyphen, a zero-width space) take no column, and the
 * screen shows every word around them: Ink's clipping of a scrolled pane counted each as a
 * column and cut that many characters off the end of its line ("(Previe" for "(Preview)").
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSession } from '../../src/cli/context.js';
import { folderWith, memoryIo } from '../helpers.js';
import { renderApp } from './render-app.js';

const RLM = '\u200f';
const ARTICLE = [
  `# חיזוי של ${RLM}ערך אורך החיים של הלקוח (CLV)${RLM} (Preview)`,
  '',
  `1. בחר ${RLM}**חיזויים**${RLM} (CLV)${RLM} ואז\u00ad המשך\u200b עכשיו.`,
  '2. בחר **שמור**.',
  '',
].join('\n');

describe('invisible format characters on the screen', () => {
  it('take no column: the title and the step keep their last words', async () => {
    const dir = folderWith({ 'he-IL/clv.md': ARTICLE });
    const session = openSession(memoryIo().io, { content: dir, locales: path.join(dir, 'locales'), locale: 'he-IL', cache: false }, (ws) => ws.slugs());
    const flows = session.workspace.workflows();
    const app = renderApp(session.i18n, { flows, initial: flows[0]!, localesFor: session.localesFor });
    try {
      await app.press();
      expect(app.frame()).toContain('(CLV)\u200f (Preview)');
      expect(app.frame()).toContain('המשך\u200b עכשיו.');
    } finally {
      app.unmount();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
