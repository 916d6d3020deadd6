import { getShortestPaths, getSimplePaths } from '@xstate/graph';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../src/catalog/workspace.js';
import { createFlowMachine, type FlowEvent } from '../../src/flow/machine.js';
import { startActor } from '../../src/flow/start-actor.js';
import { DONE } from '../../src/flow/workflow.js';
import { CONTENT, LOCALES } from '../helpers.js';

const workspace = new Workspace(CONTENT, LOCALES);
const [workflow] = workspace.article('add-a-new-customer').workflows;
const machine = createFlowMachine(workflow!);

// Every event a person can send: the graph explores each from every state.
const events: FlowEvent[] = [{ type: 'NEXT' }, { type: 'BACK' }, { type: 'CHOOSE', choice: 0 }];

describe('the add-a-new-customer machine', () => {
  it('holds keys only: one state per step, the step 4 branch declared by the overlay', () => {
    expect(workflow!.steps.map((s) => s.id)).toEqual(['step-1', 'step-2', 'step-3', 'step-4', 'step-5']);
    expect(workflow!.steps[1]!.nextLabelKey).toBe('proc-1.step-2.111.label-2');
    expect(workflow!.steps[3]!.choices).toEqual([{ labelKey: 'proc-1.step-4.114.label-1', target: 'step-2' }]);
    expect(workflow!.steps[3]!.nextLabelKey).toBe('proc-1.step-4.114.label-2');
    expect(JSON.stringify(workflow)).not.toMatch(/Update|Submit|Ajouter|添加/);
  });

  it('reaches done from the first step along every simple path', () => {
    const paths = getSimplePaths(machine, { events, toState: (state) => state.status === 'done' });
    expect(paths.map((p) => p.steps.map((s) => s.event.type))).toEqual([['xstate.init', 'NEXT', 'NEXT', 'NEXT', 'NEXT', 'NEXT']]);
  });

  it('takes every transition (Update included) and still ends: edge coverage from the graph', () => {
    let edges = 0;
    for (const path of getShortestPaths(machine, { events })) {
      for (const event of events) {
        const actor = createActor(machine).start();
        for (const step of path.steps) actor.send(step.event as FlowEvent);
        const before = actor.getSnapshot().value;
        actor.send(event);
        if (actor.getSnapshot().value === before || path.state.status === 'done') continue;
        edges++;
        // From wherever the edge led, NEXT alone must finish the procedure.
        for (let i = 0; i < workflow!.steps.length && actor.getSnapshot().status !== 'done'; i++) actor.send({ type: 'NEXT' });
        expect(actor.getSnapshot().status, `${String(before)} --${event.type}-->`).toBe('done');
      }
    }
    // 5 NEXT + 4 BACK + 1 Update.
    expect(edges).toBe(10);
  });

  it('visits every step, and Update on the review step leads back to account info', () => {
    const reached = new Set(
      getShortestPaths(machine, { events }).map((p) => String(p.state.value)),
    );
    expect([...reached].sort()).toEqual([...workflow!.steps.map((s) => s.id), DONE].sort());
    const actor = createActor(machine).start();
    for (let i = 0; i < 3; i++) actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('step-4');
    actor.send({ type: 'CHOOSE', choice: 0 });
    expect(actor.getSnapshot().value).toBe('step-2');
  });

  it('BACK never leaves the first step, and a choice that does not exist does nothing', () => {
    const actor = createActor(machine).start();
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('step-1');
    actor.send({ type: 'CHOOSE', choice: 0 });
    expect(actor.getSnapshot().value).toBe('step-1');
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('step-1');
  });
});

