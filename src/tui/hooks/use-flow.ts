/** A running flow machine as React state. */
import { useMemo, useSyncExternalStore } from 'react';
import { createActor } from 'xstate';
import type { Workflow } from '../../model/workflow.js';
import { createFlowMachine, type FlowEvent } from '../../flow/machine.js';

export interface FlowState {
  /** The current step's state id, or `done`, as of this render. */
  state: string;
  done: boolean;
  send: (event: FlowEvent) => void;
  /** Done right now: keys typed faster than the screen renders must not act on a stale state. */
  isDone: () => boolean;
}

export function useFlow(workflow: Workflow): FlowState {
  const actor = useMemo(() => createActor(createFlowMachine(workflow)).start(), [workflow]);
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
    send: (event) => actor.send(event),
    isDone: () => actor.getSnapshot().status === 'done',
  };
}
