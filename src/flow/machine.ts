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
  /**
   * Steps a declared branch went forward to, past the steps between (by place): the place of the
   * step it was taken on. Back from there goes to that step, not to one the branch passed over;
   * walking into the step from the one before it forgets the jump.
   */
  jumps?: Record<number, number>;
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
  guard?: { type: 'isChoice'; params: { choice: number } } | { type: 'isEarlierStep'; params: { step: string; at: number } } | { type: 'jumpedFrom'; params: { to: number; from: number } };
  actions?: { type: 'jump'; params: { to: number; from?: number } };
}

export function createFlowMachine(workflow: Workflow) {
  const states: Record<string, { on?: Record<string, string | Transition | Transition[]>; entry?: { type: 'enter'; params: { at: number } }; type?: 'final' }> = {};
  const place = new Map(workflow.steps.map((step, i) => [step.id, i]));
  // The steps a declared branch goes forward to, past others, and the places it is taken on.
  const jumpsTo = new Map<number, number[]>();
  workflow.steps.forEach((step, i) =>
    step.choices.forEach((choice) => {
      const to = place.get(choice.target);
      if (to !== undefined && to > i + 1) jumpsTo.set(to, [...(jumpsTo.get(to) ?? []), i]);
    }),
  );
  workflow.steps.forEach((step, i) => {
    const next = nextTarget(workflow, step);
    // Into a step a branch jumps to, from the step before it: that jump is over.
    const on: Record<string, string | Transition | Transition[]> = { NEXT: jumpsTo.has(i + 1) ? { target: next, actions: { type: 'jump', params: { to: i + 1 } } } : next };
    if (i > 0) {
      const back = workflow.steps[i - 1]!.id;
      const from = [...new Set(jumpsTo.get(i) ?? [])];
      on.BACK = from.length === 0 ? back : [...from.map((j) => ({ target: workflow.steps[j]!.id, guard: { type: 'jumpedFrom' as const, params: { to: i, from: j } } })), { target: back }];
    }
    if (step.choices.length > 0) {
      on.CHOOSE = step.choices.map((choice, index) => {
        const to = place.get(choice.target);
        return {
          target: choice.target,
          guard: { type: 'isChoice', params: { choice: index } },
          ...(to !== undefined && to > i + 1 ? { actions: { type: 'jump' as const, params: { to, from: i } } } : {}),
        };
      });
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
      jumpedFrom: ({ context }, params: { to: number; from: number }) => context.jumps?.[params.to] === params.from,
    },
    actions: {
      // Values stay when the reader goes back (Update): they are the run's, not a step's.
      setValue: assign({ values: ({ context, event }) => (event.type === 'SET' ? { ...context.values, [event.name]: event.value } : context.values) }),
      enter: assign({ at: (_, params: { at: number }) => params.at }),
      // A branch taken forward (`from`), or the step walked into from the one before it (none).
      jump: assign({
        jumps: ({ context }, params: { to: number; from?: number }) => {
          const { [params.to]: _gone, ...others } = context.jumps ?? {};
          return params.from === undefined ? others : { ...others, [params.to]: params.from };
        },
      }),
    },
  }).createMachine({
    id: workflow.id.replace(/[#.]/g, '-'),
    context: { values: {}, at: 0 },
    initial: workflow.steps[0]?.id ?? DONE,
    on: { SET: { actions: 'setValue' }, GOTO: goto },
    states,
  });
}

/** The places of the steps a branch taken on the way to the current one passed over: before it, yet not done. */
export function passedOver(context: FlowContext): Set<number> {
  const out = new Set<number>();
  for (const [to, from] of Object.entries(context.jumps ?? {})) {
    if (Number(to) > context.at) continue;
    for (let place = from + 1; place < Number(to); place++) out.add(place);
  }
  return out;
}

/** The context of a run at a step (its place: the step's), with the values entered. */
export function contextAt(workflow: Workflow, step: string, values: FlowValues = {}): FlowContext {
  const at = workflow.steps.findIndex((s) => s.id === step);
  return { values, at: at === -1 ? workflow.steps.length : at };
}

export type FlowMachine = ReturnType<typeof createFlowMachine>;
