/**
 * Model-based: every simple path of the add-a-new-customer machine (from the xstate graph:
 * NEXT, BACK and the Update branch) replayed through the real Ink app with keys, asserting at
 * each state that the screen shows that state.
 */
import { getSimplePaths } from '@xstate/graph';
import { getNextSnapshot } from 'xstate';
import { describe, expect, it } from 'vitest';
import { openSession } from '../../src/cli/context.js';
import { createFlowMachine, type FlowEvent } from '../../src/flow/machine.js';
import { memoryIo } from '../helpers.js';
import { ACCOUNT, ENTER, ESC, renderApp, SUBSCRIPTIONS } from './render-app.js';

const LEFT = '\u001B[D';
const session = openSession(memoryIo().io, { locale: 'fr-FR' }, (ws) => ws.slugs());
const flows = session.workspace.workflows();
const workflow = flows.find((f) => f.id === 'add-a-new-customer')!;
const events: FlowEvent[] = [{ type: 'NEXT' }, { type: 'BACK' }, { type: 'CHOOSE', choice: 0 }];
const machine = createFlowMachine(workflow);
/**
 * Every transition once: the simple path to each state, then each event that moves it (so BACK
 * from every step and the Update branch are taken, not only the way forward).
 */
const paths = getSimplePaths(machine, { events }).flatMap((path) =>
  events.flatMap((event) => {
    const next = getNextSnapshot(machine, path.state, event);
    return String(next.value) === String(path.state.value) ? [] : [{ ...path, steps: [...path.steps, { event, state: next }] }];
  }),
);
const KEY: Record<string, string> = { NEXT: ENTER, BACK: LEFT, CHOOSE: '1' };
/** What the steps that ask for values are given, field by field. */
const ANSWERS: Record<string, string[]> = { 'step-2': ACCOUNT, 'step-3': SUBSCRIPTIONS };

/** What the screen says in a state. */
const shows = (state: string) => (state === 'done' ? 'Terminé : les 5 étapes sont effectuées.' : `Étape ${state.replace('step-', '')} sur 5`);

describe('every simple path of add-a-new-customer, through the Ink app', () => {
  it('has paths that take the Update branch back as well as forward ones', () => {
    // 5 NEXT, 4 BACK, 1 Update: every transition of the machine.
    expect(paths).toHaveLength(10);
    expect(paths.some((p) => p.steps.some((s) => s.event.type === 'CHOOSE'))).toBe(true);
    expect(paths.some((p) => p.steps.some((s) => s.event.type === 'BACK'))).toBe(true);
  });

  it.each(paths.map((p) => [p.steps.map((s) => ((s.event.type as string) === 'xstate.init' ? 'start' : s.event.type)).join(' → '), p] as const))('%s', async (_name, path) => {
    const app = renderApp(session.i18n, { flows, initial: workflow, localesFor: session.localesFor });
    try {
      let state = String(path.steps[0]!.state.value);
      const answered = new Set<string>();
      expect(app.frame()).toContain(shows(state));
      for (const step of path.steps.slice(1)) {
        // A step that asks for values holds the keys until they are entered (the way on waits
        // for the required ones); on a later visit they are there, and Esc leaves the fields.
        if (workflow.steps.find((s) => s.id === state)?.inputs?.length) {
          if (answered.has(state)) await app.press(ESC);
          else await app.type(...ANSWERS[state]!);
          answered.add(state);
        }
        await app.press(KEY[step.event.type]!);
        state = String(step.state.value);
        expect(app.frame(), `after ${step.event.type}`).toContain(shows(state));
      }
    } finally {
      app.unmount();
    }
  });
});
