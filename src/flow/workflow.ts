/**
 * Document (+ overlay) → one Workflow per procedure, in keys only.
 */
import type { VFile } from 'vfile';
import type { Block, CellBreak, Document, Part, Procedure, Step } from '../model/document.js';
import type { Choice, KeyBlock, Workflow, WorkflowStep } from '../model/workflow.js';
import { labelKey, type DocumentKeys } from '../catalog/keys.js';
import type { Overlay } from './overlay.js';
import { linkTarget } from './article-link.js';
import { targetName } from './related-flows.js';
import { counted } from '../text/counted.js';
import { NOTE_LABEL } from '../parse/note-label.js';
import { tableSegments } from './table-segments.js';
import { notAWayOn } from './way-on.js';

export const DONE = 'done';

export function stepId(number: number): string {
  return `step-${number}`;
}

export function workflowId(slug: string, procedureIndex: number, count: number): string {
  return count > 1 ? `${slug}#${procedureIndex + 1}` : slug;
}

export interface WorkflowInput {
  slug: string;
  document: Document;
  keys: DocumentKeys;
  overlay: Overlay;
  /** Which slugs exist in the content, for links to other procedures. */
  slugs: { has(slug: string): boolean };
  /** Where overlay problems are reported. */
  overlayFile: VFile;
}

export function buildWorkflows(input: WorkflowInput): Workflow[] {
  const { slug, document } = input;
  const key = (n: number) => input.keys.segments.get(n)!;
  const related = relatedTargets(document, slug, input.slugs);
  const blocks = (list: readonly Block[]) => keyBlocks(list, input);
  // A note of a section without steps ("## Before you begin", "## Next steps") was shown nowhere:
  // one before the first procedure is read with the intro, by every flow; one after a procedure
  // at that procedure's end, where its reader comes to it.
  const notesAfter = (count: number) => document.notes.filter((note) => (note.after ?? 0) === count && note.blocks).map((note) => keyBlock({ type: 'note', kind: note.kind, blocks: keyed(note.blocks!, input) }, input));
  const intro = [...blocks(document.intro), ...notesAfter(0)];
  reportUnknownProcedures(input);
  return document.procedures.map((procedure, index) => ({
    id: workflowId(slug, index, document.procedures.length),
    slug,
    procedure: procedure.key,
    anchor: procedure.anchor,
    ...(document.titleSegments[0] !== undefined ? { titleKey: key(document.titleSegments[0]) } : {}),
    ...(procedure.pivot ? { pivot: procedure.pivot } : {}),
    ...(document.footnotes ? { footnotes: document.footnotes } : {}),
    ...(document.linkDefinitions ? { linkDefinitions: document.linkDefinitions } : {}),
    procedureTitleKeys: [...(procedure.tabOf ?? []), ...procedure.titleSegments].map(key),
    ...(procedure.tabOf ? { tabKeys: procedure.titleSegments.length } : {}),
    appliesToKeys: document.appliesTo.map(key),
    intro,
    preamble: blocks(procedure.preamble),
    steps: procedure.steps.map((step) => workflowStep(step, procedure, index + 1, input)),
    epilogue: [...blocks(procedure.epilogue), ...notesAfter(index + 1)],
    related,
  }));
}

