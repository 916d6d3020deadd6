/**
 * Procedure structure from the folded tree: title, "applies to", intro, notes, and procedures
 * (top-level ordered lists of two or more items) with their steps, labels and links.
 * The result holds segment numbers only; the strings stay in `Document.segments`.
 */
import type {
  Block,
  Document,
  Label,
  Link,
  NoteKind,
  Procedure,
  Segment,
  Step,
} from '../model/document.js';
import { segmentLinks } from './inline.js';
import { segmentLabels } from './labels.js';
import { slugify } from './slugify.js';

export interface TreeNode {
  type: string;
  value?: string;
  n?: number;
  url?: string;
  ordered?: boolean | null;
  start?: number | null;
  depth?: number;
  lang?: string | null;
  children?: TreeNode[];
  position?: { start: { line: number; column: number } };
}

export type Structure = Pick<Document, 'titleSegments' | 'appliesTo' | 'intro' | 'notes' | 'procedures' | 'links'>;

const APPLIES_TO = /^\W*applies to\W*$/i;
const NOTE_MARKER = /^\s*\[!(NOTE|TIP|IMPORTANT|CAUTION|WARNING)\]/i;
const NOTE_LABEL = /^\W*(note|tip|important|caution|warning)\W*$/i;
const BOLD_ONLY = /^\s*\*\*[^*]+\*\*\s*:?\s*$/;

/** Segment numbers in a subtree, in reading order. */
export function segmentsIn(node: TreeNode): number[] {
  const out: number[] = [];
  const walk = (n: TreeNode) => {
    if (n.type === 'segment') out.push(n.n!);
    else n.children?.forEach(walk);
  };
  walk(node);
  return out;
}

function line(node: TreeNode): number {
  return node.position?.start.line ?? 0;
}

export function buildStructure(root: TreeNode, segments: ReadonlyMap<number, Segment>): Structure {
  const source = (n: number) => segments.get(n)?.source ?? '';
  const structure: Structure = { titleSegments: [], appliesTo: [], intro: [], notes: [], procedures: [], links: [] };
  let pendingTitle: number[] = [];
  let inIntro = true;
  let expectAppliesList = false;
  // A list that restarts numbering after an unindented image or paragraph continues its procedure.
  let continuable: Procedure | undefined;

  const isBoldOnly = (node: TreeNode): boolean => {
    if (node.type !== 'paragraph') return false;
    const own = segmentsIn(node);
    if (own.length === 1) return BOLD_ONLY.test(source(own[0]!));
    const visible = (node.children ?? []).filter((c) => !(c.type === 'text' && !c.value?.trim()));
    return visible.length === 1 && visible[0]!.type === 'strong';
  };

  for (const node of root.children ?? []) {
    const own = segmentsIn(node);
    if (node.type === 'heading') {
      if (node.depth === 1 && structure.titleSegments.length === 0) {
        structure.titleSegments = own;
      } else {
        pendingTitle = own;
        inIntro = false;
        continuable = undefined;
      }
      continue;
    }
    if (node.type === 'paragraph' && own.length > 0 && own.every((n) => APPLIES_TO.test(source(n)))) {
      structure.appliesTo.push(...own);
      expectAppliesList = true;
      continue;
    }
    if (node.type === 'list' && expectAppliesList && !node.ordered) {
      structure.appliesTo.push(...own);
      expectAppliesList = false;
      continue;
    }
    expectAppliesList = false;
    if (isBoldOnly(node)) {
      pendingTitle = own;
      inIntro = false;
      continuable = undefined;
      continue;
    }
    if (node.type === 'blockquote') {
      if (own.length > 0) structure.notes.push({ kind: noteKind(node, own, source), segments: own, line: line(node) });
      continue;
    }
    if (node.type === 'list' && node.ordered && (node.children?.length ?? 0) >= 2) {
      inIntro = false;
      const start = node.start ?? 1;
      const previous = continuable;
      if (previous && start > 1 && start === previous.steps.length + 1) {
        previous.steps.push(...stepsOf(node, previous.key, previous.steps.length, segments, source));
        continue;
      }
      const key = `proc-${structure.procedures.length + 1}`;
      const title = pendingTitle.map(source).join(' ');
      const procedure: Procedure = {
        key,
        titleSegments: pendingTitle,
        anchor: slugify(title.replace(/\*+/g, '')) || key,
        line: line(node),
        steps: stepsOf(node, key, 0, segments, source),
      };
      structure.procedures.push(procedure);
      continuable = procedure;
      pendingTitle = [];
      continue;
    }
    if (inIntro && node.type === 'paragraph' && own.length > 0) structure.intro.push(...own);
  }
  structure.links = collectLinks(root, segments);
  return structure;
}

