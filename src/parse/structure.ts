/**
 * Procedure structure from the folded tree: title, "applies to", the article's intro, and its
 * procedures with their steps, in the places the article puts them.
 *
 * - A section starts at a heading or a bold-only line (`**To add a customer**`).
 * - A procedure is a numbered list of two or more items. Real articles split one list with an
 *   unindented image, note, bullet or paragraph, and the numbering goes on after it (a piece may
 *   hold a single item): a piece continues its section's procedure when it starts above 1, or when
 *   both are numbered `1.` throughout (markdown's lazy numbering).
 * - What stands between two pieces belongs to the step before it; what the section says before
 *   the first step is the procedure's preamble, after the last its epilogue; what stands before the
 *   first section is the article's intro, which every flow of the article shows.
 *
 * The result holds segment numbers and language-neutral literals only; the strings stay in
 * `Document.segments`.
 */
import type {
  Block,
  Document,
  DocumentNote,
  Image,
  Label,
  Link,
  NoteKind,
  Part,
  Procedure,
  Segment,
  Step,
} from '../model/document.js';
import { isBlockImage } from './images.js';
import { segmentLinks } from './inline.js';
import { segmentLabels, type GlossaryLookup } from './labels.js';
import type { SourceText } from './skeleton.js';
import { slugify } from './slugify.js';
import { DOCFX_MARK, zoneAfter } from './docfx-marks.js';
import { withoutContainerPrefixes } from './container-prefixes.js';
import { NOTE_LABEL } from './note-label.js';
import { codeIncludes } from './code-includes.js';
import { cellParts } from './cell-breaks.js';
import { headerRow } from './header-row.js';
import { ownCopy } from '../text/own-copy.js';
import { compacted } from '../model/compact.js';
import { continuesList } from './chunked-parse.js';
import { settleMemory } from '../runtime/memory-budget.js';
import { footnoteLabel, footnoteMarker, footnoteOrder, notesReferred, withoutNotes, type NoteBlocks } from './footnotes.js';
import { definitionLabel } from './link-definitions.js';
import { referenceLinks } from '../text/reference-links.js';
import { includedFile } from './docfx-marks.js';
import { ParentSections } from './parent-sections.js';
import { appliesToForm } from './applies-to.js';

/** Steps compacted between two turns of the memory budget. */
const SETTLE_EVERY = 512;

export interface TreeNode {
  type: string;
  value?: string;
  n?: number;
  url?: string;
  alt?: string | null;
  ordered?: boolean | null;
  start?: number | null;
  depth?: number;
  lang?: string | null;
  /** A footnote's or a link definition's label, as written. */
  label?: string | null;
  children?: TreeNode[];
  position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } };
  data?: unknown;
  /** A top-level list item once read (see StructureBuilder.add): its blocks and links, its tree gone. */
  read?: ReadItem;
}

interface ReadItem {
  blocks: Block[];
  links: Link[];
}

export type Structure = Pick<Document, 'titleSegments' | 'appliesTo' | 'intro' | 'notes' | 'procedures' | 'links' | 'footnotes' | 'linkDefinitions'>;

/** What the structure reads besides the tree's blocks. */
export interface StructureContext {
  segments: ReadonlyMap<number, Segment>;
  /** The original file, for literal text outside pairs and list markers (offsets the tree's). */
  text: SourceText;
  images: readonly Image[];
  glossary?: GlossaryLookup;
}

const NOTE_MARKER = /^\s*\[!(NOTE|TIP|IMPORTANT|CAUTION|WARNING)\]/i;
const DIV_MARKER = /^\s*\[!div\b[^\]]*\]/i;
const BOLD_ONLY = /^\s*\*\*[^*]+\*\*\s*:?\s*$/;
const VISIBLE = /[\p{L}\p{N}]/u;
// Punctuation that means something on its own between two labels: a menu path.
const SEPARATOR = /^\s*(>|›|→|\||\/)\s*$/;

/** An image in a paragraph's text, with its place in the file's list of images. */
interface Cut {
  image: Image;
  ordinal: number;
}

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

