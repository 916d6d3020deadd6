import { describe, expect, it } from 'vitest';
import type { Segment } from '../../src/model/document.js';
import { segmentLabels, type GlossaryLookup } from '../../src/parse/labels.js';
import { normal } from '../../src/parse/label-candidates.js';

/** A glossary that knows each label's one translation. */
const glossaryOf = (known: Record<string, string>): GlossaryLookup => ({
  terms: new Map(Object.entries(known).map(([source, target]) => [normal(source), new Map([[target, 3]])])),
  leads: new Map(),
});

const segment = (source: string, target: string): Segment => ({
  id: 'x-1', n: 1, source, target, line: 1, column: 1, targetStart: 0, targetEnd: 0, sourceStart: 0, sourceEnd: 0,
});

describe('segmentLabels', () => {
  it('a menu path after an action verb is an action all along', () => {
    const labels = segmentLabels(segment(
      'In the Partner Center menu, select **Support requests** &gt; **Partner Center requests**.',
      'Dans le menu, sélectionnez **Demandes de support** &gt; **Demandes Espace partenaires**.',
    ));
    expect(labels.map((l) => [l.target, l.action])).toEqual([
      ['Demandes de support', true],
      ['Demandes Espace partenaires', true],
    ]);
  });

  it('a field entered or a value typed is filled in, not a button (customer-insights export-azure-blob-storage.md, purchase-azure-plan.md)', () => {
    const fields = segmentLabels(segment(
      'Enter the **Account name**, **Account key**, and **Container** of the Azure Blob Storage account.',
      'Entrez le **Nom du compte**, la **Clé du compte** et le **Conteneur** du compte.',
    ));
    expect(fields.map((l) => [l.source, l.action, l.filled])).toEqual([
      ['Account name', false, true],
      ['Account key', false, true],
      ['Container', false, true],
    ]);
    const typed = segmentLabels(segment('Select **Segment Commercial** and type **Microsoft Azure**', 'Sélectionnez **Segment Commercial** et tapez **Microsoft Azure**'));
    expect(typed.map((l) => [l.action, l.filled])).toEqual([[true, undefined], [false, true]]);
    // "type" as a noun names no field.
    const noun = segmentLabels(segment('An entity must have an attribute of type **Date** and the datastore type **Azure Blob Storage**.', 'x'));
    expect(noun.map((l) => l.filled)).toEqual([undefined, undefined]);
  });

  it('a label after a determiner is acted on: "select their **Country/Region**" (register-deals.md), "select its **Quick links**", "select the customer\'s **Company name**", "click on the **Pull Requests**"', () => {
    const deal = segmentLabels(segment(
      '**Customer details**: Enter the **Company name** for your customer and select their **Country/Region**.',
      '**Détails du client**: entrez le nom de la **société** de votre client et sélectionnez son **pays/région**.',
    ));
    expect(deal.map((l) => [l.source, l.action, l.filled])).toEqual([
      ['Customer details', false, undefined],
      ['Company name', false, true],
      ['Country/Region', true, undefined],
    ]);
    for (const source of ['select its **Quick links**', 'select the customer’s **Company name**', "Select the customer's **Users and Licenses**", 'Click on the **Pull Requests**', 'Select either the **Enterprise**', 'Select either **Azure**', 'Go to your **Membership offers**', 'Select an **Operator**']) {
      expect(segmentLabels(segment(source, 'x'))[0]!.action, source).toBe(true);
    }
    // Up to two words that describe it (ms-learn-associate.md, transfer-azure-subscriptions-under-azure-plan.md).
    for (const source of ['Select the blue **My Profile** icon', 'Expand transfer information by selecting the chosen **Transfer request ID**', 'select the geographic **Location**', 'select a new **Role**']) {
      expect(segmentLabels(segment(source, 'x'))[0]!.action, source).toBe(true);
    }
    // Not every word: a word of grammar ties it to another phrase, and a determiner after no action leaves it a name.
    for (const source of ['Select the customer from the **Customer details** list', 'Select the tab for the **Recurring**', 'select the checkbox to **Enable data sharing**', 'Select the issue type and **Review solutions**', 'Select the name of the **Subscription**', 'Provide a **Name**', 'On your **Incentives** page', 'Copy the link into a **private browser window**']) {
      expect(segmentLabels(segment(source, 'x'))[0]!.action, source).toBe(false);
    }
  });

  it('buttons joined by "and" or "or" are all acted on, and pair with their translations in order (merge-entities.md, mpn-logo-builder.md)', () => {
    const run = segmentLabels(segment('Select **Save** and **Run** to process the changes.', 'בחר **שמור** ו **הפעל** כדי לעבד את השינויים.'));
    expect(run.map((l) => [l.source, l.action, l.target])).toEqual([['Save', true, 'שמור'], ['Run', true, 'הפעל']]);
    const either = segmentLabels(segment('When you\'re done customizing your logo, select **Save** or **Save & download**.', 'Une fois que vous avez fini de personnaliser votre logo, sélectionnez **Enregistrer** ou **Enregistrer & Télécharger**.'));
    expect(either.map((l) => [l.action, l.target])).toEqual([[true, 'Enregistrer'], [true, 'Enregistrer & Télécharger']]);
    const three = segmentLabels(segment('select **Add**, **Update**, or **Change**.', 'x'));
    expect(three.map((l) => l.action)).toEqual([true, true, true]);
    // Not after a label that is not acted on.
    expect(segmentLabels(segment('The **Developed** or **Developing** market', 'x')).map((l) => l.action)).toEqual([false, false]);
  });

  it('a button written as a link is not given the mark of a name left over (zh-cn microsoft-partner-agreement.md)', () => {
    const labels = segmentLabels(segment(
      'If  **Indirect reseller** status is **Qualified**, then go to your [**Dashboard overview**](https://partner.microsoft.com/pcv/dashboard/overview) to accept the MPA to activate your account.',
      '如果“间接经销商”状态为“合格”，则转到[仪表板概述](https://partner.microsoft.com/pcv/dashboard/overview)接受 MPA 以激活帐户  。',
    ), glossaryOf({ 'Indirect reseller': '间接经销商' }));
    // The article's glossary pairs the first; the second is a name, the third the link's words.
    expect(labels[0]!.target).toBe('间接经销商');
    expect(labels.find((l) => l.source === 'Dashboard overview')).toMatchObject({ action: true });
    expect(labels.find((l) => l.source === 'Dashboard overview')!.target).not.toBe('合格');
  });

  it('a page name is a place, not an action', () => {
    const [page] = segmentLabels(segment('On the **Review** page, check your entries.', 'Sur la page **Révision**, vérifiez.'));
    expect(page).toMatchObject({ source: 'Review', target: 'Révision', action: false });
  });

  it('never pairs a label with the wrong words when the translation has a different count', () => {
    const labels = segmentLabels(segment('Select **Save** and then **Close**.', '选择“保存”。'));
    expect(labels.map((l) => l.target)).toEqual([undefined, undefined]);
  });

  it('reads quoted labels in the usual quotation marks of other scripts', () => {
    const labels = segmentLabels(segment('Select **Save**.', 'Wählen Sie „Speichern“ aus.'));
    expect(labels[0]!.target).toBe('Speichern');
    expect(segmentLabels(segment('Select **Save**.', '「保存」を選択します。'))[0]!.target).toBe('保存');
  });
});
