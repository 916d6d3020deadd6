/**
 * A step's UI labels that its translation quotes instead of making them bold, drawn as buttons on
 * the HTML page as its bold labels are: the bundled zh-CN add-a-new-customer's step 1 is
 * "在“仪表板”菜单中，选择“客户”，然后选择“添加客户”。" (machine translation dropped the `**`), and its
 * page drew no button there while step 2's "**帐户信息**" was one; the screen highlights all three.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliRun, folderWith, removeTempDirs } from '../helpers.js';

afterAll(removeTempDirs);

/** The labels drawn as buttons in step `n` of the page. */
function buttons(page: string, n: number): string[] {
  const step = new RegExp(`<li class="step" data-step="${n}">[\\s\\S]*?</li>`).exec(page)?.[0] ?? '';
  return [...step.matchAll(/<strong class="ui">(.*?)<\/strong>/g)].map((m) => m[1]!);
}

describe('labels a translation quotes', () => {
  it('are buttons on the HTML page, with their quotes kept beside them', async () => {
    const { code, out } = await cliRun(['checklist', 'add-a-new-customer', '--locale', 'zh-CN', '--format', 'html', '--no-cache']);
    expect(code).toBe(0);
    expect(buttons(out, 1)).toEqual(['仪表板', '客户', '添加客户']);
    expect(out).toContain('在<span class="ui-run" style="--marks: 2">“<strong class="ui">仪表板</strong>”</span>菜单中');
    expect(buttons(out, 4)).toEqual(['审查', '更新', '提交']);
    // The bold ones as before.
    expect(buttons(out, 2)).toEqual(['帐户信息', '下一步：订阅']);
  });

  it('leave a label the step bolds as it is where it is quoted again, and words that are no label', async () => {
    const content = folderWith({
      'en-US/save.md': '# Save\n\n1. Select **Save**, then check that “Save” is grey.\n2. Type “Done” and select “Close”.\n',
    });
    const { out } = await cliRun(['checklist', 'save', '--format', 'html', '--content', content, '--locales', path.join(content, 'locales'), '--no-cache']);
    expect(buttons(out, 1)).toEqual(['Save']);
    expect(out).toContain('check that “Save” is grey.');
    expect(buttons(out, 2)).toEqual([]);
  });
});
