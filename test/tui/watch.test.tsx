/**
 * run --watch: a translator saves a resource file and the running flow shows the new string at
 * once, on the same step; a file saved half-written keeps the strings shown before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { render } from 'ink-testing-library';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/catalog/extract.js';
import { watchResources } from '../../src/catalog/watch-resources.js';
import { Workspace } from '../../src/catalog/workspace.js';
import { openSession } from '../../src/cli/context.js';
import { App } from '../../src/tui/components/App.js';
import { I18nContext } from '../../src/tui/hooks/use-translation.js';
import { NO_COLOURS, ThemeContext } from '../../src/tui/theme.js';
import { CONTENT, memoryIo, tempDir } from '../helpers.js';

const root = tempDir();
const content = path.join(root, 'content');
const locales = path.join(root, 'locales');
fs.cpSync(CONTENT, content, { recursive: true });
await extract(new Workspace(content, locales), ['add-a-new-customer']);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, ms = 3000): Promise<void> {
  for (let waited = 0; !check() && waited < ms; waited += 50) await wait(50);
}

describe('run --watch', () => {
  it('shows a saved translation at once, on the same step, and survives a broken save', async () => {
    const m = memoryIo();
    const session = openSession(m.io, { locale: 'fr-FR', content, locales }, () => ['add-a-new-customer']);
    const flows = session.workspace.workflows();
    const app = render(
      <I18nContext.Provider value={session.i18n}>
        <ThemeContext.Provider value={NO_COLOURS}>
          <App flows={flows} initial={flows.find((f) => f.id === 'add-a-new-customer')} localesFor={session.localesFor} />
        </ThemeContext.Provider>
      </I18nContext.Provider>,
    );
    const errors: Error[] = [];
    const stop = watchResources(locales, session.reload, (error) => errors.push(error));
    try {
      app.stdin.write('\r');
      await until(() => (app.lastFrame() ?? '').includes('Étape 2 sur 5'));
      const file = path.join(locales, 'fr-FR', 'add-a-new-customer.json');
      const messages = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
      messages['proc-1.step-2.111'] = 'Sur la page **Informations sur le compte**, remplissez la fiche de la société.';
      fs.writeFileSync(file, JSON.stringify(messages, null, 2));
      await until(() => (app.lastFrame() ?? '').includes('remplissez la fiche'));
      expect(app.lastFrame(), `errors: ${errors.map(String).join('; ')}`).toContain('remplissez la fiche');
      expect(app.lastFrame()).toContain('Étape 2 sur 5');
      fs.writeFileSync(file, '{ "proc-1.step-2.111": "coupé');
      // Said with its place, and the strings loaded before stay on screen.
      await until(() => m.err().includes('add-a-new-customer.json'));
      expect(m.err()).toMatch(/add-a-new-customer\.json:1:24 warning not valid JSON: a string that is not closed.+ docflow:bad-resource/);
      expect(errors).toEqual([]);
      expect(app.lastFrame()).toContain('remplissez la fiche');
    } finally {
      stop();
      app.unmount();
    }
  });
});
