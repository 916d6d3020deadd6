/**
 * A broken sentence is told where the reader meets it: under its step, in the one problem
 * format, in the plain walkthrough as in the terminal UI (test/tui/step-problems.test.tsx).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { openSession } from '../../src/cli/context.js';
import { stepProblems } from '../../src/flow/step-problems.js';
import { folderWith, memoryIo } from '../helpers.js';
import { BROKEN_PAIR as RULE, brokenStepTwo } from './broken-step.js';

describe('the problems of a step', () => {
  it('are the parser’s messages on the step’s lines, none on the others', () => {
    const dir = folderWith({ 'fr-FR/add-a-new-customer.md': brokenStepTwo() });
    const session = openSession(memoryIo().io, { content: dir, locales: path.join(dir, 'locales'), locale: 'fr-FR', cache: false }, (ws) => ws.slugs());
    const article = session.workspace.article('add-a-new-customer');
    const [flow] = article.workflows;
    const file = path.join(dir, 'fr-FR', 'add-a-new-customer.md');
    expect(flow!.steps.map((step) => stepProblems(article, step, 'fr-FR'))).toEqual([[], [`${file}:28:5 ${RULE}`], [], [], []]);
    // Read in English (the article's English halves), the same file is where the problem is.
    expect(stepProblems(article, flow!.steps[1]!, 'en-US')).toEqual([`${file}:28:5 ${RULE}`]);
  });

  it('are told on standard error as the plain walkthrough prints the step, the walkthrough unchanged', async () => {
    const dir = folderWith({ 'fr-FR/add-a-new-customer.md': brokenStepTwo() });
    const m = memoryIo({}, ['Contoso Ltd', '1 Main Street', 'China', 'Li Lei', 'li@contoso.com', '+86 10 1234 5678', '1', '5'].join('\n'));
    const code = await runCli(['run', 'add-a-new-customer', '--content', dir, '--locales', path.join(dir, 'locales'), '--locale', 'fr-FR', '--no-cache'], m.io);
    expect(code).toBe(0);
    expect(m.err()).toContain(`add-a-new-customer.md:28:5 ${RULE}`);
    expect(m.out()).not.toContain('docflow:');
    expect(m.out()).toContain('Étape 2 sur 5');
  });
});
