/** A running flow machine as React state. */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Workflow } from '../../model/workflow.js';
import { passedOver, type FlowEvent, type FlowValues } from '../../flow/machine.js';
import { startActor, type FlowStart as ActorStart } from '../../flow/start-actor.js';

export interface FlowState {
  /** The current step's state id, or `done`, as of this render. */
  state: string;
  done: boolean;
  /** What the reader entered so far (no secrets). */
  values: FlowValues;
  /** The places of earlier steps a branch went past: not done. */
  passedOver: ReadonlySet<number>;
  send: (event: FlowEvent) => void;
  /** Done right now: keys typed faster than the screen renders must not act on a stale state. */
  isDone: () => boolean;
  /** The machine's persisted snapshot now: where to come back to after a linked flow. */
  persisted: () => unknown;
}

export interface FlowStart extends ActorStart {
  /** Called after every transition with the persisted snapshot and the new state id. */
  onChange?: (persisted: unknown, state: string) => void;
}

export function useFlow(workflow: Workflow, start: FlowStart = {}): FlowState {
  const actor = useMemo(
    () => startActor(workflow, start),
    // The start options are read once: a new run remounts the screen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [workflow],
  );
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
    passedOver: passedOver(snapshot.context),
    send: (event) => actor.send(event),
    isDone: () => actor.getSnapshot().status === 'done',
    persisted: () => actor.getPersistedSnapshot(),
  };
}
