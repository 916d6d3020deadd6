/**
 * The text of a section without steps over deeper sections with steps ("## Set up payment"'s
 * prerequisite before "### Option A" and "### Option B") was in no flow: a reader of either
 * option never saw it (its notes only, at the end of the procedure before). Each procedure under
 * it now opens with it, as the page shows it above them.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Block, Document } from '../../src/model/document.js';
import { blockParts } from '../../src/parse/structure.js';
import { cliRun, FIXTURES, folderWith, parseFile, removeTempDirs } from '../helpers.js';

afterAll(removeTempDirs);

/** The English of some blocks' segments, in order. */
function english(document: Document, blocks: readonly Block[]): string[] {
  return blockParts(blocks).map((n) => document.segments.find((s) => s.n === n)!.source);
}

describe('the text of a section over the sections with steps', () => {
  it('opens each procedure under it, and only those (azure-usage, fr-FR)', () => {
    const doc = parseFile(path.join(FIXTURES, 'fr-FR', 'azure-usage.md')).document;
    const under = (prefix: string) => doc.procedures.filter((p) => p.anchor.startsWith(prefix));
    // "## Determine the VM size …" over "### Get VM sizing information …" sections (three with steps).
    expect(under('get-vm-sizing-information')).toHaveLength(3);
    for (const procedure of under('get-vm-sizing-information')) {
      const preamble = english(doc, procedure.preamble);
      expect(preamble[0]).toMatch(/^When buying Microsoft Azure reservations on behalf of your customers/);
      expect(preamble).toContain("Reservation discounts don't apply to classic or promotional VMs.");
      expect(preamble.join(' ')).not.toContain('After you purchase an Azure Reserved VM Instance');
    }
    // "## Verify Azure VM usage …" over "### Verify the customer's reservation usage …": its own text, not the first section's.
    expect(under('verify-the-customer')).toHaveLength(1);
    for (const procedure of under('verify-the-customer')) {
      const preamble = english(doc, procedure.preamble);
      expect(preamble[0]).toMatch(/^After you purchase an Azure Reserved VM Instance/);
      expect(preamble.join(' ')).not.toContain('When buying Microsoft Azure reservations');
    }
    // Its notes are the procedures' now, not those of the procedure before (or the intro's).
    expect(doc.notes.flatMap((note) => english(doc, note.blocks ?? []))).not.toContain("Reservation discounts don't apply to classic or promotional VMs.");
  });

  const content = folderWith({
    'en-US/billing.md': [
      '# Set up billing', '', 'Intro text.', '',
      '## Set up payment', '', 'You need the **Billing admin** role.', '', '> [!NOTE]', '> Payments take a day.', '',
      '### Option A: card', '', '1. Select **Card**.', '2. Select **Save**.', '',
      '### Option B: invoice', '', 'Ask your bank first.', '', '1. Select **Invoice**.', '2. Select **Save**.', '',
      '## Other', '', '1. Select **X**.', '2. Select **Y**.', '',
    ].join('\n'),
  });
  const cli = (...args: string[]) => cliRun([...args, '--content', content, '--locales', path.join(content, 'locales'), '--no-cache']);

  it('is shown by run --plain and the checklist of each option, before the option’s own text', async () => {
    for (const flow of ['billing#1', 'billing#2']) {
      const { code, out } = await cli('run', flow, '--plain');
      expect(code).toBe(0);
      expect(out).toMatch(/Intro text\.\n\nYou need the Billing admin role\.\nNote: Payments take a day\.\n(Ask your bank first\.\n)?\nStep 1 of 2/);
    }
    expect((await cli('run', 'billing#2', '--plain')).out).toContain('Payments take a day.\nAsk your bank first.');
    const other = (await cli('run', 'billing#3', '--plain')).out;
    expect(other).not.toContain('Billing admin');
    expect(other).not.toContain('Payments take a day');
    const checklist = (await cli('checklist', 'billing')).out;
    expect(checklist.match(/You need the \*\*Billing admin\*\* role\./g)).toHaveLength(2);
    expect(checklist.match(/Payments take a day\./g)).toHaveLength(2);
  });
});
