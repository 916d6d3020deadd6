/**
 * Procedures as the article has them, on real articles that the first parser got wrong
 * (test/fixtures/README.md says where each comes from).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, Document, Part, Segment } from '../../src/model/document.js';
import { segmentLabels } from '../../src/parse/labels.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { FIXTURES, parseFile } from '../helpers.js';

const fixture = (locale: string, name: string) => parseFile(path.join(FIXTURES, locale, `${name}.md`)).document;

/** The English of some parts, literals as they are: what the blocks say, in order. */
function english(document: Document, parts: readonly Part[]): string {
  return parts.map((part) => ('n' in part ? document.segments.find((s) => s.n === part.n)!.source : part.literal)).join(' ');
}

function types(blocks: readonly Block[]): string[] {
  return blocks.map((b) => (b.type === 'note' ? `note:${b.kind}` : b.type));
}

describe('steps are never lost', () => {
  it('keeps the 7th step after an unindented note splits the list (incentives payout profiles, fr-FR)', () => {
    const doc = fixture('fr-FR', 'incentives-create-and-manage-your-payout-and-tax-profiles');
    const bank = doc.procedures.find((p) => p.anchor === 'set-up-a-default-bank-profile')!;
    expect(bank.steps).toHaveLength(7);
    const last = bank.steps[6]!;
    expect(english(doc, (last.blocks[0] as Block & { type: 'text' }).parts)).toMatch(/^Once all the required changes have been added, select \*\*Save\*\*/);
    expect(doc.segments.find((s) => s.n === last.segments[0])!.target).toMatch(/^Une fois que toutes les modifications requises/);
  });

  it('keeps a first step that a framed image parts from the rest of a lazily numbered list (he-IL)', () => {
    const doc = fixture('he-IL', 'export-power-apps');
    const gallery = doc.procedures.find((p) => p.anchor === 'example-gallery-control')!;
    expect(gallery.steps).toHaveLength(5);
    expect(english(doc, (gallery.steps[0]!.blocks[0] as Block & { type: 'text' }).parts)).toBe(
      'Add a **Gallery** control to an app you\'re building.',
    );
  });

  it('keeps the step after a note (Azure plan price list, fr-FR)', () => {
    const doc = fixture('fr-FR', 'azure-plan-price-list');
    expect(doc.procedures[0]!.steps.map((s) => s.line)).toEqual([27, 29, 31, 36]);
  });
});

describe('notes and sections stay where the article puts them', () => {
  const doc = fixture('fr-FR', 'incentives-create-and-manage-your-payout-and-tax-profiles');

  it('gives a note between two steps to the step before it', () => {
    const bank = doc.procedures.find((p) => p.anchor === 'set-up-a-default-bank-profile')!;
    expect(types(bank.steps[5]!.blocks)).toEqual(['text', 'note:note']);
    expect(bank.steps.filter((s) => s.blocks.some((b) => b.type === 'note'))).toHaveLength(1);
  });

  it('keeps the note of a section without steps out of every procedure', () => {
    // Kept out of the procedures' blocks; the flows show it (test/flow/section-notes.test.ts).
    expect(doc.notes.map(({ kind, segments }) => ({ kind, segments }))).toEqual([{ kind: 'important', segments: [125, 126, 127] }]);
    const everywhere = doc.procedures.flatMap((p) => [...p.preamble, ...p.steps.flatMap((s) => s.blocks), ...p.epilogue]);
    expect(everywhere.flatMap((b) => (b.type === 'note' ? [b] : [])).some((b) => JSON.stringify(b).includes('"n":125'))).toBe(false);
  });

  it('gives a section its own note and the prose before its first step', () => {
    const bankProfile = doc.procedures.find((p) => p.anchor === 'create-your-bank-profile')!;
    expect(types(bankProfile.preamble)).toEqual(['text', 'note:note']);
    const other = doc.procedures.find((p) => p.anchor === 'access-the-payout-and-tax-section-in-partner-center')!;
    expect(other.preamble).toEqual([]);
  });

  it('keeps the intro paragraphs apart: the roles line, then the next paragraph', () => {
    expect(doc.intro).toHaveLength(2);
    expect(english(doc, (doc.intro[0] as Block & { type: 'text' }).parts)).toBe('**Appropriate roles**: Incentives admin | Account admin | Global admin');
    expect(english(doc, (doc.intro[1] as Block & { type: 'text' }).parts)).toMatch(/^Before you can receive payment/);
  });

  it('gives the note after the last step to its procedure (Azure plan price list)', () => {
    const price = fixture('fr-FR', 'azure-plan-price-list');
    expect(types(price.procedures[0]!.epilogue)).toEqual(['note:note']);
    expect(types(price.procedures[0]!.steps[2]!.blocks)).toEqual(['text', 'note:note']);
  });
});

