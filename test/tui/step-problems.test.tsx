/**
 * Problems in the article shown where they hit: a step with a broken sentence says so under the
 * step, and a step that cannot be rendered says why instead of going blank, the keys still there.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession } from '../../src/cli/context.js';
import { stepProblems } from '../../src/flow/step-problems.js';
import type { KeyBlock, Workflow } from '../../src/model/workflow.js';
import { brokenStepTwo } from '../flow/broken-step.js';
import { folderWith, memoryIo } from '../helpers.js';
import { ENTER, renderApp, type RenderedApp } from './render-app.js';

let current: RenderedApp | undefined;
afterEach(() => current?.unmount());

function open(flowOf: (flows: Workflow[]) => Workflow) {
  const dir = folderWith({ 'fr-FR/add-a-new-customer.md': brokenStepTwo() });
  const session = openSession(memoryIo().io, { content: dir, locales: path.join(dir, 'locales'), locale: 'fr-FR', cache: false }, (ws) => ws.slugs());
  const flows = session.workspace.workflows();
  const initial = flowOf(flows);
  current = renderApp(session.i18n, {
    flows,
    initial,
    localesFor: session.localesFor,
    problems: (flow, step, language) => stepProblems(session.workspace.article(flow.slug), step, language),
  });
  return current;
}

describe('a step with problems', () => {
  it('lists them under the step in the one problem format; the other steps show none', async () => {
    const app = open((flows) => flows[0]!);
    await app.press();
    expect(app.frame()).toContain('Étape 1 sur 5');
    expect(app.frame()).not.toContain('problèmes');
    await app.press(ENTER);
    const frame = app.frame().replace(/\s*\n\s*/g, ' ');
    expect(frame).toContain('Étape 2 sur 5');
    expect(frame).toContain('⚠ Cette étape de l’article comporte des problèmes :');
    expect(frame).toMatch(/add-a-new-customer\.md:28:5 warning Translated span .* docflow:unbalanced-span/);
  });

  it('that cannot be rendered says so with the reason, and Enter still goes on', async () => {
    // A step whose blocks the screen cannot draw (as a damaged cache entry would give).
    const broken: KeyBlock = { type: 'table', rows: undefined as unknown as string[][][] };
    const app = open((flows) => ({ ...flows[0]!, steps: flows[0]!.steps.map((step, i) => (i === 0 ? { ...step, blocks: [broken] } : step)) }));
    await app.press();
    const frame = app.frame();
    expect(frame).toContain('Étape 1 sur 5');
    expect(frame).toMatch(/⚠ Impossible d’afficher l’étape 1 : \S/);
    expect(frame).toContain('q quitter');
    await app.press(ENTER);
    expect(app.frame()).toContain('Étape 2 sur 5');
  });
});
