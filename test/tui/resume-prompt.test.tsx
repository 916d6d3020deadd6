/**
 * The question a saved run opens on, at 40 columns: in French its first line, "Reprendre là où vous
 * vous étiez arrêté :", fills the row exactly, and Ink's wrap began the next one with a space.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openSession } from '../../src/cli/context.js';
import type { SavedRun } from '../../src/flow/run-store.js';
import { ResumePrompt } from '../../src/tui/components/ResumePrompt.js';
import { I18nContext } from '../../src/tui/hooks/use-translation.js';
import { NO_COLOURS, ThemeContext } from '../../src/tui/theme.js';
import { memoryIo } from '../helpers.js';
import { tick } from './render-app.js';
import { renderTerminal, type Terminal } from './terminal.js';

let current: Terminal | undefined;
afterEach(() => current?.unmount());

describe('the resume question at 40 columns', () => {
  it('starts no line with a space', async () => {
    const session = openSession(memoryIo().io, { locale: 'fr-FR' }, () => ['add-a-new-customer']);
    const workflow = session.workspace.workflows().find((flow) => flow.id === 'add-a-new-customer')!;
    const plan = { from: {} as SavedRun, step: 2 };
    current = renderTerminal(
      <I18nContext.Provider value={session.i18n}>
        <ThemeContext.Provider value={NO_COLOURS}>
          <ResumePrompt workflow={workflow} plan={plan} onResume={() => {}} onRestart={() => {}} onQuit={() => {}} />
        </ThemeContext.Provider>
      </I18nContext.Provider>,
      { columns: 40, rows: 20 },
    );
    await tick();
    const lines = (current.lastFrame() ?? '').split('\n');
    expect(lines).toContain('Reprendre là où vous vous étiez arrêté :');
    expect(lines).toContain('étape 2 sur 5 ?');
  });
});
