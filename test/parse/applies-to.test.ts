/**
 * "Applies to" in every form articles write it is the article's "applies to", shown as one line
 * under the title on every surface. Only the label alone over a list (`**Applies to**`, then
 * `- Partner Center`) was: the one-line form (`**Applies to**: Partner Center | …`, 59 of the
 * 129 side-by-side corpus articles that have one) was a paragraph of the intro, an italic one
 * too, and a plain translation's label (`**適用於**`), not in English, a bold line of the intro.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { appliesToForm } from '../../src/parse/applies-to.js';
import { folderWith, plainAndChecklist, printedIn, removeTempDirs } from '../helpers.js';

afterAll(removeTempDirs);

const steps = ['1. Select **Customers**.', '2. Select **Save**.', ''];

describe('the "applies to" of an article', () => {
  it('is the label alone or the label and its items, in any emphasis, in English or a known translation', () => {
    for (const label of ['**Applies to**', '*Applies to*', 'Applies to:', '**Applies to:**', '**適用於**', '**S’applique à**', '**적용 대상**']) expect(appliesToForm(label)).toBe('label');
    for (const line of ['**Applies to**: Partner Center | Partner Center India', '*Applies to: Partner Center*', 'Applies to: Partner Center', '**S’applique à** : Espace partenaires', '**適用於**：夥伴中心']) {
      expect(appliesToForm(line)).toBe('line');
    }
    // A sentence that starts so is none.
    expect(appliesToForm('Applies to partners in the CSP program only.')).toBeUndefined();
    expect(appliesToForm('**Appropriate roles**: Admin agent')).toBeUndefined();
  });

  it('in one line of a side-by-side article is the header line of run --plain and of the checklist (report-problems-with-partner-center, fr-FR)', async () => {
    const dir = folderWith({ 'content/fr-FR/report-problems-with-partner-center.md': { fixture: 'fr-FR/report-problems-with-partner-center.md' } });
    const run = await printedIn(dir, 'fr-FR')('run', 'report-problems-with-partner-center#1', '--plain');
    // Under the titles, before the blank line that opens the intro (as a label over a list is shown).
    expect(run).toMatch(/^[^\n]+\n[^\n]+\nS’applique à: espace partenaires \| Espace partenaires pour Microsoft Cloud pour le gouvernement des États-Unis\n\n/);
    const checklist = await printedIn(dir, 'fr-FR')('checklist', 'report-problems-with-partner-center#1');
    expect(checklist).toContain('\n*S’applique à: espace partenaires | Espace partenaires pour Microsoft Cloud pour le gouvernement des États-Unis*\n');
    const english = await printedIn(dir, 'en-US')('run', 'report-problems-with-partner-center#1', '--plain');
    expect(english).toMatch(/^[^\n]+\n[^\n]+\nApplies to: Partner Center \| Partner Center for Microsoft Cloud for US Government\n\n/);
  });

  it('in italics, with its items in the line or in a list, is the header line as in bold', async () => {
    for (const opening of [['*Applies to: Partner Center | Partner Center India*'], ['*Applies to*', '', '- Partner Center', '- Partner Center India']]) {
      const { run, checklist } = await plainAndChecklist('italic', ['# Add a customer', '', ...opening, '', 'Intro text.', '', ...steps].join('\n'));
      expect(run).toMatch(/^Add a customer\nApplies to: Partner Center(,| \|) Partner Center India\n\nIntro text\.\n/);
      expect(checklist).toMatch(/\n\*Applies to: Partner Center(,| \|) Partner Center India\*\n/);
    }
  });

  it('of a plain translation, in its language, is the header line (zh-TW, ja-JP, ko-KR)', async () => {
    const cases = [
      { locale: 'zh-TW', fixture: 'zh-TW/add-a-new-customer.md', line: '適用於：夥伴中心、Microsoft Cloud for US Government 適用的合作夥伴中心、雲端解決方案提供者計畫合作夥伴' },
      { locale: 'ja-JP', fixture: 'plain-translations/partner-center-pr.ja-jp/partner-center/add-a-new-customer.md', line: '適用対象：パートナー センター、米国政府機関向け Microsoft Cloud のパートナー センター、Microsoft Cloud ドイツのパートナー センター' },
      { locale: 'ko-KR', fixture: 'plain-translations/partner-center-pr.ko-kr/partner-center/add-a-new-customer.md', line: '적용 대상: 파트너 센터, Microsoft Cloud for US Government용 파트너 센터, Microsoft 클라우드 독일 파트너 센터' },
    ];
    for (const { locale, fixture, line } of cases) {
      const dir = folderWith({ [`content/${locale}/add-a-new-customer.md`]: { fixture } });
      const run = await printedIn(dir, locale)('run', 'add-a-new-customer', '--plain');
      expect(run.split('\n')[1]).toBe(line);
    }
  });
});