describe('a branch that goes forward, past steps', () => {
  // Step 1 declares a branch to step 4, as "If you already have an account, select **Skip**" would.
  const skipping = { ...workflow!, steps: workflow!.steps.map((s, i) => (i === 0 ? { ...s, choices: [{ labelKey: 'skip', target: 'step-4' }] } : s)) };
  const SKIP: FlowEvent = { type: 'CHOOSE', choice: 0 };
  const NEXT: FlowEvent = { type: 'NEXT' };
  const BACK: FlowEvent = { type: 'BACK' };
  const walk = (...events: FlowEvent[]) => {
    const actor = createActor(createFlowMachine(skipping)).start();
    for (const event of events) actor.send(event);
    return actor;
  };
  const at = (...events: FlowEvent[]) => String(walk(...events).getSnapshot().value);

  it('goes back to the step the branch was taken on, not to a step it passed over', () => {
    expect(at(SKIP)).toBe('step-4');
    // Before: step 3, which the reader was told to skip.
    expect(at(SKIP, BACK)).toBe('step-1');
    expect(at(SKIP, NEXT, BACK, BACK)).toBe('step-1');
  });

  it('goes back one step at a time where the reader walked every step, the branch not taken or taken back', () => {
    expect(at(NEXT, NEXT, NEXT, BACK)).toBe('step-3');
    expect(at(SKIP, BACK, NEXT, NEXT, NEXT, BACK)).toBe('step-3');
    // The Update branch goes back to step 2: back from there is step 1, as before.
    expect(at(NEXT, NEXT, NEXT, { type: 'CHOOSE', choice: 0 }, BACK)).toBe('step-1');
  });

  it('remembers where the branch was taken in a saved run', () => {
    const actor = startActor(skipping, { snapshot: walk(SKIP).getPersistedSnapshot() });
    actor.send(BACK);
    expect(actor.getSnapshot().value).toBe('step-1');
  });
});

describe('a procedure of 1,000 steps', () => {
  const steps = Array.from({ length: 1000 }, (_, i) => ({ ...workflow!.steps[0]!, id: `step-${i + 1}`, number: i + 1, choices: [] }));
  const long = { ...workflow!, steps };

  it('has a few transitions a step, not one to each earlier step from each', () => {
    const m = createFlowMachine(long);
    const transitions = [m.root, ...Object.values(m.root.states)].reduce((sum, node) => sum + [...node.transitions.values()].reduce((n, list) => n + list.length, 0), 0);
    // NEXT and BACK on each step, and one GOTO each, on the machine.
    expect(transitions).toBeLessThanOrEqual(3 * steps.length + 1);
  });

  it('goes to an earlier step with GOTO, never to a later one or the one it is on', () => {
    const actor = createActor(createFlowMachine(long)).start();
    for (let i = 0; i < 500; i++) actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('step-501');
    actor.send({ type: 'GOTO', step: 'step-900' });
    expect(actor.getSnapshot().value).toBe('step-501');
    actor.send({ type: 'GOTO', step: 'step-501' });
    expect(actor.getSnapshot().value).toBe('step-501');
    actor.send({ type: 'GOTO', step: 'step-2' });
    expect(actor.getSnapshot().value).toBe('step-2');
    actor.send({ type: 'GOTO', step: 'step-3' });
    expect(actor.getSnapshot().value).toBe('step-2');
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('step-3');
  });

  it('takes a run saved before the machine kept its place: GOTO goes back from where it was', () => {
    const saved = createActor(createFlowMachine(long)).start();
    for (let i = 0; i < 9; i++) saved.send({ type: 'NEXT' });
    const snapshot = saved.getPersistedSnapshot() as unknown as { context: { values: object; at?: number } };
    delete snapshot.context.at;
    const actor = startActor(long, { snapshot });
    expect(actor.getSnapshot().value).toBe('step-10');
    actor.send({ type: 'GOTO', step: 'step-11' });
    expect(actor.getSnapshot().value).toBe('step-10');
    actor.send({ type: 'GOTO', step: 'step-4' });
    expect(actor.getSnapshot().value).toBe('step-4');
  });
});

describe('every procedure of the bundled content', () => {
  it('builds a machine whose every step is reachable and which always ends', () => {
    for (const flow of workspace.workflows()) {
      const m = createFlowMachine(flow);
      const reached = new Set(getShortestPaths(m, { events }).map((p) => String(p.state.value)));
      expect(reached.size, flow.id).toBe(flow.steps.length + 1);
      expect(reached.has(DONE), flow.id).toBe(true);
    }
  });
});
