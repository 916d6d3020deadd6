/**
 * Workflow → xstate v5 machine. The config is plain data generated from the workflow; behaviour
 * is referenced by name (the `isChoice` and `isStep` guards). One state per step, NEXT and BACK,
 * the declared choices, GOTO an earlier step, and a final `done` state.
 */
import { assign, setup } from 'xstate';
import type { Workflow } from '../model/workflow.js';
import { DONE, nextTarget } from './workflow.js';

/** What the reader entered, by input name. Secrets never come here: they are not kept. */
export type FlowValues = Record<string, string | string[]>;

export type FlowEvent =
  | { type: 'NEXT' }
  | { type: 'BACK' }
  | { type: 'CHOOSE'; choice: number }
  /** Back to an earlier step at once (the overview of steps). */
  | { type: 'GOTO'; step: string }
  | { type: 'SET'; name: string; value: string | string[] };

interface Transition {
  target: string;
  guard?: { type: 'isChoice'; params: { choice: number } } | { type: 'isStep'; params: { step: string } };
}

export function createFlowMachine(workflow: Workflow) {
  const states: Record<string, { on?: Record<string, string | Transition[]>; type?: 'final' }> = {};
  workflow.steps.forEach((step, i) => {
    const on: Record<string, string | Transition[]> = { NEXT: nextTarget(workflow, step) };
    if (i > 0) on.BACK = workflow.steps[i - 1]!.id;
    if (i > 0) on.GOTO = workflow.steps.slice(0, i).map((earlier) => ({ target: earlier.id, guard: { type: 'isStep', params: { step: earlier.id } } }));
    if (step.choices.length > 0) {
      on.CHOOSE = step.choices.map((choice, index) => ({
        target: choice.target,
        guard: { type: 'isChoice', params: { choice: index } },
      }));
    }
    states[step.id] = { on };
  });
  states[DONE] = { type: 'final' };
  return setup({
    types: {} as { events: FlowEvent; context: { values: FlowValues } },
    guards: {
      isChoice: ({ event }, params: { choice: number }) => event.type === 'CHOOSE' && event.choice === params.choice,
      isStep: ({ event }, params: { step: string }) => event.type === 'GOTO' && event.step === params.step,
    },
    actions: {
      // Values stay when the reader goes back (Update): they are the run's, not a step's.
      setValue: assign({ values: ({ context, event }) => (event.type === 'SET' ? { ...context.values, [event.name]: event.value } : context.values) }),
    },
  }).createMachine({
    id: workflow.id.replace(/[#.]/g, '-'),
    context: { values: {} },
    initial: workflow.steps[0]?.id ?? DONE,
    on: { SET: { actions: 'setValue' } },
    states,
  });
}

export type FlowMachine = ReturnType<typeof createFlowMachine>;