interface Section {
  title: number[];
  nodes: TreeNode[];
  /** After a tab group (`# [Linux](#tab/linux)` … `---`): its tabs' procedures, whose readers all see what follows. */
  afterTabs?: Procedure[];
  /** A tab's (its title is the tab's): the title of the section its group stands in. */
  tabOf?: number[];
  /**
   * Opened by a bold line in the article's intro (`**Appropriate roles**` over a list of roles):
   * the line, which is the intro's again if the section holds no procedure (see close).
   */
  introLine?: TreeNode;
  /** A heading's (not a tab's): its level, which tells the sections under it (see parent-sections.ts). */
  depth?: number;
  /** Opened by a bold line after the intro (`**See also**`): the line, which may be a parent section's text (see parent-sections.ts). */
  boldLine?: TreeNode;
}

/** A DocFX tab's heading (`# [Linux](#tab/linux)`): its text one link to `#tab/…`. */
const TAB_HEADING = /^[ \t]*#{1,6}[ \t]+\[[^\n]*\]\(#tab\/[^)\s]*\)[ \t#]*$/;

/**
 * The structure built a top-level block at a time: a section's blocks are held until the next
 * section starts, then only what the structure keeps (segment numbers, literals). A long
 * article's tree need never be whole.
 */
export class StructureBuilder {
  private readonly structure: Structure = { titleSegments: [], appliesTo: [], intro: [], notes: [], procedures: [], links: [] };
  private readonly blocks: BlockReader;
  /** The section being read; the first holds what comes before any heading (the article's intro). */
  private section: Section = { title: [], nodes: [] };
  private intro = true;
  private expectAppliesList = false;
  /** The last list went to the "Applies to" items (so does the rest of it, cut between pieces). */
  private appliesList = false;
  /** The DocFX zone pivot the next block stands in, and the pivot of each block of the section that has one. */
  private pivot: string | undefined;
  private readonly pivots = new Map<TreeNode, string>();
  /** Where the open tab group's procedures start in the structure's; undefined outside a tab group. */
  private tabsFrom: number | undefined;
  /** The level of the open tab group's headings: a deeper heading is inside a tab, not past the group. */
  private tabDepth = 0;
  /** The title of the section the open tab group stands in: what follows its `---` is still in that section. */
  private tabsTitle: number[] = [];
  /** Reference links around pairs, which lead where the article's definitions say (see finish). */
  private readonly references: PendingReference[] = [];
  /** Sections without steps over the one being read: their text opens its procedures. */
  private readonly parents = new ParentSections();

  constructor(private readonly input: StructureContext) {
    this.blocks = new BlockReader(input);
  }

  private source(n: number): string {
    return this.input.segments.get(n)?.source ?? '';
  }

  private isBoldOnly(node: TreeNode): boolean {
    if (node.type !== 'paragraph') return false;
    const own = segmentsIn(node);
    if (own.length === 1) return BOLD_ONLY.test(this.source(own[0]!));
    const visible = (node.children ?? []).filter((c) => !(c.type === 'text' && !c.value?.trim()));
    return visible.length === 1 && visible[0]!.type === 'strong';
  }

  private isTab(node: TreeNode): boolean {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    return node.type === 'heading' && start !== undefined && end !== undefined && TAB_HEADING.test(this.input.text.slice(start, end));
  }

