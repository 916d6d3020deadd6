/**
 * Older partner-center articles (in every locale's repository) open with bold lines over lists,
 * `**Appropriate roles**` and its roles, then the article's first paragraph, before the first
 * heading. A bold-only line opens a section, and a section without steps is in no flow: the roles
 * and the opening paragraph ("Greater privacy safeguards and security are among our top
 * priorities…") were shown nowhere, on screen, in the walkthrough or in checklists. The page shows
 * them as the article's opening, as every flow of it now does.
 */
import { describe, expect, it } from 'vitest';
import { folderWith, printedIn } from '../helpers.js';

describe('a bold line of the article’s opening over no steps', () => {
  it('is read with the opening it stands in, in the side-by-side article and in each language', async () => {
    const dir = folderWith({ 'content/zh-CN/mfa-for-users.md': { fixture: 'zh-CN/mfa-for-users.md' } });
    const english = await printedIn(dir, 'en-US')('run', 'mfa-for-users', '--plain');
    const beforeSteps = english.slice(0, english.indexOf('Step 1 of'));
    expect(beforeSteps).toContain('Appropriate roles');
    expect(beforeSteps).toContain('• Global admin');
    expect(beforeSteps).toContain('Greater privacy safeguards and security are among our top priorities.');
    const chinese = await printedIn(dir, 'zh-CN')('run', 'mfa-for-users', '--plain');
    const 前 = chinese.slice(0, chinese.indexOf('第 1 步'));
    expect(前).toContain('相应的角色');
    expect(前).toContain('• 全局管理员');
    expect(前).toContain('增强隐私保护和安全性是我们优先关注的事项。');
    const checklist = await printedIn(dir, 'zh-CN')('checklist', 'mfa-for-users');
    expect(checklist.slice(0, checklist.indexOf('- [ ]'))).toContain('增强隐私保护和安全性是我们优先关注的事项。');
  });

  it('is read so in a plain translation, whose “Applies to” is not in English (its own line: see applies-to.test.ts)', async () => {
    const dir = folderWith({ 'content/zh-TW/add-a-new-customer.md': { fixture: 'zh-TW/add-a-new-customer.md' } });
    const run = await printedIn(dir, 'zh-TW')('run', 'add-a-new-customer', '--plain');
    const 前 = run.slice(0, run.indexOf('第 1 步'));
    for (const shown of ['適用於：夥伴中心', '適當的角色', '• 銷售代理人', '您必須先將訂閱新增至合作夥伴中心的客戶清單']) expect(前).toContain(shown);
    // The steps are those under the heading, as before.
    expect(run).toContain('第 1 步，共 2 步');
  });
});