describe('text outside the sentences is kept', () => {
  const doc = fixture('fr-FR', 'azure-usage');
  const arm = doc.procedures.find((p) => p.anchor === 'get-vm-sizing-information-using-the-azure-resource-manager-arm-api')!;

  it('keeps a step that is only a URL in inline code', () => {
    expect(arm.steps[1]!.blocks).toEqual([
      {
        type: 'text',
        parts: [
          {
            literal:
              '`/subscriptions/<Subscription ID>/resourceGroups/<Resource group name>/providers/Microsoft.Compute/virtualMachines/<VM Instance Name>?api-version=2017-12-01`',
          },
        ],
      },
    ]);
  });

  it('keeps both images of a step, each with its alt text from the file', () => {
    const images = arm.steps[2]!.blocks.filter((b) => b.type === 'image');
    expect(images.map((b) => (b as Block & { type: 'image' }).src)).toEqual(['images/usage3.png', 'images/usage4.png']);
    const ordinal = (images[1] as Block & { type: 'image' }).ordinal;
    expect(doc.images[ordinal]!.alt).toBe('valeur d’emplacement.');
  });
});

describe('a DocFX image on a line the paragraph runs on to', () => {
  /** Each block list of the steps, nested lists' items included. */
  const blockLists = (blocks: readonly Block[]): (readonly Block[])[] => [blocks, ...blocks.flatMap((b) => (b.type === 'list' ? b.items.flatMap(blockLists) : []))];
  const texts = (document: Document, blocks: readonly Block[]) => blocks.flatMap((b) => (b.type === 'text' ? [english(document, b.parts)] : []));

  it('is an image block after the sentence, not raw text in it (connector-salesforce, fr-FR)', () => {
    const doc = fixture('fr-FR', 'connector-salesforce');
    const lists = doc.procedures.flatMap((p) => p.steps.flatMap((s) => blockLists(s.blocks)));
    const item = lists.find((blocks) => texts(doc, blocks).some((text) => text.startsWith('Opportunities that are synchronized successfully')))!;
    expect(types(item)).toEqual(['text', 'image']);
    const image = item[1] as Block & { type: 'image' };
    expect(image.src).toBe('images/salesforce/salesforce-environment.png');
    expect(doc.images[image.ordinal]!.alt).toBe('Capture d’écran de l’environnement Salesforce.');
    expect(lists.flatMap((blocks) => texts(doc, blocks)).join('\n')).not.toContain(':::image');
  });

  it('parts plain text around it, and leaves a markdown image in its sentence', () => {
    const doc = parseDocument(
      '# Save\n\n1. Select **Save**.\n   :::image type="content" source="save.png" alt-text="The Save button":::\n   Wait for the banner.\n2. Select ![the gear](gear.png) to open **Settings**.\n\n   :::image type="content" source="settings.png" alt-text="Settings":::\n',
      { path: 'save.md', locale: 'en-US' },
    ).document;
    const [first, second] = doc.procedures[0]!.steps;
    expect(types(first!.blocks)).toEqual(['text', 'image', 'text']);
    expect(texts(doc, first!.blocks)).toEqual(['Select **Save**.', 'Wait for the banner.']);
    expect(doc.images[(first!.blocks[1] as Block & { type: 'image' }).ordinal]!.alt).toBe('The Save button');
    expect(types(second!.blocks)).toEqual(['text', 'image']);
    expect(texts(doc, second!.blocks)).toEqual(['Select ![the gear](gear.png) to open **Settings**.']);
    expect(doc.segments.map((s) => s.source).join('\n')).not.toContain(':::image');
  });
});

describe('UI labels are paired by meaning', () => {
  it('follows a translation that reorders the labels (withholding tax credit form, fr-FR)', () => {
    const doc = fixture('fr-FR', 'withholding-tax-credit-form');
    const step = doc.procedures[1]!.steps[2]!;
    // The French names "historique de facturation" first; position would pair Billing with it.
    expect(doc.segments.find((s) => s.n === step.labels[0]!.n)!.target.indexOf('historique de facturation')).toBeLessThan(
      doc.segments.find((s) => s.n === step.labels[0]!.n)!.target.indexOf('**facturation**'),
    );
    expect(step.labels.map((l) => [l.source, l.target])).toEqual([
      ['Billing', 'facturation'],
      ['Billing history', 'historique de facturation'],
    ]);
  });

  it('pairs a quoted label when the translation also quotes a name the English leaves plain (zh-CN)', () => {
    const doc = fixture('zh-CN', 'azure-active-directory-tenants-and-partner-center');
    const labels = doc.procedures.flatMap((p) => p.steps.flatMap((s) => s.labels));
    const custom = labels.find((l) => l.source === 'Custom Domain Names')!;
    expect(custom).toMatchObject({ target: '自定义域名', match: 'quoted' });
  });

  it('pairs the button the reader selects, and leaves names the translation does not mark without a target (zh-CN)', () => {
    // partner-center/csp-on-premise-software.md, zh-cn: four bold labels, one quoted translation.
    const labels = segmentLabels({
      n: 1,
      source: 'Choose product **version**, **language**, **bit**, and select **Get keys and downloads**.',
      target: '选择产品版本、语言和位数，然后选择“获取密钥和下载”   。',
    } as Segment);
    expect(labels.map((l) => l.target)).toEqual([undefined, undefined, undefined, '获取密钥和下载']);
  });
});