function workflowStep(step: Step, procedure: Procedure, procedureNumber: number, input: WorkflowInput): WorkflowStep {
  const key = (n: number) => input.keys.segments.get(n)!;
  const choices: Choice[] = [];
  const taken = new Set<string>();
  for (const branch of input.overlay.branches) {
    if (branch.procedure !== procedureNumber || branch.step !== step.number) continue;
    const place = { line: branch.line, column: branch.column };
    const label = step.labels.find((l) => l.source.toLowerCase() === branch.label.toLowerCase());
    if (!label) {
      const known = step.labels.map((l) => l.source).join(', ') || 'none';
      input.overlayFile.message(`Step ${step.number} has no UI label \`${branch.label}\` (labels: ${known})`, {
        place,
        ruleId: 'overlay-unknown-label',
        source: 'docflow',
      });
      continue;
    }
    if (branch.goto !== 'done' && !procedure.steps.some((s) => s.number === branch.goto)) {
      input.overlayFile.message(`Branch goes to step ${branch.goto}, but the procedure has ${counted(procedure.steps.length, 'step')}`, {
        place,
        ruleId: 'overlay-unknown-step',
        source: 'docflow',
      });
      continue;
    }
    const id = labelKey(key(label.n), label.index);
    taken.add(id);
    choices.push({ labelKey: id, target: branch.goto === 'done' ? DONE : stepId(branch.goto) });
  }
  // The way on is a button, not a value picked (see way-on.ts; "In the dropdown list, select
  // **Membership offers**"): the walkthrough's "Then:" and the Enter key named the value.
  // An earlier label is not taken in its place: "Select **Add customer**. … Select **Education**
  // from the **Special qualifications** dropdown." does not go on by Add customer.
  // Nor a label of a table in the step (see table-segments.ts). Nor a field the step ends by
  // filling in ("Enter the **Account name**, **Account key**, and **Container**"), nor a button
  // before it ("Select **Next** and enter the **Path**": Next is pressed first).
  const inTables = tableSegments(step.blocks);
  const last = [...step.labels].reverse().find((l) => (l.action || l.filled) && !inTables.has(l.n) && !taken.has(labelKey(key(l.n), l.index)));
  const next = last?.action && !notAWayOn(last, input.document) ? last : undefined;
  const here = <T extends { procedure: number; step: number }>(list: readonly T[]) => list.filter((d) => d.procedure === procedureNumber && d.step === step.number);
  // A declared label must be one of the step's own; its key lets every locale name it.
  const labelOf = (declared: { label?: string; line: number; column: number }) => {
    if (declared.label === undefined) return undefined;
    const label = step.labels.find((l) => l.source.toLowerCase() === declared.label!.toLowerCase());
    if (label) return labelKey(key(label.n), label.index);
    input.overlayFile.message(`Step ${step.number} has no UI label \`${declared.label}\` (labels: ${step.labels.map((l) => l.source).join(', ') || 'none'})`, {
      place: { line: declared.line, column: declared.column },
      ruleId: 'overlay-unknown-label',
      source: 'docflow',
    });
    return undefined;
  };
  const inputs = here(input.overlay.inputs).map(({ name, type, required, min, max, integer, choices, ...declared }) => {
    const labelKey = labelOf(declared);
    return { name, type, required, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}), ...(integer ? { integer } : {}), ...(choices ? { choices } : {}), ...(labelKey ? { labelKey } : {}) };
  });
  const links = here(input.overlay.links).flatMap((link) => {
    if (!input.slugs.has(link.flow.split('#')[0]!.replace(/\.md$/, ''))) {
      input.overlayFile.message(`No flow named \`${link.flow}\` in the content`, { place: { line: link.line, column: link.column }, ruleId: 'overlay-unknown-flow', source: 'docflow' });
      return [];
    }
    const labelKey = labelOf(link);
    return [{ flow: link.flow, ...(labelKey ? { labelKey } : {}), line: link.line, column: link.column }];
  });
  return {
    id: stepId(step.number),
    number: step.number,
    key: step.key,
    line: step.line,
    blocks: keyBlocks(step.blocks, input),
    labelKeys: step.labels.map((l) => labelKey(key(l.n), l.index)),
    ...(next ? { nextLabelKey: labelKey(key(next.n), next.index) } : {}),
    choices,
    ...(inputs.length > 0 ? { inputs } : {}),
    ...(links.length > 0 ? { links } : {}),
  };
}

/** The state NEXT leads to from a step: the machine and the screens both ask here. */
export function nextTarget(workflow: Workflow, step: WorkflowStep): string {
  return workflow.steps[workflow.steps.indexOf(step) + 1]?.id ?? DONE;
}


/** A document's link definitions made a map once (see Document.linkDefinitions). */
const definitionMaps = new WeakMap<Document, ReadonlyMap<string, string>>();
function definitionsOf(document: Document): ReadonlyMap<string, string> {
  let map = definitionMaps.get(document);
  if (!map) definitionMaps.set(document, (map = new Map(document.linkDefinitions)));
  return map;
}

/**
 * Blocks without what has no key: the catalog keys a note outside the procedures by its
 * sentences only (`note.<n>`), not the text, code or pictures it holds outside them.
 */
function keyed(blocks: readonly Block[], input: WorkflowInput): Block[] {
  const has = (part: Part) => ('n' in part ? input.keys.segments.has(part.n) : input.keys.parts.has(part));
  return blocks.flatMap((block): Block[] => {
    switch (block.type) {
      case 'text': {
        const parts = block.parts.filter(has);
        return parts.length > 0 ? [{ ...block, parts }] : [];
      }
      case 'note':
        return [{ ...block, blocks: keyed(block.blocks, input) }];
      case 'list':
        return [{ ...block, items: block.items.map((item) => keyed(item, input)) }];
      case 'table':
        return [{ ...block, rows: block.rows.map((row) => row.map((cell) => cell.filter(has))) }];
      case 'code':
      case 'image':
        return input.keys.parts.has(block) ? [block] : [];
      default:
        return [block];
    }
  });
}

