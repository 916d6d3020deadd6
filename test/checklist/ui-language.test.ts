/**
 * A checklist page in a language the UI does not speak (Icelandic here: the Norwegian fixture
 * declared is-IS): its step names are the UI's English, and say so, so that a screen reader reads
 * "Step 1" as English and not with the page's voice; in a language the UI speaks (Thai and
 * Norwegian too), the step names are the page's language and nothing is marked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { FIXTURES, folderWith, memoryIo } from '../helpers.js';

const norwegian = fs.readFileSync(path.join(FIXTURES, 'nb-NO', 'add-a-new-customer.md'), 'utf8');
const content = folderWith({
  'th-TH/add-a-new-customer.md': { fixture: 'th-TH/add-a-new-customer.md' },
  'nb-NO/add-a-new-customer.md': norwegian,
  'is-IS/add-a-new-customer.md': norwegian.replace('ms.contentlocale: nb-NO', 'ms.contentlocale: is-IS'),
});

async function checklist(locale: string, format: string, folder?: string): Promise<string> {
  const m = memoryIo();
  const options = folder ? ['--content', folder, '--locales', path.join(folder, 'locales')] : [];
  expect(await runCli(['checklist', 'add-a-new-customer', '--locale', locale, '--format', format, '--no-cache', ...options], m.io), m.err()).toBe(0);
  return m.out();
}

describe('the step names of a checklist in a language the UI lacks', () => {
  it.each(['is-IS'])('are marked as English on the %s page (HTML and JSON)', async (locale) => {
    const html = await checklist(locale, 'html', content);
    expect(html).toContain(`<html lang="${locale}"`);
    expect(html).toContain('<div class="step-name" id="add-a-new-customer-1-name" lang="en-US" dir="ltr">Step 1</div>');
    const json = JSON.parse(await checklist(locale, 'json', content)) as { procedures: { steps: { name: string; nameLang?: string }[] }[] };
    expect(json.procedures[0]!.steps[0]).toMatchObject({ name: 'Step 1', nameLang: 'en-US' });
  });

  it('are not marked where the UI speaks the page’s language', async () => {
    const html = await checklist('fr-FR', 'html');
    expect(html).toContain('<div class="step-name" id="add-a-new-customer-1-name">Étape 1</div>');
    expect(html).not.toContain('nameLang');
  });

  it.each([['th-TH', 'ขั้นตอนที่ 1'], ['nb-NO', 'Trinn 1']])('are in the page’s language on the %s page', async (locale, name) => {
    const html = await checklist(locale, 'html', content);
    expect(html).toContain(`<div class="step-name" id="add-a-new-customer-1-name">${name}</div>`);
    expect(await checklist(locale, 'json', content)).not.toContain('nameLang');
  });
});
