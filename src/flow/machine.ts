/**
 * Workflow → xstate v5 machine. The config is plain data generated from the workflow; behaviour
 * is referenced by name (the `isChoice` guard). One state per step, NEXT and BACK, the declared
 * choices, and a final `done` state.
 */
import { setup } from 'xstate';
import type { Workflow } from '../model/workflow.js';
import { DONE, nextTarget } from './workflow.js';

export type FlowEvent = { type: 'NEXT' } | { type: 'BACK' } | { type: 'CHOOSE'; choice: number };

interface Transition {
  target: string;
  guard?: { type: 'isChoice'; params: { choice: number } };
}

export function createFlowMachine(workflow: Workflow) {
  const states: Record<string, { on?: Record<string, string | Transition[]>; type?: 'final' }> = {};
  workflow.steps.forEach((step, i) => {
    const on: Record<string, string | Transition[]> = { NEXT: nextTarget(workflow, step) };
    if (i > 0) on.BACK = workflow.steps[i - 1]!.id;
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
    types: {} as { events: FlowEvent },
    guards: {
      isChoice: ({ event }, params: { choice: number }) => event.type === 'CHOOSE' && event.choice === params.choice,
    },
  }).createMachine({
    id: workflow.id.replace(/[#.]/g, '-'),
    initial: workflow.steps[0]?.id ?? DONE,
    states,
  });
}

export type FlowMachine = ReturnType<typeof createFlowMachine>;
