/**
 * Progress survives: a run is saved after every step, offered again next time, resumed at the
 * same step when the article changed, and recorded when it ends; a state file that cannot be
 * trusted is set aside, never a crash.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSession } from '../../src/cli/context.js';
import { runCli } from '../../src/cli/program.js';
import { buildChecklist } from '../../src/checklist/checklist-model.js';
import { planResume } from '../../src/flow/resume.js';
import { RunRecorder } from '../../src/flow/run-recorder.js';
import { stepFingerprints } from '../../src/flow/step-fingerprint.js';
import { listRuns, loadRun, runPath, saveRun, stateDir, type SavedRun } from '../../src/flow/run-store.js';
import { lockedRuns, runLockPath } from '../../src/flow/run-lock.js';
import type { Workflow } from '../../src/model/workflow.js';
import { folderWith, memoryIo, tempDir } from '../helpers.js';
import { ACCOUNT, ENTER, ESC, renderApp, SUBSCRIPTIONS, tick } from '../tui/render-app.js';

const home = tempDir();
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));
const env = { XDG_STATE_HOME: home };
const dir = stateDir(env);

function session(locale = 'fr-FR') {
  const s = openSession(memoryIo(env).io, { locale }, () => ['add-a-new-customer']);
  const flow = s.workspace.workflows().find((w) => w.id === 'add-a-new-customer')!;
  return { ...s, flow };
}

/** What tells the flow's steps apart, as `docflow run` has it: their English. */
function fingerprints(s: ReturnType<typeof session>) {
  return stepFingerprints(s.workspace.article(s.flow.slug).resources.messages.get('en-US')!);
}

/** The app with saved runs, as `docflow run add-a-new-customer` starts it. */
function start(hash = 'v1') {
  const s = session();
  const runs = {
    plan: (flow: Workflow) => planResume(flow, loadRun(dir, flow.id), hash, fingerprints(s)),
    recorder: (flow: Workflow, from?: SavedRun) => new RunRecorder(dir, flow, hash, from, fingerprints(s)),
  };
  return renderApp(s.i18n, { flows: s.workspace.workflows(), initial: s.flow, localesFor: s.localesFor, runs });
}

