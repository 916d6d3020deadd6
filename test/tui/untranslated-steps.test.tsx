/**
 * The screen of an article with no English whose reader's version lacks the steps (the zh-TW file
 * has two of the Japanese reference's five, laid out otherwise): the step showed an empty box.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession } from '../../src/cli/context.js';
import { FIXTURES, folderWith, memoryIo, tempDir } from '../helpers.js';
import { renderApp } from './render-app.js';

const SLUG = 'partner-center/add-a-new-customer';
const REPOS = path.join(FIXTURES, 'plain-translations');

let current: ReturnType<typeof renderApp> | undefined;
afterEach(() => current?.unmount());

describe('a step the reader’s translation lacks, on the screen', () => {
  it('shows the reference’s text, said to be untranslated, never an empty step', async () => {
    const chinese = folderWith({ [`${SLUG}.md`]: { fixture: 'zh-TW/add-a-new-customer.md' } });
    const content = [path.join(REPOS, 'partner-center-pr.ja-jp'), path.join(REPOS, 'partner-center-pr.ko-kr'), chinese];
    const session = openSession(memoryIo().io, { locale: 'zh-TW', content, locales: tempDir(), cache: false }, (ws) => ws.slugs(), undefined, { oneLocale: true });
    const flows = session.workspace.workflows();
    current = renderApp(session.i18n, { flows, initial: flows[0]!, localesFor: session.localesFor }, { columns: 100, rows: 60 });
    const frame = current.frame();
    // Its own title; the Japanese step 1 under the line that says so.
    expect(frame).toContain('加入新的客戶');
    expect(frame).toContain('尚未翻譯。文字語言：日文');
    expect(frame).toMatch(/\[ダッシュボード\] メニューで/);
  });
});
