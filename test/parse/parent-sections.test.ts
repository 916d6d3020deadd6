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
import { CONTENT, cliRun, contentPath, FIXTURES, folderWith, parseFile, removeTempDirs } from '../helpers.js';

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

/**
 * A bold line without steps under such a heading (`**See also**` over links) was a section of its
 * own, and its text was in no flow: the page shows it above the deeper sections, with the
 * heading's text. A bold line with steps after it instead (an FAQ's questions) makes it a title
 * beside that one, whose procedure does not open with it.
 */
describe('a bold line without steps under the section over the sections with steps', () => {
  it('is shown with the section’s text by each procedure under it (customer-support, fr-FR and zh-CN)', async () => {
    // The bundled content's customer-support is Archive/China-customer-support.md of the shared corpus, byte for byte.
    for (const [locale, seeAlso, link] of [
      ['fr-FR', 'Voir aussi', 'Proposer un support technique'],
      ['zh-CN', '另请参阅', '提供技术支持'],
    ] as const) {
      const doc = parseFile(contentPath(locale, 'customer-support')).document;
      const [getting, providing] = doc.procedures;
      // "## Providing customer support": its text, then "**See also**" and its three links, then "### Escalate…"'s text.
      const preamble = english(doc, providing!.preamble);
      const from = preamble.indexOf('**See also**');
      expect(preamble.slice(from, from + 4)).toEqual(['**See also**', 'Provide technical support', 'Provide billing support', 'Customer self-support']);
      expect(preamble[from - 1]).toMatch(/^For the most up-to-date support requirements/);
      expect(preamble[from + 4]).toMatch(/^21Vianet provides escalation support/);
      // "## Getting customer support"'s procedure is under no such section.
      expect(english(doc, getting!.preamble)).not.toContain('**See also**');

      const { code, out } = await cliRun(['run', 'customer-support#2', '--plain', '--locale', locale, '--content', CONTENT, '--no-cache']);
      expect(code).toBe(0);
      expect(out).toContain(`${seeAlso}\n  • ${link}[b]`);
      expect(out).toContain('[b] provide-technical-support.md');
      expect((await cliRun(['run', 'customer-support#1', '--plain', '--locale', locale, '--content', CONTENT, '--no-cache'])).out).not.toContain(seeAlso);
    }
  });

  it('is not the text of a bold line’s procedure after it (2021-may’s FAQ, fr-FR)', () => {
    const doc = parseFile(path.join(FIXTURES, 'faq-bold-lines', 'fr-FR', '2021-may.md')).document;
    expect(doc.procedures).toHaveLength(1);
    // "### FAQ:" then two questions with their answers, then the question whose answer has steps.
    expect(english(doc, doc.procedures[0]!.preamble)).toEqual([
      'When you create the initial sandbox indirect reseller, make a note of the login credentials and then follow the procedure below.',
    ]);
  });

  const content = folderWith({
    'en-US/roles.md': [
      '# Roles', '',
      '## Assign roles', '', '1. Select **Users**.', '2. Select **Roles**.', '',
      '## Remove roles', '', '**Before you start**', '', '- Sign in as an admin.', '', '> [!NOTE]', '> Removing takes an hour.', '',
      '### From a user', '', '1. Select **User**.', '2. Select **Remove**.', '',
    ].join('\n'),
  });
  const cli = (...args: string[]) => cliRun([...args, '--content', content, '--locales', path.join(content, 'locales'), '--no-cache']);

  it('opens the procedure under it with its line, list and note, under a heading with no text of its own', async () => {
    const under = (await cli('run', 'roles#2', '--plain')).out;
    expect(under).toMatch(/Before you start\n {2}• Sign in as an admin\.\nNote: Removing takes an hour\.\n\nStep 1 of 2/);
    // Its note is no longer shown at the end of the procedure before.
    const before = (await cli('run', 'roles#1', '--plain')).out;
    expect(before).not.toContain('Removing takes an hour');
    expect(before).not.toContain('Before you start');
  });
});
