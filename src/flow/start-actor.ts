/**
 * A flow's machine started where a run begins: a saved snapshot, a step of a changed article
 * with the values still asked for, or the first step. The terminal UI and the plain run start
 * the same way.
 */
import { createActor } from 'xstate';
import type { Workflow } from '../model/workflow.js';
import { contextAt, createFlowMachine, type FlowValues } from './machine.js';

export interface FlowStart {
  /** A persisted snapshot to continue from. */
  snapshot?: unknown;
  /** Or a state to start in (the same step of a changed article). */
  startAt?: string;
  /** With `startAt`: the values entered before. */
  values?: FlowValues;
}

/**
 * A saved snapshot with its step's place in the context: one saved before the machine kept it
 * (GOTO, which goes only to earlier steps, asks where the run is) is given it.
 */
function placed(workflow: Workflow, snapshot: unknown): unknown {
  const saved = snapshot as { value?: unknown; context?: { values?: FlowValues; at?: unknown } };
  if (typeof saved.context?.at === 'number' || typeof saved.value !== 'string') return snapshot;
  return { ...saved, context: contextAt(workflow, saved.value, saved.context?.values) };
}

export function startActor(workflow: Workflow, start: FlowStart = {}) {
  const machine = createFlowMachine(workflow);
  try {
    if (start.snapshot) return createActor(machine, { snapshot: placed(workflow, start.snapshot) as never }).start();
    if (start.startAt) return createActor(machine, { snapshot: machine.resolveState({ value: start.startAt, context: contextAt(workflow, start.startAt, start.values) }) }).start();
  } catch {
    // A snapshot this machine cannot take: start from the first step.
  }
  return createActor(machine).start();
}
