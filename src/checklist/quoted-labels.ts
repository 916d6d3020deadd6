/**
 * A step's UI labels that its translation quotes instead of making them bold ("选择“客户”": zh-CN
 * machine translation drops the `**` of 760 of the corpus's 4,094 bold labels), made bold, so a
 * checklist page draws them as buttons, as it draws the step's other labels and as the screen
 * highlights them. Only a label the step has nowhere in bold (one it bolds is the button; the
 * same words elsewhere are a mention), and only where it stands between quotes.
 */
import type { PhrasingContent } from 'mdast';
import { boldRuns, parseInline } from '../parse/inline.js';
import { htmlStyles } from '../text/html-styles.js';
import type { ChecklistBlock } from './checklist-model.js';
import { regExpSource } from '../text/regexp-source.js';

const OPENING = '“"«「『‘\'„‚‹';
const CLOSING = '”"»」』’\'“‘›';

/** The labels of a step that none of its blocks has in bold. */
export function unboldedLabels(labels: readonly string[], blocks: readonly ChecklistBlock[]): string[] {
  const bold = new Set<string>();
  const read = (markdown: string) => boldRuns(htmlStyles(parseInline(markdown))).forEach((run) => bold.add(run.text));
  const walk = (blocks: readonly ChecklistBlock[]): void =>
    blocks.forEach((block) => {
      if (block.type === 'text') read(block.text);
      else if (block.type === 'note') walk(block.blocks);
      else if (block.type === 'list') block.items.forEach(walk);
      else if (block.type === 'table') block.rows.flat().forEach(read);
    });
  walk(blocks);
  return [...new Set(labels.map((label) => label.trim()))].filter((label) => label !== '' && !bold.has(label));
}

/** The nodes with each of `labels` that stands between quotes in their text made bold; none inside bold, a link, code or a picture. */
export function quotedLabels(nodes: PhrasingContent[], labels: readonly string[]): PhrasingContent[] {
  if (labels.length === 0) return nodes;
  const wanted = [...labels].sort((a, b) => b.length - a.length).map(regExpSource).join('|');
  const pattern = new RegExp(`(?<=[${OPENING}])(?:${wanted})(?=[${CLOSING}])`, 'gu');
  return marked(nodes, pattern);
}

function marked(nodes: readonly PhrasingContent[], pattern: RegExp): PhrasingContent[] {
  return nodes.flatMap((node): PhrasingContent[] => {
    if (node.type === 'text') return split(node.value, pattern);
    if (node.type === 'emphasis' || node.type === 'delete') return [{ ...node, children: marked(node.children, pattern) }];
    return [node];
  });
}

function split(text: string, pattern: RegExp): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) out.push({ type: 'text', value: text.slice(at, match.index) });
    out.push({ type: 'strong', children: [{ type: 'text', value: match[0] }] });
    at = match.index + match[0].length;
  }
  if (at === 0) return [{ type: 'text', value: text }];
  if (at < text.length) out.push({ type: 'text', value: text.slice(at) });
  return out;
}
