/**
 * Two sentences of one paragraph, as a Japanese or Chinese reader writes them: no space after a
 * full-width stop (the article's pairs are laid out with the English space between them). Thai,
 * which ends a sentence with a space, and the languages written with spaces keep it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { joinSentences } from '../../src/text/join-sentences.js';
import { folderWith, memoryIo } from '../helpers.js';

const dir = folderWith({
  'ja-JP/add-a-new-customer.md': { fixture: 'ja-JP/add-a-new-customer.md' },
  'th-TH/add-a-new-customer.md': { fixture: 'th-TH/add-a-new-customer.md' },
});

async function cli(...args: string[]) {
  const m = memoryIo();
  const code = await runCli([...args, '--content', dir, '--locales', path.join(dir, 'locales'), '--no-cache'], m.io);
  return { code, out: m.out(), err: m.err() };
}

describe('the sentences of a step, joined', () => {
  it('have no space after a Japanese full stop, in the checklist (markdown, JSON) and the walkthrough; Thai keeps its space', async () => {
    // Step 4 of the fixture: two pairs on one line, "…確認します。</span>…</span> <span…>アカウント…".
    const markdown = await cli('checklist', 'add-a-new-customer', '--locale', 'ja-JP');
    expect(markdown.code).toBe(0);
    expect(markdown.out).toContain('- [ ] **確認**ページで、入力内容が正しいことを確認します。アカウントやオファーを変更する必要がある場合は「**更新**」を選択し、次に**送信**を選択します。\n');
    const json = JSON.parse((await cli('checklist', 'add-a-new-customer', '--locale', 'ja-JP', '--format', 'json')).out);
    expect(json.procedures[0].steps[3].blocks[0].text).toBe('**確認**ページで、入力内容が正しいことを確認します。アカウントやオファーを変更する必要がある場合は「**更新**」を選択し、次に**送信**を選択します。');
    const walk = await cli('run', 'add-a-new-customer', '--locale', 'ja-JP', '--plain');
    expect(walk.out).toContain('  確認ページで、入力内容が正しいことを確認します。アカウントやオファーを変更する必要がある場合は「更新」を選択し、次に送信を選択します。\n');
    const thai = await cli('checklist', 'add-a-new-customer', '--locale', 'th-TH');
    expect(thai.out).toContain('ให้ตรวจสอบความถูกต้องของรายการที่ป้อน เลือก**อัปเดต**');
  });

  it('keep the space after any other stop, and after a full-width stop only drop it', () => {
    expect(joinSentences(['Select **Save**.', 'Then close it.'])).toBe('Select **Save**. Then close it.');
    expect(joinSentences(['保存します！', '「完了」を選択します。', '', '閉じます。'])).toBe('保存します！「完了」を選択します。閉じます。');
    expect(joinSentences(['请选择“**保存**”。', '然后关闭。'])).toBe('请选择“**保存**”。然后关闭。');
  });
});
