/**
 * Links an overlay declares ("see Create a new subscription"): the terminal UI lists them under
 * the step; the plain walkthrough, the graph and the warnings must name the same procedures.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FlowGraph } from '../../src/flow/graph.js';
import { cliRun, folderWith, removeTempDirs } from '../helpers.js';

afterAll(removeTempDirs);

const procedure = (title: string, action: string) => `## ${title}\n\n1. Select **${action}**.\n2. Select **Save**.\n`;
const content = folderWith({
  'en-US/setup.md': '# Set up\n\n1. Select **Start**.\n2. Select **Finish**.\n',
  'en-US/agreement.md': `# Agreement\n\n${procedure('Sign', 'Sign')}\n${procedure('Renew', 'Renew')}`,
  'en-US/about.md': '# About\n\nNo steps here.\n',
  'overlays/setup.yaml': [
    'links:',
    '  - { step: 1, flow: agreement#2 }',
    '  - { step: 1, flow: agreement#3 }',
    '  - { step: 2, flow: setup }',
    '  - { step: 2, flow: about }',
    '  - { step: 2, flow: agreement }',
    '  - { step: 2, flow: agreement#renewal }',
    '  - { step: 2, flow: agreement#proc-2 }',
    '',
  ].join('\n'),
});
const overlay = path.join(content, 'overlays', 'setup.yaml');

const cli = (...args: string[]) => cliRun([...args, '--content', content, '--locales', path.join(content, 'locales'), '--no-cache']);

describe('links an overlay declares', () => {
  it('are listed under their step in the plain walkthrough, each with the command that opens it', async () => {
    const { code, out } = await cli('run', 'setup', '--plain');
    expect(code).toBe(0);
    expect(out).toMatch(/Step 1 of 2\n {2}Select Start\.\n {2}↗ See also: Agreement — Renew\n {4}docflow run agreement#2 --content \S+ --locales \S+\n {2}→ Then: Start\n/);
    // A bare article opens its first procedure, as the screen's o does; the flow itself, nothing.
    // `agreement#proc-2` (a procedure's key, as `docflow run` takes it) is Renew.
    expect(out).toMatch(/Step 2 of 2\n {2}Select Finish\.\n {2}↗ See also: Agreement — Sign\n {4}docflow run agreement#1 [^\n]+\n {2}↗ See also: Agreement — Renew\n {4}docflow run agreement#2 [^\n]+\n {2}→ Then: Finish\n/);
  });

  it('that name a procedure the article lacks, no procedure at all, or the flow itself are told with their line and rule, and offered nowhere', async () => {
    for (const command of [['run', 'setup', '--plain'], ['graph', 'setup']]) {
      const { err, out } = await cli(...command);
      expect(err).toContain(`${overlay}:3:5 warning No procedure \`agreement#3\`: \`agreement\` has 2 procedures docflow:overlay-unknown-flow\n`);
      expect(err).toContain(`${overlay}:4:5 warning Step 2 links to its own procedure \`setup\` docflow:overlay-self-link\n`);
      expect(err).toContain(`${overlay}:5:5 warning No procedure \`about\`: \`about\` has no procedure (a numbered list of two steps or more) docflow:overlay-unknown-flow\n`);
      // A heading no procedure has is named as `docflow run` names it: none, not the article's first.
      expect(err).toContain(`${overlay}:7:5 warning No procedure \`agreement#renewal\`: \`agreement\` has 2 procedures docflow:overlay-unknown-flow\n`);
      expect(out).not.toContain('About');
    }
  });

  it('are edges of the graph, from their step to the procedure', async () => {
    const graph = JSON.parse((await cli('graph', 'setup', '--format', 'json')).out) as FlowGraph;
    expect(graph.edges.filter((edge) => edge.event === 'OPEN')).toEqual([
      { from: 'step-1', to: 'flow:agreement#2', event: 'OPEN', label: 'See also' },
      { from: 'step-2', to: 'flow:agreement#1', event: 'OPEN', label: 'See also' },
      { from: 'step-2', to: 'flow:agreement#2', event: 'OPEN', label: 'See also' },
    ]);
    expect(graph.nodes.filter((node) => node.flow).map((node) => node.label)).toEqual(['Agreement — Renew', 'Agreement — Sign']);
  });
});