  /** The next top-level block of the article: it opens a section, or joins the current one. */
  add(block: TreeNode): void {
    const { structure } = this;
    const node = block.type === 'list' ? this.readList(block) : block;
    structure.links.push(...collectLinks(block, this.input.segments, this.references));
    this.readZone(node);
    const own = segmentsIn(block);
    // The rest of a list cut between pieces goes where its start went.
    if (continuesList(node)) {
      if (this.appliesList) structure.appliesTo.push(...own);
      else this.section.nodes.push(node);
      return;
    }
    if (node.type === 'list') this.appliesList = false;
    const { intro } = this;
    if (node.type === 'heading' && node.depth === 1 && structure.titleSegments.length === 0 && intro) {
      structure.titleSegments = own;
      return;
    }
    // "Applies to" over a list of items, or with its items in the same line (see applies-to.ts).
    const applies = intro && node.type === 'paragraph' && own.length > 0 ? appliesToForm(this.source(own[0]!), this.input.glossary) : undefined;
    if (applies === 'line' || (applies === 'label' && own.every((n) => appliesToForm(this.source(n), this.input.glossary) === 'label'))) {
      structure.appliesTo.push(...own);
      this.expectAppliesList = applies === 'label';
      return;
    }
    if (this.expectAppliesList && node.type === 'list' && !node.ordered) {
      structure.appliesTo.push(...own);
      this.expectAppliesList = false;
      this.appliesList = true;
      return;
    }
    this.expectAppliesList = false;
    if (node.type === 'heading' || this.isBoldOnly(node)) {
      this.close();
      if (this.isTab(node) && this.tabsFrom === undefined) this.tabsTitle = this.section.title;
      const introLine = this.intro && node.type !== 'heading';
      // A tab's heading is within the section its group stands in, whatever its level.
      const depth = node.type === 'heading' && !this.isTab(node) ? (node.depth ?? 1) : undefined;
      if (depth !== undefined) this.parents.enter(depth);
      this.section = {
        title: own,
        nodes: [],
        ...(this.isTab(node) ? { tabOf: this.tabsTitle } : {}),
        ...(introLine ? { introLine: node } : node.type === 'heading' ? {} : { boldLine: node }),
        ...(depth !== undefined ? { depth } : {}),
      };
      this.intro = false;
      if (this.isTab(node)) {
        this.tabsFrom ??= structure.procedures.length;
        this.tabDepth = node.depth ?? 1;
      } else if (node.type === 'heading' && (node.depth ?? 1) <= this.tabDepth) this.tabsFrom = undefined;
      return;
    }
    // The `---` that ends a tab group: what follows is under every tab, not only the last one.
    if (node.type === 'thematicBreak' && this.tabsFrom !== undefined) {
      this.close();
      this.section = { title: this.tabsTitle, nodes: [], afterTabs: structure.procedures.slice(this.tabsFrom) };
      this.tabsFrom = undefined;
      return;
    }
    this.section.nodes.push(node);
  }

  /**
   * The pivot `node` stands in, and the one after it when it holds a zone mark: a paragraph's text
   * outside its strings, or the last item of a list (a `::: zone-end` that the last step runs on to).
   */
  private readZone(node: TreeNode): void {
    if (this.pivot) this.pivots.set(node, this.pivot);
    const marked = node.type === 'paragraph' && node.children?.some((child) => child.type === 'text' && child.value?.includes(':::'));
    const place = marked ? node.position : node.type === 'list' ? node.children?.at(-1)?.position : undefined;
    const start = place?.start.offset;
    const end = place?.end.offset;
    if (start === undefined || end === undefined) return;
    const text = this.input.text.slice(start, end);
    const after = text.includes(':::') ? zoneAfter(text) : undefined;
    if (after !== undefined) this.pivot = after || undefined;
  }

  /**
   * A top-level list with each item read as the structure will take it, in place of its tree:
   * what a section holds until it closes is not the items' trees (a 40,000-step list, cut
   * between pieces, was held whole until its section closed). The list given stays as it is.
   */
  private readList(list: TreeNode): TreeNode {
    const items = (list.children ?? []).map((item) => ({ type: item.type, ...(item.position ? { position: item.position } : {}), read: this.readItem(item) }));
    return { ...list, children: items };
  }

  /** What a step takes from its list item, at its size (see compact.ts). */
  private readItem(item: TreeNode): ReadItem {
    return { blocks: compacted(this.blocks.item(item)), links: compacted(collectLinks(item, this.input.segments)) };
  }

  finish(): Structure {
    this.close();
    // The procedures are compacted as their sections close; the rest now.
    const { procedures, ...rest } = this.structure;
    // Numbered as the article first refers to them: known once every segment is.
    const { notes } = this.blocks;
    const footnotes = notes.size > 0 ? footnoteOrder(this.input.segments.values(), new Set(notes.keys())) : [];
    if (notes.size > 0) this.placeNotes(footnotes);
    const definitions = [...this.blocks.definitions];
    if (definitions.length > 0) rest.links = withReferenceLinks(rest.links, this.input.segments.values(), this.blocks.definitions, this.references);
    return { ...compacted(rest), procedures, ...(footnotes.length > 0 ? { footnotes } : {}), ...(definitions.length > 0 ? { linkDefinitions: definitions } : {}) };
  }

