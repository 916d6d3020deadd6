/**
 * A printed checklist lists under a step the procedures its overlay says to see (`links:`), as
 * `run --plain` and the screen do: titled in the page's locale, linked where the format links,
 * in every format, one article or `--all` (where the linked article is let go before the page
 * that names it is made). A target the content lacks is not listed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Checklist } from '../../src/checklist/checklist-model.js';
import { hasChromium, inChromium } from '../browser.js';
import { cliRun, folderWith, removeTempDirs, tempDir } from '../helpers.js';

afterAll(removeTempDirs);

const procedure = (title: string, action: string) => `## ${title}\n\n1. Select **${action}**.\n2. Select **Save**.\n`;
const content = folderWith({
  // `agreement` comes first: --all writes it and lets its strings go before `setup` names it.
  'en-US/agreement.md': `# Agreement\n\n${procedure('Sign the agreement', 'Sign')}\n${procedure('Renew the agreement', 'Renew')}`,
  'en-US/setup.md': '# Set up\n\n1. Select **Start**.\n2. Select **Finish**, then read the [agreement](agreement.md).\n',
  'overlays/setup.yaml': [
    'links:',
    '  - { step: 1, flow: agreement#2 }',
    '  - { step: 1, flow: agreement#9 }',
    // Step 2's own text links to the agreement, which opens its first procedure: said there already.
    '  - { step: 2, flow: agreement }',
    '',
  ].join('\n'),
  'locales/fr-FR/setup.json': JSON.stringify({ 'title.1': 'Configurer', 'proc-1.step-1.2': 'Sélectionnez **Démarrer**.', 'proc-1.step-1.2.label-1': 'Démarrer' }),
  'locales/fr-FR/agreement.json': JSON.stringify({ 'title.1': 'Contrat', 'proc-1.title.2': 'Signer le contrat', 'proc-2.title.5': 'Renouveler le contrat' }),
});

const cli = (...args: string[]) => cliRun([...args, '--content', content, '--locales', path.join(content, 'locales'), '--no-cache']);
const SEE = '- ↗ Voir aussi : [Contrat — Renouveler le contrat](agreement.md#renew-the-agreement)';

describe('checklists list the procedures an overlay links a step to', () => {
  it('under the step, titled in the locale, in markdown', async () => {
    const { code, out } = await cli('checklist', 'setup', '--locale', 'fr-FR');
    expect(code).toBe(0);
    expect(out).toContain(`- [ ] Sélectionnez **Démarrer**.\n  ${SEE}\n- [ ] Select **Finish**`);
    expect(out.match(/↗/g)).toHaveLength(1);
  });

  it('as data in JSON, and by its title on the HTML page (a link to agreement.md would lead nowhere from it)', async () => {
    const json = JSON.parse((await cli('checklist', 'setup', '--locale', 'fr-FR', '--format', 'json')).out) as Checklist;
    expect(json.procedures[0]!.steps.map((step) => step.seeAlso)).toEqual([
      [{ flow: 'agreement#2', title: 'Contrat — Renouveler le contrat', href: 'agreement.md#renew-the-agreement', text: 'Voir aussi : [Contrat — Renouveler le contrat](agreement.md#renew-the-agreement)' }],
      undefined,
    ]);
    const html = (await cli('checklist', 'setup', '--locale', 'fr-FR', '--format', 'html')).out;
    expect(html).toContain('<p class="see-also" data-flow="agreement#2"><span aria-hidden="true">↗</span> Voir aussi : Contrat — Renouveler le contrat</p>');
  });

  it('with --all, linked to the procedure’s own page, after the linked article was let go', async () => {
    const site = (format: string) => {
      const dir = tempDir();
      return cli('checklist', '--all', '--format', format, '--out', dir).then(({ code }) => (expect(code).toBe(0), (file: string) => fs.readFileSync(path.join(dir, 'fr-FR', file), 'utf8')));
    };
    expect((await site('md'))('setup.md')).toContain(`- [ ] Sélectionnez **Démarrer**.\n  - ↗ Voir aussi : [Contrat — Renouveler le contrat](agreement.md)\n`);
    const page = await site('html');
    expect(page('setup.html')).toContain('Voir aussi : <a href="agreement.html#renew-the-agreement">Contrat — Renouveler le contrat</a>');
    expect(page('agreement.html')).toContain('<section class="procedure" id="renew-the-agreement"');
    const json = JSON.parse((await site('json'))('setup.json')) as Checklist;
    expect(json.procedures[0]!.steps[0]!.seeAlso?.map((other) => other.title)).toEqual(['Contrat — Renouveler le contrat']);
  });

  it.skipIf(!hasChromium)('reads as a line of the step in a browser, its link leading to the procedure', async () => {
    const dir = tempDir();
    expect((await cli('checklist', '--all', '--format', 'html', '--out', dir)).code).toBe(0);
    const seen = await inChromium(path.join(dir, 'fr-FR', 'setup.html'), async (page) => {
      const step = page.locator('li.step[data-step="1"]');
      const text = await step.innerText();
      await step.locator('.see-also a').click();
      return { text, at: new URL(page.url()).pathname.split('/').slice(-2).join('/'), hash: new URL(page.url()).hash };
    });
    expect(seen.text).toMatch(/Sélectionnez Démarrer\.\n+↗ Voir aussi : Contrat — Renouveler le contrat/);
    expect(seen).toMatchObject({ at: 'fr-FR/agreement.html', hash: '#renew-the-agreement' });
  });
});
