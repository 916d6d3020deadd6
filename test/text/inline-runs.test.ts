import { describe, expect, it } from 'vitest';
import { highlightRuns, inlineRuns, plainMessage } from '../../src/text/inline-runs.js';

describe('inline runs', () => {
  it('decodes entities and escapes, drops tags, marks bold labels and links', () => {
    expect(inlineRuns('Menu &gt; **Account settings** for Syndication\\_Partner, see [docs](x.md)<br>end')).toEqual([
      { text: 'Menu > ' },
      { text: 'Account settings', strong: true },
      { text: ' for Syndication_Partner, see ' },
      { text: 'docs', link: 'x.md' },
      { text: ' end' },
    ]);
  });

  it('strips control characters that could drive the terminal', () => {
    expect(plainMessage('a\u001b[31mred\u0007 b')).toBe('ared b');
  });

  it('highlights quoted labels of a translation that dropped the bold, longest first', () => {
    const runs = highlightRuns(inlineRuns('在“仪表板”菜单中，选择“客户”，然后选择“添加客户”。'), ['仪表板', '客户', '添加客户']);
    expect(runs.filter((r) => r.strong).map((r) => r.text)).toEqual(['仪表板', '客户', '添加客户']);
    expect(runs.map((r) => r.text).join('')).toBe('在“仪表板”菜单中，选择“客户”，然后选择“添加客户”。');
  });
});

describe('broken markup of machine translation', () => {
  // Real segments of partner-center-pr.zh-cn (see test/fixtures/README.md).
  it('never shows stray or escaped emphasis markers', () => {
    expect(plainMessage('所有用户的初始状态都为“已禁用” \\*\\*\\*\\* 。')).toBe('所有用户的初始状态都为“已禁用” 。');
    expect(plainMessage('选择或创建 SaaS 资源所属的 \\**资源组* 。')).toBe('选择或创建 SaaS 资源所属的 资源组 。');
    expect(plainMessage('选择 **"批准** 或拒绝 **"。**')).not.toContain('*');
  });

  it('keeps an asterisk that stands on its own', () => {
    expect(plainMessage('Fields marked * are required; 2 * 3')).toBe('Fields marked * are required; 2 * 3');
  });
});