  /**
   * The footnotes at the foot of each procedure that refers to them, by number, as the page lists
   * them at its end: defined below a later procedure (or under a heading of their own), a note
   * was shown there, or nowhere, and its number pointed at nothing.
   */
  private placeNotes(order: readonly string[]): void {
    const { noteBlocks, notes } = this.blocks;
    const { structure } = this;
    structure.intro = withoutNotes(structure.intro, noteBlocks);
    const intro = blockParts(structure.intro);
    for (const procedure of structure.procedures) {
      procedure.preamble = withoutNotes(procedure.preamble, noteBlocks);
      procedure.epilogue = withoutNotes(procedure.epilogue, noteBlocks);
      for (const step of procedure.steps) {
        const blocks = withoutNotes(step.blocks, noteBlocks);
        if (blocks !== step.blocks) [step.blocks, step.segments] = [blocks, blockParts(blocks)];
      }
      // The article's intro is read with each of its procedures.
      const read = [intro, procedure.titleSegments, blockParts(procedure.preamble), ...procedure.steps.map((step) => step.segments), blockParts(procedure.epilogue)];
      const segments = read.flat().flatMap((n) => this.input.segments.get(n) ?? []);
      const referred = notesReferred(segments, notes, order);
      if (referred.length > 0) procedure.epilogue = procedure.epilogue.concat(referred);
    }
  }

  /** Procedures in the section that ends, and every other block of it in its place. */
  private close(): void {
    const { structure, section, blocks } = this;
    const first = this.intro;
    const before = structure.procedures.length;
    const runs = numberedRuns(section.nodes, this.input.text, this.pivots).filter((run) => run.items >= 2);
    const pieceOf = new Map<TreeNode, Run>();
    for (const run of runs) for (const piece of run.pieces) pieceOf.set(piece, run);
    let current: Procedure | undefined;
    let currentRun: Run | undefined;
    let pending: Block[] = [];
    for (const node of section.nodes) {
      const run = pieceOf.get(node);
      if (!run) {
        const made = blocks.of(node);
        const last = pending.at(-1);
        // The rest of a list cut between pieces: more items of the list block its start made.
        if (continuesList(node) && last?.type === 'list' && made[0]?.type === 'list') last.items.push(...made[0].items);
        else pending.push(...made);
        continue;
      }
      if (run !== currentRun) {
        // A new procedure: what stood before it in the section is its preamble (or the article's intro).
        const key = `proc-${structure.procedures.length + 1}`;
        const title = section.title.map((n) => this.source(n)).join(' ');
        const pivot = this.pivots.get(node);
        const procedure: Procedure = {
          key,
          // The section's title is each pivot's: a reader sees one of them under it.
          titleSegments: current && current.pivot === pivot ? [] : section.title,
          anchor: slugify(title.replace(/\*+/g, '')) || key,
          ...(pivot ? { pivot } : {}),
          ...(section.tabOf ? { tabOf: section.tabOf } : {}),
          line: line(node),
          preamble: [],
          steps: [],
          epilogue: [],
        };
        if (first && !current) structure.intro.push(...pending);
        else if (procedure.titleSegments.length > 0) procedure.preamble = [...this.lead(), ...pending];
        else procedure.preamble = pending;
        structure.procedures.push(procedure);
        current = procedure;
        currentRun = run;
      } else {
        // Between two pieces of one list: it belongs to the step before it (concat: at its size).
        const step = current!.steps[current!.steps.length - 1]!;
        step.blocks = step.blocks.concat(compacted(pending));
      }
      pending = [];
      for (const item of node.children ?? []) current!.steps.push(this.readStep(current!, item));
    }
    if (current) {
      current.epilogue = pending;
      this.parents.passed();
    } else if (first) structure.intro.push(...pending);
    else if (section.introLine) {
      // A bold line of the intro over no steps is no section: the page shows it, its list and
      // what follows before the first heading as the article's opening, which every flow shows.
      // As a section of its own, its text was in no flow ("Appropriate roles", then the intro).
      structure.intro.push(...blocks.of(section.introLine), ...pending);
      this.intro = true;
    }
    else if (section.afterTabs?.length) for (const tab of section.afterTabs) tab.epilogue = compacted(tab.epilogue.concat(pending));
    else {
      const notes = notesOf(pending, structure.procedures.length);
      structure.notes.push(...notes);
      if (section.depth !== undefined) this.parents.hold(section.depth, pending, notes);
      else if (section.boldLine) this.parents.aside([...blocks.of(section.boldLine), ...pending], notes);
      else this.parents.passed();
    }
    this.pivots.clear();
    // Steps keep the blocks that stood between pieces of their list. Each procedure is kept at
    // its size (see compact.ts): its steps were made so, but for their segments, made now, with
    // the memory budget's turn between runs of them (a 40,000-step list's garbage made in one go
    // was 6 MB over the peak).
    let made = 0;
    for (const procedure of structure.procedures.slice(before)) {
      procedure.steps = procedure.steps.map((step) => {
        step.segments = compacted(blockParts(step.blocks));
        if (++made % SETTLE_EVERY === 0) settleMemory();
        return step;
      });
      procedure.titleSegments = compacted(procedure.titleSegments);
      procedure.preamble = compacted(procedure.preamble);
      procedure.epilogue = compacted(procedure.epilogue);
    }
  }

