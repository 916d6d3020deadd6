/**
 * A procedure as a locale-free workflow: steps, keys and choices. It holds message keys, never
 * text: the screen asks i18next for words, so switching locale moves nothing here.
 */
import type { NoteKind } from './document.js';

export type KeyBlock =
  | { type: 'text'; keys: string[] }
  | { type: 'note'; kind: NoteKind; keys: string[] }
  | { type: 'list'; ordered: boolean; items: string[][] }
  | { type: 'table'; rows: string[][] }
  | { type: 'code'; lang?: string; key: string };

export interface Choice {
  /** Message key of the UI label the reader selects (`proc-1.step-4.114.label-1`). */
  labelKey: string;
  /** Machine state the choice leads to: another step's id, or `done`. */
  target: string;
}

export interface WorkflowStep {
  /** Machine state id: `step-<k>`. */
  id: string;
  number: number;
  /** Message key prefix of the step (`proc-1.step-4`). */
  key: string;
  blocks: KeyBlock[];
  /** Keys of every UI label in the step, for highlighting where a translation dropped the bold. */
  labelKeys: string[];
  /** Key of the label that moves on ("Next: Subscriptions"), when the step names one. */
  nextLabelKey?: string;
  /** Declared branches (an overlay's "Update goes back to step 2"); NEXT stays the default. */
  choices: Choice[];
}

export interface Workflow {
  /** `add-a-new-customer`, or `update-your-partner-profile#2` for the 2nd procedure of an article. */
  id: string;
  /** The article, which is also the i18next namespace of every key below. */
  slug: string;
  procedure: string;
  titleKey?: string;
  procedureTitleKey?: string;
  appliesToKeys: string[];
  introKeys: string[];
  notes: { kind: NoteKind; keys: string[] }[];
  steps: WorkflowStep[];
  /** Other articles this procedure links to, by slug. */
  related: string[];
}
