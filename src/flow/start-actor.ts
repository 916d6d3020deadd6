/**
 * A flow's machine started where a run begins: a saved snapshot, a step of a changed article
 * with the values still asked for, or the first step. The terminal UI and the plain run start
 * the same way.
 */
import { createActor } from 'xstate';
import type { Workflow } from '../model/workflow.js';
import { createFlowMachine, type FlowValues } from './machine.js';

export interface FlowStart {
  /** A persisted snapshot to continue from. */
  snapshot?: unknown;
  /** Or a state to start in (the same step of a changed article). */
  startAt?: string;
  /** With `startAt`: the values entered before. */
  values?: FlowValues;
}

export function startActor(workflow: Workflow, start: FlowStart = {}) {
  const machine = createFlowMachine(workflow);
  try {
    if (start.snapshot) return createActor(machine, { snapshot: start.snapshot as never }).start();
    if (start.startAt) return createActor(machine, { snapshot: machine.resolveState({ value: start.startAt, context: { values: start.values ?? {} } }) }).start();
  } catch {
    // A snapshot this machine cannot take: start from the first step.
  }
  return createActor(machine).start();
}