  /**
   * The text of the sections without steps that the section being closed stands under, which
   * its procedure opens with; their notes are then its, no longer the procedure's before.
   */
  private lead(): Block[] {
    const { blocks, taken } = this.parents.lead();
    if (taken.length > 0) this.structure.notes = this.structure.notes.filter((note) => !taken.includes(note));
    return blocks;
  }

  private readStep(procedure: Procedure, item: TreeNode): Step {
    const number = procedure.steps.length + 1;
    const { blocks: own, links } = item.read ?? this.readItem(item);
    const labels: Label[] = [];
    for (const n of new Set(labelSegments(own))) {
      const segment = this.input.segments.get(n);
      if (segment) labels.push(...segmentLabels(segment, this.input.glossary));
    }
    return {
      key: `${procedure.key}.step-${number}`,
      number,
      line: line(item),
      segments: [],
      blocks: own,
      labels: compacted(labels),
      links,
    };
  }
}

interface Run {
  pieces: TreeNode[];
  items: number;
}

/**
 * Numbered lists of a section grouped into runs by their numbering (see the module comment); lists
 * in two zone pivots (`pivots`) are never one: a reader sees one or the other.
 */
function numberedRuns(nodes: readonly TreeNode[], text: SourceText, pivots: ReadonlyMap<TreeNode, string>): Run[] {
  const runs: Run[] = [];
  let open: (Run & { lazy: boolean; pivot?: string }) | undefined;
  for (const pieces of wholeLists(nodes)) {
    const [node] = pieces as [TreeNode];
    const items = pieces.reduce((sum, piece) => sum + (piece.children?.length ?? 0), 0);
    if (node.type !== 'list' || !node.ordered || items === 0) continue;
    const lazy = pieces.every((piece) => piece.children!.every((item) => markerNumber(item, text) === 1));
    const start = node.start ?? 1;
    const pivot = pivots.get(node);
    if (open && open.pivot === pivot && (start > 1 || (lazy && open.lazy))) {
      open.pieces.push(...pieces);
      open.items += items;
      continue;
    }
    open = { pieces, items, lazy, pivot };
    runs.push(open);
  }
  return runs;
}

/** A section's blocks, a list cut between pieces as its pieces together (see continuesList). */
function wholeLists(nodes: readonly TreeNode[]): TreeNode[][] {
  const lists: TreeNode[][] = [];
  for (const node of nodes) {
    if (continuesList(node) && lists.length > 0) lists.at(-1)!.push(node);
    else lists.push([node]);
  }
  return lists;
}

/** The number a list item is written with (`3.` → 3). */
function markerNumber(item: TreeNode, text: SourceText): number | undefined {
  const offset = item.position?.start.offset;
  if (offset === undefined) return undefined;
  const match = /^\s*(\d{1,9})[.)]/.exec(text.slice(offset, offset + 16));
  return match ? Number(match[1]) : undefined;
}

/** Segments whose labels the step offers: its sentences, substeps and tables, not its notes. */
function labelSegments(blocks: readonly Block[]): number[] {
  const out: number[] = [];
  for (const block of blocks) {
    if (block.type === 'note') continue;
    if (block.type === 'text') out.push(...numbers(block.parts));
    else if (block.type === 'list') for (const item of block.items) out.push(...labelSegments(item));
    else if (block.type === 'table') for (const row of block.rows) for (const cell of row) out.push(...numbers(cell));
  }
  return out;
}

function numbers(parts: readonly Part[]): number[] {
  return parts.flatMap((part) => ('n' in part ? [part.n] : []));
}

/** Every segment number of some blocks, in reading order. */
export function blockParts(blocks: readonly Block[]): number[] {
  const out: number[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'text':
        out.push(...numbers(block.parts));
        break;
      case 'note':
        out.push(...blockParts(block.blocks));
        break;
      case 'list':
        for (const item of block.items) out.push(...blockParts(item));
        break;
      case 'table':
        for (const row of block.rows) for (const cell of row) out.push(...numbers(cell));
        break;
      default:
    }
  }
  return out;
}