function keyBlocks(blocks: readonly Block[], input: WorkflowInput): KeyBlock[] {
  return blocks.map((block) => keyBlock(block, input));
}

function keyBlock(block: Block, input: WorkflowInput): KeyBlock {
  const keys = (parts: readonly Part[]) => parts.map((part) => ('n' in part ? input.keys.segments.get(part.n)! : input.keys.parts.get(part)!));
  switch (block.type) {
    case 'text': {
      const links: Record<number, string> = {};
      block.parts.forEach((part, i) => {
        // A reference link's (`[<pair>][o]`) where the article's definition says.
        const href = 'n' in part ? (part.href ?? (part.ref === undefined ? undefined : definitionsOf(input.document).get(part.ref))) : undefined;
        if (href !== undefined) links[i] = href;
      });
      return { type: 'text', keys: keys(block.parts), ...(Object.keys(links).length > 0 ? { links } : {}) };
    }
    case 'note': {
      const { label, blocks } = splitNoteLabel(block.blocks, input.document);
      return { type: 'note', kind: block.kind, ...(label ? { labelKey: input.keys.segments.get(label.n)! } : {}), blocks: keyBlocks(blocks, input) };
    }
    case 'list':
      return { type: 'list', ordered: block.ordered, items: block.items.map((item) => keyBlocks(item, input)) };
    case 'table': {
      const opens: Record<string, CellBreak> = {};
      block.rows.forEach((row, r) => row.forEach((cell, c) => cell.forEach((part, i) => part.opens && (opens[`${r}.${c}.${i}`] = part.opens))));
      return { type: 'table', rows: block.rows.map((row) => row.map(keys)), ...(Object.keys(opens).length > 0 ? { opens } : {}), ...(block.header === false ? { header: false as const } : {}) };
    }
    case 'code':
      return { type: 'code', ...(block.lang ? { lang: block.lang } : {}), key: input.keys.parts.get(block)! };
    case 'image':
      return { type: 'image', key: input.keys.parts.get(block)!, src: block.src };
    case 'include':
      return { ...block };
  }
}

/** A legacy note (`>**Note**<br> text`) starts with its own label: kept apart, for screens to name the note by. */
function splitNoteLabel(blocks: readonly Block[], document: Document): { label?: { n: number }; blocks: Block[] } {
  const [first, ...rest] = blocks;
  if (first?.type !== 'text') return { blocks: [...blocks] };
  const [lead, ...parts] = first.parts;
  const label = lead && 'n' in lead && parts.length > 0 && NOTE_LABEL.test(document.segments.find((s) => s.n === lead.n)?.source ?? '');
  return label ? { label: lead, blocks: [{ type: 'text', parts }, ...rest] } : { blocks: [...blocks] };
}

/**
 * Where this document's links lead, in order of appearance: articles of the content (`x`, or
 * `x#heading`), and headings of its own that title one of its procedures.
 */
function relatedTargets(document: Document, self: string, slugs: WorkflowInput['slugs']): string[] {
  const own = new Set(document.procedures.map((procedure) => procedure.anchor).filter(Boolean));
  const out = new Set<string>();
  for (const link of document.links) {
    const target = linkTarget(self, link.url, (s) => slugs.has(s));
    if (target && (target.slug !== self || own.has(target.fragment ?? ''))) out.add(targetName(target));
  }
  return [...out];
}

/** Every declaration must name a procedure and a step the article has. */
function reportUnknownProcedures({ document, overlay, overlayFile }: WorkflowInput): void {
  for (const declared of [...overlay.branches, ...overlay.inputs, ...overlay.links]) {
    const place = { line: declared.line, column: declared.column };
    const procedure = document.procedures[declared.procedure - 1];
    if (!procedure) {
      overlayFile.message(`Procedure ${declared.procedure} does not exist: the article has ${document.procedures.length}`, { place, ruleId: 'overlay-unknown-procedure', source: 'docflow' });
    } else if (declared.step > procedure.steps.length) {
      overlayFile.message(`Step ${declared.step} does not exist: procedure ${declared.procedure} has ${counted(procedure.steps.length, 'step')}`, { place, ruleId: 'overlay-unknown-step', source: 'docflow' });
    }
  }
}
