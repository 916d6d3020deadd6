/**
 * The plain walkthrough (`run` without the full-screen UI: a screen reader, a log) gives a step's
 * links as the step screen does: numbered after their words, their addresses listed under it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { folderWith, memoryIo } from '../helpers.js';
import { runCommand } from '../../src/cli/run-command.js';

const dir = folderWith({
  'en-US/links.md': [
    '# Links', '',
    '1. Read [the guide](https://learn.microsoft.com/guide) and [the FAQ](https://learn.microsoft.com/faq).', '',
    '2. Then:', '   1. Open [the portal](https://portal.azure.com).', '   2. Check [the guide](https://learn.microsoft.com/guide) again.', '',
    '3. Select **Done**.', '',
  ].join('\n'),
  'en-US/budget.md': '# Budgets\n\n## Set a budget\n\n1. Select **Set**.\n2. Select **Save**, or [remove it](#remove-a-budget).\n\nSee [the links](links.md).\n\n## Remove a budget\n\n1. Select **Remove**.\n2. Select **Save**.\n',
  'en-US/listed-note.md': '# Listed\n\n1. Select **Save**.\n\n   > [!NOTE]\n   > - The first thing.\n   > - The second thing.\n\n2. Select **Done**.\n',
  'en-US/around.md': [
    '# Around', '', 'Read [the overview](https://learn.microsoft.com/overview) first.', '',
    '## Set it up', '', 'You need [an account](https://example.com/account).', '',
    '1. Select **Set**.', '2. Select **Save**.', '',
    'Then see [the links](links.md) or [the overview](https://learn.microsoft.com/overview) again.', '',
  ].join('\n'),
  'en-US/first-link.md': '# First link\n\nRead [the overview](https://example.com/overview) first.\n\n1. Open [the links](links.md).\n2. Select **Done**.\n',
  'en-US/with space.md': '# Spaced\n\n1. Read [the links](links.md).\n2. Select **Done**.\n',
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the links of a step in the plain walkthrough', () => {
  it('are numbered after their words and listed under the step with their address, each once', async () => {
    const m = memoryIo();
    expect(await runCli(['run', 'links', '--plain', '--content', dir, '--locales', path.join(dir, 'locales'), '--no-cache'], m.io)).toBe(0);
    const out = m.out();
    expect(out).toContain('  Read the guide[1] and the FAQ[2].\n  [1] https://learn.microsoft.com/guide\n  [2] https://learn.microsoft.com/faq\n');
    expect(out).toContain('    a. Open the portal[1].\n    b. Check the guide[2] again.\n  [1] https://portal.azure.com\n  [2] https://learn.microsoft.com/guide\n');
    expect(out).toMatch(/Step 3 of 3\n {2}Select Done\.\n/);
  });
});

describe('the links of the intro, the preamble and the epilogue in the plain walkthrough', () => {
  // Before, only a step's links were listed: these said "the overview" and nothing of where it leads.
  it('are lettered after their words and listed under them with their address, as a step lists its own by number', async () => {
    const m = memoryIo();
    expect(await runCli(['run', 'around', '--plain', '--content', dir, '--locales', path.join(dir, 'locales'), '--no-cache'], m.io)).toBe(0);
    expect(m.out()).toContain('Around\n\nRead the overview[a] first.\n\nYou need an account[b].\n[a] https://learn.microsoft.com/overview\n[b] https://example.com/account\n\nStep 1 of 2\n');
    // One to a procedure is named after its address, as in a step; each list letters from a.
    expect(m.out()).toContain('\nThen see the links[a] or the overview[b] again.\n[a] links.md (see “Links”)\n[b] https://learn.microsoft.com/overview\n\nDone: all 2 steps completed.\n');
  });

  it('of the intro and of the first step never share a mark: letters for the first, numbers for the step', async () => {
    // Before, both counted from 1: "[1] https://example.com/overview" over "Step 1 of 2", "[1] links.md" under it.
    const m = memoryIo();
    expect(await runCli(['run', 'first-link', '--plain', '--content', dir, '--locales', path.join(dir, 'locales'), '--no-cache'], m.io)).toBe(0);
    expect(m.out()).toContain('Read the overview[a] first.\n[a] https://example.com/overview\n\nStep 1 of 2\n  Open the links[1].\n  [1] links.md (see “Links”)\n');
  });

  it('of a real article: its note in the intro and its last paragraph name where each link leads', async () => {
    // The bundled Archive/China-add-a-new-customer.md (partner-center-pr.fr-fr); its addresses, read in the raw text:
    // the note's multichannel.md, multipartner.md, request-a-relationship-with-a-customer.md, the last paragraph's create-a-new-subscription.md.
    const answers = path.join(dir, 'answers.yaml');
    fs.writeFileSync(answers, 'company-name: Contoso Ltd\naddress: 1 Main Street\ncountry-region: China\ncontact-name: Li Lei\ncontact-email: li@contoso.com\ncontact-phone: "+86 10 1234 5678"\noffers: [Azure plan]\nlicenses: 5\n');
    const m = memoryIo();
    expect(await runCli(['run', 'add-a-new-customer', '--plain', '--locale', 'fr-FR', '--answers', answers, '--no-cache'], m.io)).toBe(0);
    expect(m.out()).toContain('via un multichannel[a] ou multipartner[b] scénario, vous devez demander un revendeur relation[c] avec ce client.\n[a] multichannel.md\n[b] multipartner.md\n[c] request-a-relationship-with-a-customer.md (voir « Demander une relation de revendeur avec un client »)\n\nÉtape 1 sur 5\n');
    expect(m.out()).toContain('consultez créer un nouvel abonnement[a].\n[a] create-a-new-subscription.md (voir « Créer un abonnement »)\n\nTerminé');
  });
});

describe('a note in the plain walkthrough', () => {
  it('that opens with a list has its label on a line of its own, the bullets in line under it', async () => {
    const m = memoryIo();
    expect(await runCli(['run', 'listed-note', '--plain', '--content', dir, '--locales', path.join(dir, 'locales'), '--no-cache'], m.io)).toBe(0);
    expect(m.out()).toContain('  Select Save.\n  Note:\n      • The first thing.\n      • The second thing.\n');
  });
});

describe('the end of a plain walkthrough', () => {
  it('names the procedures the article links to, each with the command that opens it as this one was opened; a step names those it links to', async () => {
    const m = memoryIo();
    const locales = path.join(dir, 'locales');
    expect(await runCli(['run', 'budget#1', '--plain', '--content', dir, '--locales', locales, '--no-cache'], m.io)).toBe(0);
    // A step's link to a procedure is named after its address, as the screen names it.
    expect(m.out()).toContain('  Select Save, or remove it[1].\n  [1] #remove-a-budget (see “Budgets — Remove a budget”)\n');
    expect(m.out()).toMatch(/Done: all 2 steps completed\.\n\nRelated procedures\n {2}• Budgets — Remove a budget\n {4}docflow run budget#2 --content \S+ --locales \S+\n {2}• Links\n {4}docflow run links --content /);
    const spaced = memoryIo();
    expect(await runCli(['run', 'with space', '--plain', '--content', dir, '--locales', locales, '--locale', 'en-US', '--no-cache'], spaced.io)).toBe(0);
    expect(spaced.out()).toContain(`  • Links\n    docflow run links --content ${dir} --locales ${locales} --locale en-US\n`);
    // A word the shell would split, expand or end is quoted.
    expect(runCommand("it's #1", { content: ['a b', 'c'], locale: 'fr-FR' })).toBe(`docflow run 'it'\\''s #1' --content 'a b' --content c --locale fr-FR`);
    // A flow linking to nothing ends with its last line.
    const alone = memoryIo();
    expect(await runCli(['run', 'links', '--plain', '--content', dir, '--locales', locales, '--no-cache'], alone.io)).toBe(0);
    expect(alone.out()).toMatch(/Done: all 3 steps completed\.\n$/);
  });
});