function notesOf(blocks: readonly Block[], after: number): DocumentNote[] {
  return blocks.flatMap((block) => (block.type === 'note' ? [{ kind: block.kind, segments: blockParts(block.blocks), blocks: block.blocks, after }] : []));
}

/** Turns mdast nodes into blocks, keeping text outside pairs as literals and images in place. */
class BlockReader {
  /** The footnotes the article defines (see footnotes.ts), by label (the first of a label counts). */
  readonly notes = new Map<string, NoteBlocks>();
  /** Each footnote definition's blocks by its first block: to take them from where they stand. */
  readonly noteBlocks = new Map<Block, NoteBlocks>();
  /** The article's link definitions, label → address (see link-definitions.ts): the first of a label counts. */
  readonly definitions = new Map<string, string>();

  constructor(private readonly input: StructureContext) {}

  ofChildren(node: TreeNode): Block[] {
    return (node.children ?? []).flatMap((child) => this.of(child));
  }

  /**
   * A list item's blocks. One that is only a DocFX include (`1. [!INCLUDE [sign-in](x.md)]`) names
   * the file its text is in, as a code include does: Docs shows that text there, and an empty
   * step told the reader nothing. An include beside text (a banner, a footer) stays no block.
   */
  item(item: TreeNode): Block[] {
    const blocks = this.ofChildren(item);
    const start = item.position?.start.offset;
    const end = item.position?.end.offset;
    if (blocks.length > 0 || start === undefined || end === undefined) return blocks;
    const file = includedFile(this.input.text.slice(start, end));
    return file ? [{ type: 'include', file, markdown: true }] : blocks;
  }

