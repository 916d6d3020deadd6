/**
 * Workflow → xstate v5 machine. The config is plain data generated from the workflow; behaviour
 * is referenced by name (the `isChoice` and `isEarlierStep` guards). One state per step, NEXT and
 * BACK, the declared choices, GOTO an earlier step, and a final `done` state.
 *
 * GOTO is the machine's, one transition per step, guarded by where the run is (`at`, the step's
 * place, kept in the context as each step is entered): a GOTO on every step to each earlier one
 * made n²/2 transitions, and a procedure of 2,000 steps took 130 s and 4 GB to build.
 */
import { assign, setup } from 'xstate';
import type { Workflow } from '../model/workflow.js';
import { DONE, nextTarget } from './workflow.js';

/** What the reader entered, by input name. Secrets never come here: they are not kept. */
export type FlowValues = Record<string, string | string[]>;

export interface FlowContext {
  values: FlowValues;
  /** The current step's place in the procedure (from 0). */
  at: number;
}

export type FlowEvent =
  | { type: 'NEXT' }
  | { type: 'BACK' }
  | { type: 'CHOOSE'; choice: number }
  /** Back to an earlier step at once (the overview of steps). */
  | { type: 'GOTO'; step: string }
  | { type: 'SET'; name: string; value: string | string[] };

interface Transition {
  target: string;
  guard?: { type: 'isChoice'; params: { choice: number } } | { type: 'isEarlierStep'; params: { step: string; at: number } };
}

export function createFlowMachine(workflow: Workflow) {
  const states: Record<string, { on?: Record<string, string | Transition[]>; entry?: { type: 'enter'; params: { at: number } }; type?: 'final' }> = {};
  workflow.steps.forEach((step, i) => {
    const on: Record<string, string | Transition[]> = { NEXT: nextTarget(workflow, step) };
    if (i > 0) on.BACK = workflow.steps[i - 1]!.id;
    if (step.choices.length > 0) {
      on.CHOOSE = step.choices.map((choice, index) => ({
        target: choice.target,
        guard: { type: 'isChoice', params: { choice: index } },
      }));
    }
    states[step.id] = { on, entry: { type: 'enter', params: { at: i } } };
  });
  states[DONE] = { type: 'final' };
  const goto: Transition[] = workflow.steps.map((step, at) => ({ target: `.${step.id}`, guard: { type: 'isEarlierStep', params: { step: step.id, at } } }));
  return setup({
    types: {} as { events: FlowEvent; context: FlowContext },
    guards: {
      isChoice: ({ event }, params: { choice: number }) => event.type === 'CHOOSE' && event.choice === params.choice,
      isEarlierStep: ({ context, event }, params: { step: string; at: number }) => event.type === 'GOTO' && event.step === params.step && params.at < context.at,
    },
    actions: {
      // Values stay when the reader goes back (Update): they are the run's, not a step's.
      setValue: assign({ values: ({ context, event }) => (event.type === 'SET' ? { ...context.values, [event.name]: event.value } : context.values) }),
      enter: assign({ at: (_, params: { at: number }) => params.at }),
    },
  }).createMachine({
    id: workflow.id.replace(/[#.]/g, '-'),
    context: { values: {}, at: 0 },
    initial: workflow.steps[0]?.id ?? DONE,
    on: { SET: { actions: 'setValue' }, GOTO: goto },
    states,
  });
}

/** The context of a run at a step (its place: the step's), with the values entered. */
export function contextAt(workflow: Workflow, step: string, values: FlowValues = {}): FlowContext {
  const at = workflow.steps.findIndex((s) => s.id === step);
  return { values, at: at === -1 ? workflow.steps.length : at };
}

export type FlowMachine = ReturnType<typeof createFlowMachine>;
