import { describe, expect, it } from 'vitest';
import { checklistMarkdown } from '../../src/checklist/markdown.js';
import { openSession, resolveWorkflows } from '../../src/cli/context.js';
import { articleSlug } from '../../src/flow/find-workflow.js';
import { memoryIo } from '../helpers.js';

function checklist(locale: string, name: string): string {
  const session = openSession(memoryIo().io, { locale }, () => [articleSlug(name)]);
  return checklistMarkdown(resolveWorkflows(session, name), session.tr);
}

describe('markdown checklist', () => {
  it('has 5 unchecked items in zh-CN', () => {
    const md = checklist('zh-CN', 'add-a-new-customer');
    const items = md.split('\n').filter((line) => line.startsWith('- [ ] '));
    expect(items).toHaveLength(5);
    expect(md.startsWith('# 添加新客户\n')).toBe(true);
    expect(items[0]).toBe('- [ ] 在“仪表板”菜单中，选择“客户”，然后选择“添加客户”。');
    expect(md).not.toMatch(/\[x\]/i);
  });

  it('has 5 unchecked items in fr-FR, keeping the bold UI labels', () => {
    const items = checklist('fr-FR', 'add-a-new-customer').split('\n').filter((l) => l.startsWith('- [ ] '));
    expect(items).toHaveLength(5);
    expect(items[1]).toContain('**suivant\u00a0: Abonnements**');
  });

  it('gives each procedure of an article its own section', () => {
    const md = checklist('en-US', 'update-your-partner-profile');
    expect(md.match(/^## /gm)).toHaveLength(3);
    expect(md.match(/^- \[ \] /gm)).toHaveLength(12);
    const one = checklist('en-US', 'update-your-partner-profile#2');
    expect(one.match(/^- \[ \] /gm)).toHaveLength(4);
    expect(one).toContain('## Update your partner billing profile information');
  });

  it('takes the file name of an article as well as its slug', () => {
    expect(checklist('fr-FR', 'add-a-new-customer.md')).toBe(checklist('fr-FR', 'add-a-new-customer'));
    expect(checklist('en-US', 'update-your-partner-profile.md#2')).toBe(checklist('en-US', 'update-your-partner-profile#2'));
  });
});