  of(node: TreeNode): Block[] {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'segment':
        return this.paragraph(node.type === 'segment' ? [node] : (node.children ?? []));
      case 'blockquote':
        return this.quote(node);
      case 'list':
        return [{ type: 'list', ordered: Boolean(node.ordered), items: (node.children ?? []).map((item) => item.read?.blocks ?? this.item(item)) }];
      case 'table': {
        // A row's cells past the header's are not shown (GFM): the table as Docs draws it. An HTML
        // table (see html-blocks.ts) shows every cell of every row, as a browser does.
        const rows = node.children ?? [];
        const html = (node.data as { html?: boolean } | undefined)?.html === true;
        const columns = html ? rows.reduce((most, row) => Math.max(most, row.children?.length ?? 0), 0) : (rows[0]?.children?.length ?? 0);
        return [
          {
            type: 'table',
            rows: rows.map((row) => (row.children ?? []).slice(0, columns).map((cell) => cellParts(cell.children ?? [], (nodes) => this.parts(nodes)))),
            ...(html && !headerRow(rows[0], (cell) => segmentsIn(cell).map((n) => this.input.segments.get(n)?.source ?? '')) ? { header: false as const } : {}),
          },
        ];
      }
      case 'footnoteDefinition':
        return this.footnote(node);
      case 'definition': {
        const label = definitionLabel(node.label ?? '');
        if (label && node.url !== undefined && !this.definitions.has(label)) this.definitions.set(label, ownCopy(node.url));
        return [];
      }
      case 'code':
        // A code block's lines end in `\n`, in a file saved with `\r\n` too: the same block, the same string.
        return [{ type: 'code', ...(node.lang ? { lang: node.lang } : {}), value: (node.value ?? '').replace(/\r\n?/g, '\n') }];
      default:
        return node.children ? this.ofChildren(node) : [];
    }
  }

  /** A footnote's text, led by its marker, which is shown as its number (as Docs lists the notes). */
  private footnote(node: TreeNode): Block[] {
    const inner = this.ofChildren(node);
    if (!node.label) return inner;
    const marker: Part = { literal: footnoteMarker(node.label) };
    const first = inner[0];
    const blocks: Block[] = first?.type === 'text' ? [{ ...first, parts: [marker, ...first.parts] }, ...inner.slice(1)] : [{ type: 'text', parts: [marker] }, ...inner];
    const note = { label: footnoteLabel(node.label), blocks };
    this.noteBlocks.set(blocks[0]!, note);
    if (!this.notes.has(note.label)) this.notes.set(note.label, note);
    return blocks;
  }

  private quote(node: TreeNode): Block[] {
    const first = node.children?.[0]?.children?.[0];
    const lead = first?.type === 'text' ? (first.value ?? '') : '';
    const inner = this.ofChildren(node);
    // `> [!div class="mx-imgBorder"]` frames an image; it is not a note.
    if (DIV_MARKER.test(lead)) return inner;
    if (inner.length === 0) return [];
    const marker = NOTE_MARKER.exec(lead)?.[1];
    const firstSegment = blockParts(inner)[0];
    const label = firstSegment === undefined ? null : NOTE_LABEL.exec(this.input.segments.get(firstSegment)?.source ?? '');
    const kind = (marker ?? label?.[1] ?? 'note').toLowerCase() as NoteKind;
    return [{ type: 'note', kind, blocks: inner }];
  }

  /**
   * A paragraph: images alone become image blocks; otherwise text blocks of parts. A DocFX
   * `:::image` among the text is a block image, as Docs shows it, even on a line the paragraph
   * runs on to (markdown reads a line after text as more of the paragraph): the text before it,
   * the image and the text after it are blocks of their own.
   */
  private paragraph(children: readonly TreeNode[]): Block[] {
    // A plain paragraph's alert marker (see plain-segments.ts) has no place in the file.
    const placed = children.filter((child) => child.position?.start.offset !== undefined);
    const start = placed[0]?.position?.start.offset;
    const end = placed[placed.length - 1]?.position?.end.offset;
    let cuts: readonly Cut[] = [];
    if (start !== undefined && end !== undefined) {
      const { text, images } = this.input;
      const inside = imagesIn(images, start, end);
      if (segmentsIn({ type: 'root', children: [...children] }).length === 0) {
        let rest = text.slice(start, end);
        const included = codeIncludes(rest);
        if (included) return included.map((include) => ({ type: 'include', ...include }));
        for (const { image } of [...inside].reverse()) {
          const from = image.offset - start;
          rest = rest.slice(0, from) + rest.slice(from + image.length);
        }
        // Images alone (a `> [!div]` frame or `<br>` tags around them are no text).
        if (inside.length > 0 && !VISIBLE.test(cleanLiteral(rest.replace(/<[^>]*>/g, '')))) {
          return inside.map(({ image, ordinal }) => ({ type: 'image', src: image.src, ordinal }));
        }
      }
      // A DocFX block image; `![alt](src)` in text stays in its sentence.
      cuts = inside.filter(({ image }) => isBlockImage(text, image));
    }
    const blocks: Block[] = [];
    let parts: Part[] = [];
    const text = () => {
      if (parts.length > 0) blocks.push({ type: 'text', parts });
      parts = [];
    };
    for (const piece of this.pieces(children, cuts)) {
      if ('cut' in piece) {
        text();
        blocks.push({ type: 'image', src: piece.cut.image.src, ordinal: piece.cut.ordinal });
      } else parts.push(piece);
    }
    text();
    return blocks;
  }

  /** Inline content as segments and literals, in order. */
  parts(children: readonly TreeNode[]): Part[] {
    return this.pieces(children, []) as Part[];
  }

  /** parts(), cut where each of `cuts` (images in literal text, in file order) stands. */
  private pieces(children: readonly TreeNode[], cuts: readonly Cut[]): (Part | { cut: Cut })[] {
    const { text } = this.input;
    const parts: (Part | { cut: Cut })[] = [];
    let literal: [number, number] | undefined;
    const push = (from: number, to: number) => {
      const value = cleanLiteral(text.slice(from, to));
      // The document's own, not a view on the article (see own-copy.ts).
      if (VISIBLE.test(value) || SEPARATOR.test(value)) parts.push({ literal: ownCopy(value) });
    };
    const flush = () => {
      if (!literal) return;
      let [from] = literal;
      for (const cut of cuts) {
        if (cut.image.offset < from || cut.image.offset >= literal[1]) continue;
        push(from, cut.image.offset);
        parts.push({ cut });
        from = cut.image.offset + cut.image.length;
      }
      push(from, literal[1]);
      literal = undefined;
    };
    const walk = (nodes: readonly TreeNode[], target?: { href: string } | { ref: string }) => {
      for (const node of nodes) {
        if (node.type === 'segment') {
          flush();
          parts.push({ n: node.n!, ...target });
        } else if (node.type === 'html' || node.type === 'break') {
          flush();
        } else if (node.children && segmentsIn(node).length > 0) {
          flush();
          // A link around pairs: its markup is outside them, so its target goes with each (the document's own string, see own-copy.ts).
          walk(node.children, linkTarget(node) ?? target);
          flush();
        } else {
          const start = node.position?.start.offset;
          const end = node.position?.end.offset;
          if (start === undefined || end === undefined) continue;
          literal = literal ? [literal[0], end] : [start, end];
        }
      }
    };
    walk(children);
    flush();
    return parts;
  }
}

