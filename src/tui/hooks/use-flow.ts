/** A running flow machine as React state. */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { createActor } from 'xstate';
import type { Workflow } from '../../model/workflow.js';
import { createFlowMachine, type FlowEvent, type FlowValues } from '../../flow/machine.js';

export interface FlowState {
  /** The current step's state id, or `done`, as of this render. */
  state: string;
  done: boolean;
  /** What the reader entered so far (no secrets). */
  values: FlowValues;
  send: (event: FlowEvent) => void;
  /** Done right now: keys typed faster than the screen renders must not act on a stale state. */
  isDone: () => boolean;
  /** The machine's persisted snapshot now: where to come back to after a linked flow. */
  persisted: () => unknown;
}

export interface FlowStart {
  /** A persisted snapshot to continue from. */
  snapshot?: unknown;
  /** Or a state to start in (the same step of a changed article). */
  startAt?: string;
  /** With `startAt`: the values entered before. */
  values?: FlowValues;
  /** Called after every transition with the persisted snapshot and the new state id. */
  onChange?: (persisted: unknown, state: string) => void;
}

export function useFlow(workflow: Workflow, start: FlowStart = {}): FlowState {
  const actor = useMemo(() => {
    const machine = createFlowMachine(workflow);
    try {
      if (start.snapshot) return createActor(machine, { snapshot: start.snapshot as never }).start();
      if (start.startAt) return createActor(machine, { snapshot: machine.resolveState({ value: start.startAt, context: { values: start.values ?? {} } }) }).start();
    } catch {
      // A snapshot this machine cannot take: start from the first step.
    }
    return createActor(machine).start();
    // The start options are read once: a new run remounts the screen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workflow]);
  useEffect(() => {
    if (!start.onChange) return;
    const subscription = actor.subscribe((snapshot) => start.onChange!(actor.getPersistedSnapshot(), String(snapshot.value)));
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [actor]);
  const snapshot = useSyncExternalStore(
    (notify) => {
      const subscription = actor.subscribe(notify);
      return () => subscription.unsubscribe();
    },
    () => actor.getSnapshot(),
  );
  return {
    state: String(snapshot.value),
    done: snapshot.status === 'done',
    values: snapshot.context.values,
    send: (event) => actor.send(event),
    isDone: () => actor.getSnapshot().status === 'done',
    persisted: () => actor.getPersistedSnapshot(),
  };
}
