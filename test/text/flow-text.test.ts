/**
 * A procedure's heading that holds several sentences: the localization tools cut
 * `### A. Purchase the new subscription` into two pairs, "A." and "Purchase the new
 * subscription" (partner-center/migrate-kaizala-pro-partner.md). The oracle: the raw heading.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { folderWith, memoryIo, sxsPair } from '../helpers.js';

const pair = (n: number, fr: string, en: string) => sxsPair(n, fr, en, 'a8f40');
const ARTICLE = [
  '---', 'ms.contentlocale: fr-FR', '---',
  `# <a name="migrate"></a>${pair(104, 'Migrer des abonnements', 'Migrate subscriptions')}`, '',
  `### <a name="a-purchase-the-new-subscription"></a>${pair(141, 'R.', 'A.')} ${pair(142, 'Acheter le nouvel abonnement', 'Purchase the new subscription')}`, '',
  `1. ${pair(143, 'Sélectionnez **Clients**.', 'Select **Customers**.')}`,
  `2. ${pair(144, 'Sélectionnez **Acheter**.', 'Select **Buy**.')}`, '',
  `### <a name="b-cancel-old-subscription"></a>${pair(145, 'B.', 'B.')} ${pair(146, 'Annuler l’ancien abonnement', 'Cancel the old subscription')}`, '',
  `1. ${pair(147, 'Sélectionnez **Abonnements**.', 'Select **Subscriptions**.')}`,
  `2. ${pair(148, 'Sélectionnez **Annuler**.', 'Select **Cancel**.')}`, '',
].join('\n');
const dir = folderWith({ 'fr-FR/migrate.md': ARTICLE });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<string> {
  const m = memoryIo();
  expect(await runCli([...args, '--locale', 'fr-FR', '--content', dir, '--locales', path.join(dir, 'locales'), '--no-cache'], m.io)).toBe(0);
  return m.out();
}

describe('a procedure heading of two sentences', () => {
  it('is titled by both in the list, the checklists and the walkthrough', async () => {
    const list = await cli('list');
    expect(list).toContain('Migrer des abonnements — R. Acheter le nouvel abonnement');
    expect(list).toContain('Migrer des abonnements — B. Annuler l’ancien abonnement');
    expect(await cli('checklist', 'migrate')).toContain('\n## R. Acheter le nouvel abonnement\n');
    const json = JSON.parse(await cli('checklist', 'migrate', '--format', 'json')) as { procedures: { title: string }[] };
    expect(json.procedures.map((p) => p.title)).toEqual(['R. Acheter le nouvel abonnement', 'B. Annuler l’ancien abonnement']);
    expect(await cli('run', 'migrate#2', '--plain')).toContain('Migrer des abonnements\nB. Annuler l’ancien abonnement\n');
  });
});

describe('an "Applies to" line the reader’s language has no translation of', () => {
  const english = (n: number, text: string) => sxsPair(n, text, text, 'c7d21');
  const zh = folderWith({
    'zh-CN/health.md': [
      '---', 'ms.contentlocale: zh-CN', '---',
      `# <a name="health"></a>${sxsPair(101, '检查服务运行状况', 'Check service health')}`, '',
      `${sxsPair(102, '**适用于**', '**Applies to**')}`, '',
      `- ${english(103, 'Partner Center operated by 21Vianet')}`, '',
      `1. ${sxsPair(104, '选择 **仪表板**。', 'Select **Dashboard**.')}`,
      `2. ${sxsPair(105, '选择 **服务运行状况**。', 'Select **Service health**.')}`, '',
    ].join('\n'),
    // Another article is in French: French is a language of the content, this one is not in it.
    'fr-FR/migrate.md': ARTICLE,
  });
  afterAll(() => fs.rmSync(zh, { recursive: true, force: true }));

  it('is punctuated as the English it is shown in, not as French', async () => {
    const m = memoryIo();
    expect(await runCli(['run', 'health', '--plain', '--locale', 'fr-FR', '--content', zh, '--locales', path.join(zh, 'locales'), '--no-cache'], m.io)).toBe(0);
    expect(m.out()).toContain('Applies to: Partner Center operated by 21Vianet');
    expect(m.out()).not.toContain('Applies to :');
  });
});