function stepsOf(
  list: TreeNode,
  procedureKey: string,
  offset: number,
  segments: ReadonlyMap<number, Segment>,
  source: (n: number) => string,
): Step[] {
  return (list.children ?? []).map((item, i) => {
    const number = offset + i + 1;
    const blocks = blocksOf(item, source);
    const labels: Label[] = [];
    for (const block of blocks) {
      if (block.type === 'note') continue;
      for (const n of blockSegments(block)) {
        const segment = segments.get(n);
        if (segment) labels.push(...segmentLabels(segment));
      }
    }
    return {
      key: `${procedureKey}.step-${number}`,
      number,
      line: line(item),
      segments: segmentsIn(item),
      blocks,
      labels,
      links: collectLinks(item, segments),
    };
  });
}

export function blockSegments(block: Block): number[] {
  switch (block.type) {
    case 'text':
    case 'note':
      return block.segments;
    case 'list':
      return block.items.flat();
    case 'table':
      return block.rows.flat();
    case 'code':
      return [];
  }
}

function blocksOf(item: TreeNode, source: (n: number) => string): Block[] {
  const blocks: Block[] = [];
  for (const child of item.children ?? []) {
    let block: Block;
    if (child.type === 'code') {
      const index = blocks.filter((b) => b.type === 'code').length + 1;
      blocks.push({ type: 'code', ...(child.lang ? { lang: child.lang } : {}), value: child.value ?? '', index });
      continue;
    }
    if (child.type === 'blockquote') {
      const own = segmentsIn(child);
      block = { type: 'note', kind: noteKind(child, own, source), segments: own };
    } else if (child.type === 'list') {
      block = { type: 'list', ordered: Boolean(child.ordered), items: (child.children ?? []).map(segmentsIn) };
    } else if (child.type === 'table') {
      block = { type: 'table', rows: (child.children ?? []).map(segmentsIn) };
    } else {
      block = { type: 'text', segments: segmentsIn(child) };
    }
    if (blockSegments(block).length > 0) blocks.push(block);
  }
  return blocks;
}

function noteKind(node: TreeNode, own: number[], source: (n: number) => string): NoteKind {
  const first = node.children?.[0]?.children?.[0];
  const marker = first?.type === 'text' ? NOTE_MARKER.exec(first.value ?? '') : null;
  const label = own.length > 0 ? NOTE_LABEL.exec(source(own[0]!)) : null;
  return ((marker?.[1] ?? label?.[1] ?? 'note').toLowerCase()) as NoteKind;
}

/** Links in link nodes (whose text may be segments) and inside segment bodies. */
function collectLinks(node: TreeNode, segments: ReadonlyMap<number, Segment>): Link[] {
  const out: Link[] = [];
  const walk = (n: TreeNode) => {
    if (n.type === 'link' && n.url) {
      const start = n.position?.start ?? { line: 0, column: 0 };
      out.push({ url: n.url, segments: segmentsIn(n), line: start.line, column: start.column });
    } else if (n.type === 'segment') {
      const segment = segments.get(n.n!);
      if (segment) {
        for (const url of segmentLinks(segment.source)) {
          out.push({ url, segments: [segment.n], line: segment.line, column: segment.column });
        }
      }
    }
    n.children?.forEach(walk);
  };
  walk(node);
  return out;
}
