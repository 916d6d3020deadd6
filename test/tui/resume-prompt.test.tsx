/**
 * The question a saved run opens on, at 40 columns: in French its first line, "Reprendre là où vous
 * vous étiez arrêté :", fills the row exactly, and Ink's wrap began the next one with a space.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openSession } from '../../src/cli/context.js';
import type { ResumePlan } from '../../src/flow/resume.js';
import type { SavedRun } from '../../src/flow/run-store.js';
import { ResumePrompt } from '../../src/tui/components/ResumePrompt.js';
import { I18nContext } from '../../src/tui/hooks/use-translation.js';
import { NO_COLOURS, ThemeContext } from '../../src/tui/theme.js';
import { memoryIo } from '../helpers.js';
import { tick } from './render-app.js';
import { renderTerminal, type Terminal } from './terminal.js';

let current: Terminal | undefined;
afterEach(() => current?.unmount());

function prompt(locale: string, plan: ResumePlan, size: { columns: number; rows: number }) {
  const session = openSession(memoryIo().io, { locale }, () => ['add-a-new-customer']);
  const workflow = session.workspace.workflows().find((flow) => flow.id === 'add-a-new-customer')!;
  return renderTerminal(
    <I18nContext.Provider value={session.i18n}>
      <ThemeContext.Provider value={NO_COLOURS}>
        <ResumePrompt workflow={workflow} plan={plan} onResume={() => {}} onRestart={() => {}} onQuit={() => {}} />
      </ThemeContext.Provider>
    </I18nContext.Provider>,
    size,
  );
}

describe('the resume question at 40 columns', () => {
  it('starts no line with a space', async () => {
    current = prompt('fr-FR', { from: {} as SavedRun, step: 2 }, { columns: 40, rows: 20 });
    await tick();
    const lines = (current.lastFrame() ?? '').split('\n');
    expect(lines).toContain('Reprendre là où vous vous étiez arrêté :');
    expect(lines).toContain('étape 2 sur 5 ?');
  });

  it('keeps the title in view at 40×12 when it and the notice are taller than the pane, and scrolls to the rest', async () => {
    // The flow open in another docflow, read in German over the English article (tmux, 40×12):
    // the title went off the top of the screen.
    current = prompt('de-DE', { notice: { key: 'resume.open-elsewhere', values: { process: 14403 } } }, { columns: 40, rows: 12 });
    await tick();
    const lines = (current.lastFrame() ?? '').split('\n');
    expect(lines.length).toBeLessThanOrEqual(12);
    expect(lines[0]).toMatch(/^Add a new customer +de-DE$/);
    expect(lines.at(-1)).toContain('q beenden');
    for (let i = 0; i < 5; i++) {
      current.stdin.write('\u001B[B');
      await tick();
    }
    expect(current.lastFrame()).toContain('nicht gespeichert.');
  });
});
