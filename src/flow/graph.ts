/**
 * A flow's machine as a graph in the reader's language: one node per state (its step name and
 * first words), one edge per transition the machine has (NEXT named by the step's own UI label,
 * BACK, the declared choices), after `done` the procedures its done screen offers, and from a
 * step the procedures its overlay links it to (`o` opens them there). Read from the xstate
 * machine itself, so the picture is what runs.
 */
import type { Translator } from '../catalog/i18n.js';
import type { Workflow } from '../model/workflow.js';
import { flowTitle } from '../text/flow-text.js';
import { plainMessage } from '../text/inline-runs.js';
import { flowText, type LinkedArticle } from '../text/flow-markup.js';
import { pictureWords } from '../text/image-text.js';
import { clipped } from '../text/clipped.js';
import { createFlowMachine } from './machine.js';
import { DONE } from './workflow.js';
import { stepDeclaredFlows } from './related-flows.js';

export interface FlowGraph {
  id: string;
  title: string;
  nodes: { id: string; label: string; final?: boolean; flow?: string }[];
  edges: { from: string; to: string; event: string; label: string }[];
}

const clip = (text: string) => clipped(text, 48);

/**
 * `declared`: the procedure a link the overlay declares opens (see declaredFlow); `article`: the
 * article a link leads to, whose title a link with no words shows (see flow-markup.ts).
 */
export function flowGraph(workflow: Workflow, related: readonly Workflow[], tr: Translator, declared?: (target: string) => Workflow | undefined, article?: LinkedArticle): FlowGraph {
  const machine = createFlowMachine(workflow);
  // A step's words read as on its screen: reference links, footnotes and links with no words too.
  const say = flowText(workflow, tr.text, article);
  const label = (key?: string) => (key ? plainMessage(tr.label(workflow.slug, key)) : '');
  const steps = new Map(workflow.steps.map((s) => [s.id, s]));
  const graph: FlowGraph = { id: workflow.id, title: plainMessage(flowTitle(workflow, tr)), nodes: [], edges: [] };
  for (const [id, node] of Object.entries(machine.root.states)) {
    const step = steps.get(id);
    const first = step?.blocks.find((b) => b.type === 'text');
    const words = first?.type === 'text' ? plainMessage(first.keys.map(say).join(' '), undefined, (words) => pictureWords(words, tr.t)) : '';
    graph.nodes.push(
      // "Étape 2 : …", "第 2 步：…": the step's name and words joined as the locale joins a label and its value.
      step ? { id, label: words ? tr.t('label-value', { label: tr.t('step', { number: step.number }), value: clip(words) }) : tr.t('step', { number: step.number }) } : { id, label: tr.t('done.message', { count: workflow.steps.length }), final: true },
    );
    for (const [event, transitions] of node.transitions) {
      transitions.forEach((transition, index) => {
        for (const target of transition.target ?? []) {
          const choice = event === 'CHOOSE' ? step?.choices[index] : undefined;
          const name =
            event === 'NEXT' ? label(step?.nextLabelKey) || tr.t('next') : event === 'BACK' ? '←' : label(choice?.labelKey) || tr.t('choice.unnamed', { number: index + 1 });
          graph.edges.push({ from: id, to: target.key, event, label: name });
        }
      });
    }
  }
  // Each linked procedure is one node, whether the done screen or a step (or both) opens it.
  const flowNode = (flow: Workflow) => {
    const id = `flow:${flow.id}`;
    if (!graph.nodes.some((node) => node.id === id)) graph.nodes.push({ id, label: plainMessage(flowTitle(flow, tr)), flow: flow.id });
    return id;
  };
  // The done screen's first, in its order.
  const offered = related.map(flowNode);
  for (const step of workflow.steps) {
    for (const { flow, link } of stepDeclaredFlows(workflow, step, (target) => declared?.(target))) {
      graph.edges.push({ from: step.id, to: flowNode(flow), event: 'OPEN', label: label(link.labelKey) || tr.t('see-also') });
    }
  }
  for (const to of offered) graph.edges.push({ from: DONE, to, event: 'OPEN', label: tr.t('done.related') });
  return graph;
}

const quote = (text: string) => text.replace(/["\\]/g, (c) => `\\${c}`).replace(/[\n\r]/g, ' ');

/**
 * Mermaid ids: word characters only, each node its own. Punctuation and non-ASCII letters become
 * `_`, so `flow:添加客户` and `flow:删除客户` (or `a/b-c` and `a-b/c`) were one id: one node, the
 * last label, both edges on it. A later id that comes out the same takes the first free `_2`, `_3`….
 */
function mermaidIds(graph: FlowGraph): (id: string) => string {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const id of [...graph.nodes.map((n) => n.id), DONE]) {
    if (names.has(id)) continue;
    const base = id.replace(/[^\w]/g, '_');
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
    names.set(id, name);
    taken.add(name);
  }
  return (id) => names.get(id) ?? id.replace(/[^\w]/g, '_');
}

export function graphMermaid(graph: FlowGraph): string {
  const safe = mermaidIds(graph);
  const lines = ['stateDiagram-v2', `  %% ${graph.title.replace(/\n/g, ' ')}`];
  for (const node of graph.nodes) lines.push(`  state "${node.label.replace(/"/g, '#quot;')}" as ${safe(node.id)}`);
  lines.push(`  [*] --> ${safe(graph.nodes[0]?.id ?? DONE)}`);
  for (const edge of graph.edges) lines.push(`  ${safe(edge.from)} --> ${safe(edge.to)} : ${edge.label.replace(/:/g, '∶').replace(/[;#]/g, ' ')}`);
  if (graph.nodes.some((n) => n.final)) lines.push(`  ${safe(DONE)} --> [*]`);
  return `${lines.join('\n')}\n`;
}

export function graphDot(graph: FlowGraph): string {
  const lines = [`digraph "${quote(graph.id)}" {`, `  label="${quote(graph.title)}";`, '  node [shape=box, style=rounded];'];
  for (const node of graph.nodes) lines.push(`  "${quote(node.id)}" [label="${quote(node.label)}"${node.final ? ', shape=doublecircle' : ''}${node.flow ? ', style=dashed' : ''}];`);
  for (const edge of graph.edges) lines.push(`  "${quote(edge.from)}" -> "${quote(edge.to)}" [label="${quote(edge.label)}"${edge.event === 'BACK' ? ', style=dotted' : ''}];`);
  return `${lines.join('\n')}\n}\n`;
}
