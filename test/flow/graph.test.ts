/** docflow graph: the machine that runs, drawn in the reader's language. */
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { graphMermaid, type FlowGraph } from '../../src/flow/graph.js';
import { folderWith, memoryIo, removeTempDirs } from '../helpers.js';

async function cli(...args: string[]) {
  const m = memoryIo();
  const code = await runCli(['graph', ...args], m.io);
  return { code, out: m.out() };
}

describe('docflow graph', () => {
  it('gives every state and transition, with the branch and the linked procedures (JSON)', async () => {
    const { code, out } = await cli('add-a-new-customer', '--locale', 'fr-FR', '--format', 'json');
    expect(code).toBe(0);
    const graph = JSON.parse(out) as FlowGraph;
    expect(graph.nodes.map((n) => n.id)).toEqual(['step-1', 'step-2', 'step-3', 'step-4', 'step-5', 'done', 'flow:request-a-relationship-with-a-customer', 'flow:create-a-new-subscription']);
    // Before: "Étape 2: …", the English colon; now as French joins a label and its value (and Chinese: "第 2 步：").
    expect(graph.nodes[1]!.label).toMatch(/^Étape 2 : Sur le informations sur le compte page/);
    expect(graph.edges).toContainEqual({ from: 'step-4', to: 'step-2', event: 'CHOOSE', label: 'mise à jour' });
    expect(graph.edges).toContainEqual({ from: 'step-4', to: 'step-5', event: 'NEXT', label: 'envoyer' });
    // The overlay's link from the last step, to a procedure the done screen offers too: one node, two edges.
    expect(graph.edges).toContainEqual({ from: 'step-5', to: 'flow:create-a-new-subscription', event: 'OPEN', label: 'Voir aussi' });
    expect(graph.edges.filter((e) => e.event === 'BACK')).toHaveLength(4);
  });

  it('draws Mermaid and Graphviz in the chosen language', async () => {
    const mermaid = (await cli('add-a-new-customer', '--locale', 'zh-CN')).out;
    expect(mermaid.startsWith('stateDiagram-v2\n')).toBe(true);
    expect(mermaid).toContain('step_4 --> step_2 : 更新');
    expect(mermaid).toContain('state "第 1 步：在');
    const dot = (await cli('add-a-new-customer', '--format', 'dot')).out;
    expect(dot).toMatch(/^digraph "add-a-new-customer" \{/);
    expect(dot).toContain('"step-4" -> "step-2" [label="Update"];');
    expect((await cli('add-a-new-customer', '--format', 'svg')).code).toBe(2);
  });

  it('gives procedures whose ids differ only in punctuation or non-ASCII letters a Mermaid node each', () => {
    const related = ['flow:添加客户', 'flow:删除客户', 'flow:a/b-c', 'flow:a-b/c', 'flow:a_b_c_2'];
    const graph: FlowGraph = {
      id: '入门',
      title: '入门',
      nodes: [{ id: 'step-1', label: '第 1 步' }, { id: 'done', label: '已完成', final: true }, ...related.map((id) => ({ id, label: id.slice(5), flow: id.slice(5) }))],
      edges: [{ from: 'step-1', to: 'done', event: 'NEXT', label: '下一步' }, ...related.map((to) => ({ from: 'done', to, event: 'OPEN', label: '相关流程' }))],
    };
    const mermaid = graphMermaid(graph);
    const states = [...mermaid.matchAll(/^ {2}state "(.*)" as (\w+)$/gm)].map((m) => [m[1], m[2]]);
    expect(new Set(states.map(([, name]) => name)).size).toBe(states.length);
    expect(states).toContainEqual(['添加客户', 'flow_____']);
    expect(states).toContainEqual(['删除客户', 'flow______2']);
    // Every edge to a procedure reaches its own node.
    for (const [label, name] of states.slice(2)) expect(mermaid, label).toContain(`done --> ${name} : 相关流程`);
    expect(mermaid).toContain('step_1 --> done : 下一步');
  });

  afterEach(removeTempDirs);

  it('links to an article of several procedures with one edge, to the flow the done screen opens: its first, or the one a heading names', async () => {
    const procedure = (title: string) => `## ${title}\n\n1. Select **Start**.\n2. Select **Finish**.\n`;
    const content = folderWith({
      'en-US/setup.md': `# Set up\n\n${procedure('Prepare')}\nThen read [the agreement](agreement.md), and [renew it](agreement.md#renew) each year.\n`,
      'en-US/agreement.md': `# Agreement\n\n${procedure('Confirm')}\n${procedure('Withdraw')}\n${procedure('Renew')}`,
    });
    const { code, out } = await cli('setup', '--content', content, '--locales', folderWith({}), '--no-cache', '--format', 'json');
    expect(code).toBe(0);
    const graph = JSON.parse(out) as FlowGraph;
    expect(graph.edges.filter((e) => e.event === 'OPEN').map((e) => e.to)).toEqual(['flow:agreement#1', 'flow:agreement#3']);
  });

  it('draws back from the step a branch goes forward to, to the step it is taken on as well as to the one before', async () => {
    const content = folderWith({
      'en-US/delta.md': '# Delta\n\n1. If you have an account, select **Skip**; otherwise select **Create**.\n2. Select **Next**.\n3. Select **Next**.\n4. Select **Finish**.\n',
      'overlays/delta.yaml': 'branches:\n  - { step: 1, label: Skip, goto: 4 }\n',
    });
    const { out } = await cli('delta', '--content', content, '--locales', folderWith({}), '--no-cache', '--format', 'json');
    const back = (JSON.parse(out) as FlowGraph).edges.filter((e) => e.event === 'BACK' && e.from === 'step-4').map((e) => e.to);
    expect(back).toEqual(['step-1', 'step-3']);
  });

  it('cuts a long step before a character it cannot keep whole, never inside it (an emoji, a letter and its mark)', async () => {
    // 46 characters, then an emoji of two UTF-16 units where the label is cut (at 47).
    const words = 'Open the settings page of the partner center 12';
    const content = folderWith({ 'en-US/launch.md': `# Launch\n\n1. ${words.slice(0, 46)}🚀 launches now, and check it.\n2. Tap ${words.slice(0, 42)}e\u0301 and more words after it.\n3. Select **Save**.\n` });
    for (const format of ['json', 'dot', 'mermaid']) {
      const { code, out } = await cli('launch', '--content', content, '--locales', folderWith({}), '--no-cache', '--format', format);
      expect(code).toBe(0);
      // Half an emoji was written as U+FFFD (escaped in JSON); an accent went without its letter.
      expect(out).not.toMatch(/\uFFFD|\\ud8|[\uD800-\uDFFF]/iu);
      expect(out).toContain(`Step 1: ${words.slice(0, 46)}…`);
      expect(out).toContain(`Step 2: Tap ${words.slice(0, 42)}…`);
    }
  });
});