describe('saved runs in the app', () => {
  it('saves after every step, offers to resume, and resumes at the step', async () => {
    const first = start();
    await first.press(ENTER, ...ACCOUNT, ENTER);
    expect(first.frame()).toContain('Étape 3 sur 5');
    expect(loadRun(dir, 'add-a-new-customer').run).toMatchObject({ at: 'proc-1.step-3', locales: ['fr-FR'], stepCount: 5, atStep: expect.stringMatching(/^[0-9a-f]{16}$/) });
    await first.press(ESC, 'q');
    first.unmount();
    // Quitting leaves a record: what was done, when, and what was entered (no secrets).
    const abandoned = listRuns(dir).find((r) => r.state === 'abandoned')!;
    expect(abandoned.run.steps.map((s) => s.number)).toEqual([1, 2]);
    expect(abandoned.run.inputs).toMatchObject({ 'company-name': 'Contoso Ltd', 'contact-email': 'li@contoso.com' });

    const second = start();
    await tick();
    expect(second.frame()).toContain('Reprendre là où vous vous étiez arrêté : étape 3 sur 5 ?');
    await second.press(ENTER);
    expect(second.frame()).toContain('Étape 3 sur 5');
    second.unmount();
  });

  it('records a language the reader switched to, even when they quit on that step', async () => {
    const app = start('v-locales');
    await tick();
    await app.press('n', ENTER, ESC, 'l', '\u001B[B', ENTER);
    expect(app.frame()).toContain('第 2 步，共 5 步');
    await app.press('q');
    app.unmount();
    const record = listRuns(dir).find((r) => r.state === 'abandoned' && r.run.contentHash === 'v-locales')!;
    expect(record.run.locales).toEqual(['fr-FR', 'zh-CN']);
  });

  it('starts over with n, and says so when the article changed but keeps the step and what was entered', async () => {
    const over = start();
    await tick();
    await over.press('n');
    expect(over.frame()).toContain('Étape 1 sur 5');
    await over.press(ENTER, ...ACCOUNT, ENTER, ...SUBSCRIPTIONS, ENTER, 'q');
    over.unmount();
    const changed = start('v2');
    await tick();
    expect(changed.frame()).toContain('L’article a changé depuis votre dernière visite ; vous reprenez à la même étape (4).');
    await changed.press(ENTER);
    expect(changed.frame()).toContain('Étape 4 sur 5');
    // The review still shows what was entered before the article changed.
    expect(changed.frame()).toContain('Contoso Ltd');
    expect(changed.frame()).toContain('li@contoso.com');
    // Finishing ends the run: a record says so, and nothing is offered next time.
    await changed.press(ENTER, ENTER);
    expect(changed.frame()).toContain('Terminé');
    changed.unmount();
    expect(fs.existsSync(runPath(dir, 'add-a-new-customer'))).toBe(false);
    const finished = listRuns(dir).find((r) => r.state === 'finished')!;
    expect(finished.run.steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
    expect(finished.run.steps.every((s) => !Number.isNaN(Date.parse(s.at)))).toBe(true);
    const again = start('v2');
    await tick();
    expect(again.frame()).toContain('Étape 1 sur 5');
    again.unmount();
  });

  it('says which steps were not done when the run went on past a step added since', async () => {
    // Saved at step 4 with steps 2 and 3 done, as if step 1 had been added to the article since.
    const s = session();
    const print = fingerprints(s);
    const done = (n: number) => ({ key: `proc-1.step-${n}`, number: n, at: `t${n}`, says: print(s.flow.steps[n - 1]!)! });
    saveRun(dir, { docflow: 1, flow: s.flow.id, slug: s.flow.slug, contentHash: 'old', snapshot: {}, at: 'proc-1.step-4', atStep: print(s.flow.steps[3]!)!, stepCount: 5, startedAt: '', updatedAt: '', locales: [], steps: [done(2), done(3)] });
    const app = start('v3');
    await tick();
    await app.press(ENTER);
    expect(app.frame()).toContain('Étape 4 sur 5');
    await app.press(ENTER, ENTER);
    expect(app.frame()).toContain('Terminé : étapes effectuées : 4 sur 5 ; non effectuées : 1.');
    expect(app.frame()).not.toContain('les 5 étapes sont effectuées');
    app.unmount();
    // What the screen says is what the record keeps.
    const finished = listRuns(dir).filter((r) => r.state === 'finished').map((r) => r.run.steps.map((step) => step.number).join());
    expect(finished).toContain('2,3,4,5');
  });
});

describe('one flow in two docflows at once', () => {
  const own = stateDir({ XDG_STATE_HOME: tempDir() });
  const lock = runLockPath(own, 'add-a-new-customer');
  /** The app as `docflow run add-a-new-customer` starts it, each flow held while it is open. */
  const open = () => {
    const s = session();
    const runs = lockedRuns(own, {
      plan: (flow: Workflow) => planResume(flow, loadRun(own, flow.id), 'v1', fingerprints(s)),
      recorder: (flow: Workflow, from?: SavedRun) => new RunRecorder(own, flow, 'v1', from, fingerprints(s)),
    });
    return { app: renderApp(s.i18n, { flows: s.workspace.workflows(), initial: s.flow, localesFor: s.localesFor, runs }), runs };
  };
  /** A docflow that is running (a live process of another id) holding `file`. */
  const heldBy = (file: string) => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${other.pid}\n`);
    return other;
  };

  it('runs the second one without saving, told so, and leaves the first one’s progress as it is', async () => {
    // A: Contoso, at step 3, still open.
    const first = open();
    await first.app.press(ENTER, ...ACCOUNT, ENTER);
    expect(first.app.frame()).toContain('Étape 3 sur 5');
    const saved = fs.readFileSync(runPath(own, 'add-a-new-customer'), 'utf8');
    expect(fs.readFileSync(lock, 'utf8').trim()).toBe(String(process.pid));
    // B, as another docflow would see it: the lock held by a live process.
    const other = heldBy(lock);
    try {
      const second = open();
      await tick();
      expect(second.app.frame()).toContain(`Cette procédure est ouverte dans un autre docflow (processus ${other.pid})`);
      // A's run is not offered: it is A's, still going on there.
      expect(second.app.frame()).not.toContain('Reprendre');
      await second.app.press(ENTER, ENTER, 'Fabrikam', ENTER);
      expect(second.app.frame()).toContain('Fabrikam');
      expect(fs.readFileSync(runPath(own, 'add-a-new-customer'), 'utf8')).toBe(saved);
      // Values that cannot be saved: q asks first.
      await second.app.press(ESC, 'q');
      expect(second.app.frame()).toContain('Quitter ? Vos saisies ne sont pas enregistrées.');
      second.app.unmount();
      second.runs.keep?.([]);
      // Nor does leaving B let go of A's lock.
      expect(fs.readFileSync(lock, 'utf8').trim()).toBe(String(other.pid));
      expect(fs.readFileSync(runPath(own, 'add-a-new-customer'), 'utf8')).toBe(saved);
    } finally {
      other.kill();
    }
    first.app.unmount();
    first.runs.keep?.([]);
  });

  it('takes over a lock whose docflow was killed, and lets go of it when the flow is left', async () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    fs.mkdirSync(path.dirname(lock), { recursive: true });
    fs.writeFileSync(lock, `${gone}\n`);
    const app = open();
    await tick();
    // The run saved before (the first test's A) is offered.
    expect(app.app.frame()).toContain('Reprendre là où vous vous étiez arrêté : étape 3 sur 5 ?');
    expect(fs.readFileSync(lock, 'utf8').trim()).toBe(String(process.pid));
    // Esc leaves the step's field, then the flow.
    await app.app.press(ENTER, ESC, ESC);
    // Back in the picker: the flow is no longer open here.
    expect(fs.existsSync(lock)).toBe(false);
    app.app.unmount();
  });

  it('keeps two different flows apart', async () => {
    const other = heldBy(runLockPath(own, 'create-a-new-subscription'));
    try {
      const app = open();
      await tick();
      expect(app.app.frame()).not.toContain('autre docflow');
      expect(app.app.frame()).toContain('Reprendre');
      app.app.unmount();
      app.runs.keep?.([]);
    } finally {
      other.kill();
    }
  });
});

describe('a link back to a procedure the reader left for this one', () => {
  const alpha = '# Alpha\n\n1. Open the **Alpha** page.\n2. Read [the beta guide](beta.md) first, then select **Continue**.\n3. Select **Finish**.\n';
  const beta = '# Beta\n\n1. Open the **Beta** page.\n2. Go back to [alpha](alpha.md) and select **Done**.\n';

  it('goes back to it where it was: the procedure runs once, and its record says how it ended', async () => {
    const content = folderWith({ 'en-US/alpha.md': alpha, 'en-US/beta.md': beta });
    const state = stateDir({ XDG_STATE_HOME: tempDir() });
    const s = openSession(memoryIo().io, { content, locales: path.join(content, 'locales'), locale: 'en-US', cache: false }, (ws) => ws.slugs());
    const flows = s.workspace.workflows();
    const runs = {
      plan: (flow: Workflow) => planResume(flow, loadRun(state, flow.id), 'v1'),
      recorder: (flow: Workflow, from?: SavedRun) => new RunRecorder(state, flow, 'v1', from, () => undefined),
    };
    const app = renderApp(s.i18n, { flows, initial: flows.find((f) => f.id === 'alpha')!, localesFor: s.localesFor, runs });
    await tick();
    // Alpha's step 2 opens Beta; Beta's step 2 links back to Alpha.
    await app.press(ENTER, 'o', ENTER, 'o');
    // Alpha where the reader left it, not a second run of it offering to resume the first.
    expect(app.frame()).not.toContain('Resume');
    expect(app.frame()).toContain('Step 2 of 3');
    await app.press(ENTER, ENTER);
    expect(app.frame()).toContain('Done: all 3 steps completed.');
    await app.press('q');
    app.unmount();
    const ended = listRuns(state).filter((r) => r.run.flow === 'alpha');
    expect(ended.map((r) => r.state)).toEqual(['finished']);
    expect(ended[0]!.run.steps.map((step) => step.number)).toEqual([1, 2, 3]);
  });
});

describe('state files that cannot be trusted', () => {
  const flow = session().flow;
  const write = (text: string) => {
    fs.mkdirSync(path.dirname(runPath(dir, flow.id)), { recursive: true });
    fs.writeFileSync(runPath(dir, flow.id), text);
  };

  it.each([
    ['an empty file', '', 'it is empty or corrupt'],
    ['broken JSON', '{"docflow": 1, "flow": "add-a', 'it is empty or corrupt'],
    ['a future version', JSON.stringify({ docflow: 99, flow: 'add-a-new-customer' }), 'it was saved by a newer docflow (format 99)'],
    ['another flow’s run', JSON.stringify({ docflow: 1, flow: 'billing', snapshot: {}, at: 'x', steps: [] }), 'it belongs to another flow (billing)'],
    ['something else', '[1, 2, 3]', 'it is not a saved run'],
    ['a record of steps that are not steps', JSON.stringify({ docflow: 1, flow: 'add-a-new-customer', snapshot: {}, at: 'proc-1.step-2', steps: [null] }), 'it is incomplete'],
  ])('sets aside %s and says why', (_what, text, reason) => {
    write(text);
    const loaded = loadRun(dir, flow.id);
    expect(loaded.run).toBeUndefined();
    expect(loaded.problem).toContain(reason);
    expect(fs.existsSync(runPath(dir, flow.id))).toBe(false);
    expect(fs.readdirSync(path.dirname(runPath(dir, flow.id))).some((f) => f.endsWith('.bad'))).toBe(true);
    expect(planResume(flow, loaded, 'v1').notice?.key).toBe('resume.set-aside');
  });

  it('starts over when the step it was on is gone from the article', () => {
    saveRun(dir, { docflow: 1, flow: flow.id, slug: flow.slug, contentHash: 'old', snapshot: {}, at: 'proc-1.step-9', startedAt: '', updatedAt: '', locales: [], steps: [] });
    expect(planResume(flow, loadRun(dir, flow.id), 'new')).toEqual({ notice: { key: 'resume.gone', values: { step: 1 } } });
  });

  describe('when steps were added or removed before the one it was on', () => {
    const s = session();
    const print = fingerprints(s);
    const saved = (at: number, says: string, stepCount: number) =>
      saveRun(dir, { docflow: 1, flow: flow.id, slug: flow.slug, contentHash: 'old', snapshot: {}, at: `proc-1.step-${at}`, atStep: says, stepCount, startedAt: '', updatedAt: '', locales: [], steps: [] });

    it('resumes at the step that says the same, not at another one in its place', () => {
      // Saved at step 4 of 6; a step before it was removed: what it says is step 3 now.
      saved(4, print(flow.steps[2]!)!, 6);
      const plan = planResume(flow, loadRun(dir, flow.id), 'new', print);
      expect(plan).toMatchObject({ startAt: 'step-3', step: 3, notice: { key: 'resume.changed', values: { step: 3 } } });
      // What the run records next follows from there.
      expect(plan.from?.at).toBe('proc-1.step-3');
    });

    it('resumes in its place when the step was reworded and no step came or went', () => {
      saved(4, 'a step reworded since', 5);
      expect(planResume(flow, loadRun(dir, flow.id), 'new', print)).toMatchObject({ startAt: 'step-4', step: 4 });
    });

    it('renumbers the steps the run recorded as it resumes, and marks one removed as gone', () => {
      // Done: the old steps 1 to 3 of 6; the old step 2 was removed: the others are 1 and 2 now.
      const done = (n: number, says: string) => ({ key: `proc-1.step-${n}`, number: n, at: `t${n}`, says });
      saveRun(dir, { docflow: 1, flow: flow.id, slug: flow.slug, contentHash: 'old', snapshot: {}, at: 'proc-1.step-4', atStep: print(flow.steps[2]!)!, stepCount: 6, startedAt: '', updatedAt: '', locales: [], steps: [done(1, print(flow.steps[0]!)!), done(2, 'a step removed since'), done(3, print(flow.steps[1]!)!)] });
      const plan = planResume(flow, loadRun(dir, flow.id), 'new', print);
      expect(plan.from?.steps).toEqual([
        { key: 'proc-1.step-1', number: 1, at: 't1', says: print(flow.steps[0]!) },
        { key: 'proc-1.step-2', number: 2, at: 't2', says: 'a step removed since', gone: true },
        { key: 'proc-1.step-2', number: 2, at: 't3', says: print(flow.steps[1]!) },
      ]);
      // Its checklist marks the steps done where they are now: step 2 when the old step 3 was done, not the removed one.
      const checklist = buildChecklist([flow], s.tr, { record: { flow: flow.id, startedAt: '', updatedAt: '', locales: [], steps: plan.from!.steps } });
      expect(checklist.procedures[0]!.steps.map((step) => step.done)).toEqual(['t1', 't3', undefined, undefined, undefined]);
    });

    it('starts over when steps came or went and none says what it said', () => {
      saved(4, 'a step reworded since', 6);
      expect(planResume(flow, loadRun(dir, flow.id), 'new', print).notice?.key).toBe('resume.gone');
    });
  });

  it('keeps, from a changed article’s run, only the values of inputs it still asks for, as text', () => {
    const values = JSON.parse('{"company-name": "Contoso", "offers": ["Azure plan"], "licenses": 5, "gone-field": "x", "__proto__": {"polluted": true}}');
    saveRun(dir, { docflow: 1, flow: flow.id, slug: flow.slug, contentHash: 'old', snapshot: { context: { values } }, at: 'proc-1.step-4', startedAt: '', updatedAt: '', locales: [], steps: [] });
    const plan = planResume(flow, loadRun(dir, flow.id), 'new');
    expect(plan.startAt).toBe('step-4');
    expect(plan.values).toEqual({ 'company-name': 'Contoso', offers: ['Azure plan'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

/** A run of add-a-new-customer saved at step 2, step 1 done; the time it was saved at. */
function savedAtStep2(dir: string, locale: string): string {
  const at = '2026-12-04T10:00:00.000Z';
  saveRun(dir, { docflow: 1, flow: 'add-a-new-customer', slug: 'add-a-new-customer', contentHash: 'x', snapshot: {}, at: 'proc-1.step-2', startedAt: at, updatedAt: at, locales: [locale], steps: [{ key: 'proc-1.step-1', number: 1, at }] });
  return at;
}

describe('docflow runs', () => {
  it('lists runs in progress and ended', async () => {
    const m = memoryIo(env);
    expect(await runCli(['runs', '--json'], m.io)).toBe(0);
    const runs = JSON.parse(m.out()) as { state: string; flow: string }[];
    expect(runs.some((r) => r.state === 'finished' && r.flow === 'add-a-new-customer')).toBe(true);
  });

  it('lists the other runs and names a record edited by hand or damaged, never a stack trace', async () => {
    const home2 = fs.mkdtempSync(path.join(os.tmpdir(), 'docflow-runs-'));
    try {
      const dir = stateDir({ XDG_STATE_HOME: home2 });
      const at = savedAtStep2(dir, 'fr-FR');
      const records = path.join(dir, 'records');
      fs.mkdirSync(records, { recursive: true });
      const good = { docflow: 1, flow: 'check-service-health', slug: 'check-service-health', at: 'done', startedAt: at, updatedAt: at, locales: ['en-US'], steps: [], outcome: 'finished' };
      fs.writeFileSync(path.join(records, 'a.json'), JSON.stringify({ ...good, updatedAt: 5 }));
      fs.writeFileSync(path.join(records, 'b.json'), JSON.stringify({ ...good, locales: 'en-US' }));
      fs.writeFileSync(path.join(records, 'c.json'), '{"docflow": 1, "flow": "x", "steps": "a"}');
      fs.writeFileSync(path.join(records, 'd.json'), JSON.stringify(good));
      for (const args of [['runs'], ['runs', '--json']]) {
        const m = memoryIo({ XDG_STATE_HOME: home2 });
        expect(await runCli(args, m.io), args.join(' ')).toBe(0);
        expect(m.err()).not.toContain('internal error');
        for (const name of ['a', 'b', 'c']) expect(m.err()).toContain(`${path.join(records, `${name}.json`)}: not a run or record docflow wrote (damaged, or edited by hand): left out`);
        if (args.length === 2) expect((JSON.parse(m.out()) as { flow: string }[]).map((r) => r.flow).sort()).toEqual(['add-a-new-customer', 'check-service-health']);
      }
    } finally {
      fs.rmSync(home2, { recursive: true, force: true });
    }
  });

  it('counts a step done twice (the reader went back to it) once, of the flow’s steps, and says at which step the run stands', async () => {
    const home2 = fs.mkdtempSync(path.join(os.tmpdir(), 'docflow-runs-'));
    try {
      const at = (key: string) => ({ key, number: Number(key.slice(-1)), at: '2026-12-04T10:00:00.000Z' });
      saveRun(stateDir({ XDG_STATE_HOME: home2 }), { docflow: 1, flow: 'add-a-new-customer', slug: 'add-a-new-customer', contentHash: 'x', snapshot: {}, at: 'proc-1.step-4', startedAt: '', updatedAt: '2026-12-04T10:00:00.000Z', locales: ['en-US'], stepCount: 5, steps: ['proc-1.step-1', 'proc-1.step-2', 'proc-1.step-3', 'proc-1.step-1', 'proc-1.step-2', 'proc-1.step-3'].map(at) });
      const m = memoryIo({ XDG_STATE_HOME: home2 });
      expect(await runCli(['runs'], m.io)).toBe(0);
      expect(m.out()).toContain('add-a-new-customer  3 of 5 steps done, at step 4  (en-US)');
    } finally {
      fs.rmSync(home2, { recursive: true, force: true });
    }
  });

  it('names each run’s file under it, which checklist --from-run takes (only --json named it)', async () => {
    const home2 = tempDir();
    const dir = stateDir({ XDG_STATE_HOME: home2 });
    savedAtStep2(dir, 'en-US');
    const m = memoryIo({ XDG_STATE_HOME: home2 });
    expect(await runCli(['runs'], m.io)).toBe(0);
    const file = path.join(dir, 'runs', 'add-a-new-customer.json');
    expect(m.out()).toBe(`2026-12-04 10:00  in progress  add-a-new-customer  1 step done, at step 2  (en-US)\n  ${file}\n`);
    const filled = memoryIo();
    expect(await runCli(['checklist', '--from-run', file], filled.io)).toBe(0);
    expect(filled.out()).toContain('in progress');
  });
});
