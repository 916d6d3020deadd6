/**
 * A procedure as a locale-free workflow: steps, keys and choices. It holds message keys, never
 * text: the screen asks i18next for words, so switching locale moves nothing here.
 */
import type { CellBreak, NoteKind } from './document.js';

export type KeyBlock =
  /** Sentences of one paragraph, shown joined; `links` by a key's index: the target of a sentence that is a link's text. */
  | { type: 'text'; keys: string[]; links?: Record<number, string> }
  /** `labelKey`: the note's own label (`>**Obs!**<br>`), which screens prefer to the kind's name. */
  | { type: 'note'; kind: NoteKind; labelKey?: string; blocks: KeyBlock[] }
  | { type: 'list'; ordered: boolean; items: KeyBlock[][] }
  /** Rows of cells; a cell is the keys of its sentences; `opens` by `row.cell.key index`: where a cell's line or item starts (see cell-lines.ts). */
  | { type: 'table'; rows: string[][][]; opens?: Record<string, CellBreak>; header?: false }
  | { type: 'code'; lang?: string; key: string }
  /** Code in another file (a DocFX code include), or a step's whole text (`markdown`), named: its name is no text to translate. */
  | { type: 'include'; file: string; lang?: string; markdown?: true }
  /** `key` is the alt text, per locale; `src` names the picture where a locale has no alt text. */
  | { type: 'image'; key: string; src: string };

export interface Choice {
  /** Message key of the UI label the reader selects (`proc-1.step-4.114.label-1`). */
  labelKey: string;
  /** Machine state the choice leads to: another step's id, or `done`. */
  target: string;
}

/** A value the step asks the reader for (declared in the overlay). */
export interface StepInput {
  name: string;
  type: 'text' | 'email' | 'phone' | 'number' | 'one-of' | 'many-of' | 'secret';
  required: boolean;
  min?: number;
  max?: number;
  /** A number that must be whole (a count). */
  integer?: boolean;
  choices?: string[];
  /** Key of the step's UI label that names the field, when the overlay says which. */
  labelKey?: string;
}

/** Another flow the step leads to ("see Create a new subscription"), and back. */
/** A link an overlay declares: the flow it names (`x`, `x#2`, `x#heading`), and where, for messages. */
export interface FlowLinkOut {
  flow: string;
  labelKey?: string;
  line: number;
  column: number;
}

export interface WorkflowStep {
  /** Machine state id: `step-<k>`. */
  id: string;
  number: number;
  /** Message key prefix of the step (`proc-1.step-4`). */
  key: string;
  /** Line of the step's number in the canonical article, for messages. */
  line: number;
  blocks: KeyBlock[];
  /** Keys of every UI label in the step, for highlighting where a translation dropped the bold. */
  labelKeys: string[];
  /** Key of the label that moves on ("Next: Subscriptions"), when the step names one. */
  nextLabelKey?: string;
  /** Declared branches (an overlay's "Update goes back to step 2"); NEXT stays the default. */
  choices: Choice[];
  inputs?: StepInput[];
  links?: FlowLinkOut[];
}

export interface Workflow {
  /** `add-a-new-customer`, or `update-your-partner-profile#2` for the 2nd procedure of an article. */
  id: string;
  /** The article, which is also the i18next namespace of every key below. */
  slug: string;
  procedure: string;
  /** The slug of the procedure's English heading, which links to it name (`#suspend-a-subscription`). */
  anchor: string;
  titleKey?: string;
  /** The DocFX zone pivot the procedure stands in (`windows`), a name in the article's markup, not text. */
  pivot?: string;
  /** The article's footnote labels in their numbers' order (see Document.footnotes): names in its markup, not text. */
  footnotes?: string[];
  /** The article's link definitions (see Document.linkDefinitions): markup, not text. */
  linkDefinitions?: [label: string, url: string][];
  /**
   * The procedure's heading, a key per sentence (`### A. Purchase the subscription` is two); in a
   * DocFX tab, the section's its tab group stands in, then the tab's.
   */
  procedureTitleKeys: string[];
  /** In a DocFX tab: how many of `procedureTitleKeys`, at the end, are the tab's. */
  tabKeys?: number;
  appliesToKeys: string[];
  /** The article's intro (paragraphs, notes), shown before the first step of each of its flows. */
  intro: KeyBlock[];
  /** What the procedure's own section says before its first step. */
  preamble: KeyBlock[];
  steps: WorkflowStep[];
  /** What the section says after the last step, shown when the procedure is done. */
  epilogue: KeyBlock[];
  /** Where the article's links lead: another article (`x`, `x#heading`), or a procedure of its own (`slug#heading`). */
  related: string[];
}

/**
 * A procedure as the picker and `list` show it: what titles it, what it links to and how many
 * steps it has. Listings keep these, not whole workflows (a fifth of the bytes a warm listing
 * read and decoded); a flow is read whole when it opens. Every Workflow is one.
 */
export type FlowEntry = Pick<Workflow, 'id' | 'slug' | 'procedure' | 'anchor' | 'titleKey' | 'pivot' | 'procedureTitleKeys' | 'tabKeys' | 'appliesToKeys' | 'related'> & {
  steps: readonly Pick<WorkflowStep, 'id'>[];
};

export function flowEntry(workflow: Workflow): FlowEntry {
  const { id, slug, procedure, anchor, titleKey, pivot, procedureTitleKeys, tabKeys, appliesToKeys, related, steps } = workflow;
  return {
    id,
    slug,
    procedure,
    anchor,
    ...(titleKey === undefined ? {} : { titleKey }),
    ...(pivot === undefined ? {} : { pivot }),
    procedureTitleKeys,
    ...(tabKeys === undefined ? {} : { tabKeys }),
    appliesToKeys,
    related,
    steps: steps.map((step) => ({ id: step.id })),
  };
}

/** Whether an entry is the whole workflow (opened by name), not a listing's. */
export function isWholeWorkflow(flow: FlowEntry): flow is Workflow {
  return 'intro' in flow;
}
