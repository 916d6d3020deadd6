/**
 * A line the screen cuts to its width with `…` (a step's links, the procedures to open) is cut
 * where the terminal's columns run out: an invisible format character (the right-to-left mark
 * Hebrew docs put after a parenthesis) takes none. Ink's cut (cli-truncate, slice-ansi) counted
 * each as a column, so a Hebrew title lost a character per mark before the cut.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession } from '../../src/cli/context.js';
import { displayWidth } from '../../src/text/display-width.js';
import { folderWith, memoryIo } from '../helpers.js';
import { renderApp } from './render-app.js';

const RLM = '\u200f';
const LINKED = `# ${RLM}(CLV)${RLM} ${RLM}(AI)${RLM} ${RLM}(ML)${RLM} חיזוי של ערך אורך החיים של הלקוח בתצוגה מקדימה ארוכה מאוד\n\n1. בחר **שמור**.\n2. בחר **סגור**.\n`;
const ARTICLE = '# התחלה\n\n1. קרא את [החיזוי](clv.md) עכשיו.\n2. בחר **שמור**.\n';

let dir: string | undefined;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('a line cut to the screen’s width', () => {
  it('keeps as many characters as the width holds when its text has invisible marks', async () => {
    dir = folderWith({ 'he-IL/start.md': ARTICLE, 'he-IL/clv.md': LINKED });
    const session = openSession(memoryIo().io, { content: dir, locales: path.join(dir, 'locales'), locale: 'he-IL', cache: false }, (ws) => ws.slugs());
    const flows = session.workspace.workflows();
    const app = renderApp(session.i18n, { flows, initial: flows.find((flow) => flow.slug === 'start')!, localesFor: session.localesFor }, { columns: 50, rows: 30 });
    try {
      await app.press();
      const lines = app.frame().split('\n');
      const link = lines.find((line) => line.startsWith(' [1] '))!;
      const rule = lines.find((line) => line.startsWith('─'))!;
      // The step's box: a column of padding each side (no side border right to left), the link
      // line running to the last column inside them and ending cut.
      expect(link).toMatch(/…$/u);
      expect(displayWidth(link)).toBe(displayWidth(rule) - 1);
    } finally {
      app.unmount();
    }
  });
});