/**
 * The images (in file order) that start in `start`–`end`, with their places in the list: found by
 * halving, not by reading the list for every paragraph (an article of 2,170 images read it for
 * each of its paragraphs: 0.5 s of a 10 MB article's 7.2).
 */
function imagesIn(images: readonly Image[], start: number, end: number): Cut[] {
  let low = 0;
  let high = images.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (images[middle]!.offset < start) low = middle + 1;
    else high = middle;
  }
  const inside: Cut[] = [];
  for (let ordinal = low; ordinal < images.length && images[ordinal]!.offset < end; ordinal++) inside.push({ image: images[ordinal]!, ordinal });
  return inside;
}

/**
 * Literal markdown as a reader needs it: no alert or div markers, and none of the `>` or
 * indentation that the note or list around it puts at the start of its lines.
 */
function cleanLiteral(markdown: string): string {
  return withoutContainerPrefixes(markdown)
    .replace(NOTE_MARKER, '')
    .replace(DIV_MARKER, '')
    .replace(DOCFX_MARK, '')
    .trim();
}

/**
 * The links of the article with those its segments make by reference (`[Other thing][o]`, the
 * definition `[o]: other.md` anywhere in it, so known once the whole article is read), in order
 * of appearance: they lead to other articles as inline links do (related procedures).
 */
function withReferenceLinks(links: readonly Link[], segments: Iterable<Segment>, definitions: ReadonlyMap<string, string>, around: readonly PendingReference[]): Link[] {
  const out = [...links];
  // Those around pairs (`[<pair>][o]`).
  for (const { ref, ...place } of around) {
    const url = definitions.get(ref);
    if (url !== undefined) out.push({ url: ownCopy(url), ...place });
  }
  for (const segment of segments) {
    const inline = segmentLinks(segment.source);
    const referenced = segmentLinks(referenceLinks(segment.source, definitions));
    // Those the body's own inline links are not.
    for (const url of inline) {
      const at = referenced.indexOf(url);
      if (at >= 0) referenced.splice(at, 1);
    }
    for (const url of referenced) out.push({ url: ownCopy(url), segments: [segment.n], line: segment.line, column: segment.column });
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Where a link around pairs leads: its address (the document's own string, see own-copy.ts), or a reference's label; undefined for any other node. */
function linkTarget(node: TreeNode): { href: string } | { ref: string } | undefined {
  if (node.type === 'link' && node.url) return { href: ownCopy(node.url) };
  if (node.type === 'linkReference' && node.label) return { ref: definitionLabel(node.label) };
  return undefined;
}

/** A reference link around pairs (`[<pair>][o]`), its address known once the whole article is read. */
type PendingReference = Omit<Link, 'url'> & { ref: string };

/**
 * Links in link nodes (whose text may be segments) and inside segment bodies, their urls the
 * document's own (see own-copy.ts); reference links around pairs go to `references`.
 */
function collectLinks(node: TreeNode, segments: ReadonlyMap<number, Segment>, references?: PendingReference[]): Link[] {
  const out: Link[] = [];
  const walk = (n: TreeNode) => {
    if (n.type === 'link' && n.url) {
      const start = n.position?.start ?? { line: 0, column: 0 };
      out.push({ url: ownCopy(n.url), segments: segmentsIn(n), line: start.line, column: start.column });
    } else if (n.type === 'linkReference' && n.label && references) {
      const start = n.position?.start ?? { line: 0, column: 0 };
      const own = segmentsIn(n);
      if (own.length > 0) references.push({ ref: definitionLabel(n.label), segments: own, line: start.line, column: start.column });
    } else if (n.type === 'segment') {
      const segment = segments.get(n.n!);
      if (segment) {
        for (const url of segmentLinks(segment.source)) {
          out.push({ url: ownCopy(url), segments: [segment.n], line: segment.line, column: segment.column });
        }
      }
    }
    n.children?.forEach(walk);
  };
  walk(node);
  return out;
}
