/**
 * A stale translation (its English changed since) goes out for review; a translator who reads the
 * new English and finds the translation still right confirms it in the CAT tool by its state,
 * leaving the text as it was. Before, import said "0 strings updated" and status kept the
 * sentence stale for ever: the only way out was to change a translation that needed no change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { contentCopy, type ContentCopy } from '../content-copy.js';

const SLUG = 'add-a-new-customer';
const copies: ContentCopy[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));

let root: string;
let content: string;
let locales: string;
let cli: ContentCopy['cli'];

/** fr-FR's stale sentences, as status --format json lists them. */
async function staleKeys(): Promise<string[]> {
  const { out } = await cli('status', SLUG, '--locale', 'fr-FR', '--format', 'json', '--all');
  const report = JSON.parse(out) as { rows: { stale: number }[]; items: { state: string; key: string }[] };
  const keys = report.items.filter((item) => item.state === 'stale').map((item) => item.key);
  expect(report.rows[0]!.stale).toBe(keys.length);
  return keys;
}

/** The exported file with one unit's target state (and 2.0 sub-state) as `edit` leaves it. */
async function exportedWith(format: 'xliff12' | 'xliff2', edit: (unit: string) => string): Promise<string> {
  const file = path.join(root, `fr.${format}.xlf`);
  expect((await cli('export', SLUG, '--locale', 'fr-FR', '--format', format, '--out', file)).code).toBe(0);
  const xml = fs.readFileSync(file, 'utf8');
  const unit = new RegExp(`<(trans-unit|unit) id="title\\.103"[\\s\\S]*?</\\1>`).exec(xml)![0];
  fs.writeFileSync(file, xml.replace(unit, edit(unit)));
  return file;
}

beforeEach(async () => {
  const copy = contentCopy();
  copies.push(copy);
  ({ root, content, locales, cli } = copy);
  // A newer English hand-off (zh-CN's) rewords the title the French (HT) was translated from.
  const chinese = path.join(content, 'zh-CN', `${SLUG}.md`);
  const text = fs.readFileSync(chinese, 'utf8');
  fs.writeFileSync(
    chinese,
    text
      .replace('-103">Add a new customer<', '-103">Add a customer<')
      .replace(/ms\.lasthandoff: .*/, 'ms.lasthandoff: 01/15/2020')
      .replace(/ms\.openlocfilehash: .*/, 'ms.openlocfilehash: 0123456789abcdef0123456789abcdef01234567'),
  );
  expect((await cli('extract')).code).toBe(0);
  expect(await staleKeys()).toEqual(['title.103']);
});

describe('a stale translation confirmed in XLIFF for the new English', () => {
  it('1.2: needs-review-translation marked translated, the text unchanged, is current; left as exported, it stays stale', async () => {
    const left = await exportedWith('xliff12', (unit) => unit);
    expect(fs.readFileSync(left, 'utf8')).toContain('<target state="needs-review-translation">Ajouter un client</target>');
    expect((await cli('import', left)).out).toContain('0 strings updated');
    expect(await staleKeys()).toEqual(['title.103']);

    const confirmed = await exportedWith('xliff12', (unit) => unit.replace('state="needs-review-translation"', 'state="translated"'));
    const imported = await cli('import', confirmed);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('1 string updated');
    expect(await staleKeys()).toEqual([]);
    const french = JSON.parse(fs.readFileSync(path.join(locales, 'fr-FR', `${SLUG}.json`), 'utf8')) as Record<string, string>;
    expect(french['title.103']).toBe('Ajouter un client');
    const provenance = JSON.parse(fs.readFileSync(path.join(locales, '_docflow', 'fr-FR', `${SLUG}.json`), 'utf8')) as { strings: Record<string, { from: string; origin: string }> };
    expect(provenance.strings['title.103']).toMatchObject({ from: 'Add a customer', origin: 'xliff' });
  });

  it('2.0: translated/docflow:stale marked reviewed or final is current; still translated, it stays stale', async () => {
    const left = await exportedWith('xliff2', (unit) => unit.replace('subState="docflow:stale"', ''));
    expect((await cli('import', left)).out).toContain('0 strings updated');
    expect(await staleKeys()).toEqual(['title.103']);

    const reviewed = await exportedWith('xliff2', (unit) => unit.replace('state="translated" subState="docflow:stale"', 'state="reviewed"'));
    expect((await cli('import', reviewed)).out).toContain('1 string updated');
    expect(await staleKeys()).toEqual([]);
  });

  it('a draft state says nothing of the new English: the translation stays stale, --drafts or not', async () => {
    const draft = await exportedWith('xliff12', (unit) => unit.replace('state="needs-review-translation"', 'state="needs-translation"'));
    expect((await cli('import', draft, '--drafts')).out).toContain('0 strings updated');
    expect(await staleKeys()).toEqual(['title.103']);
  });
});
