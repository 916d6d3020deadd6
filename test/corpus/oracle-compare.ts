/**
 * docflow's procedures held against the oracle: steps lost or added, notes moved or repeated,
 * text of a step that no rendering of it shows.
 */
import type { Translator } from '../../src/catalog/i18n.js';
import type { KeyBlock, Workflow } from '../../src/model/workflow.js';
import { oracle, type Place } from './oracle.js';

export interface Tally {
  files: number;
  procedures: number;
  oracleSteps: number;
  steps: number;
  stepsLost: number;
  stepsAdded: number;
  stepsMisplaced: number;
  notes: number;
  notesMoved: number;
  notesRepeated: number;
  words: number;
  wordsDropped: number;
  /** UI labels of steps, and those whose translation could not be told with confidence (reported, not asserted). */
  labels: number;
  labelsUnpaired: number;
  examples: string[];
}

export function emptyTally(): Tally {
  return {
    files: 0,
    procedures: 0,
    oracleSteps: 0,
    steps: 0,
    stepsLost: 0,
    stepsAdded: 0,
    stepsMisplaced: 0,
    notes: 0,
    notesMoved: 0,
    notesRepeated: 0,
    words: 0,
    wordsDropped: 0,
    labels: 0,
    labelsUnpaired: 0,
    examples: [],
  };
}

function blockKeys(block: KeyBlock): string[] {
  switch (block.type) {
    case 'list':
      return block.items.flat().flatMap(blockKeys);
    case 'table':
      return block.rows.flat(2);
    case 'text':
      return block.keys;
    case 'note':
      return block.blocks.flatMap(blockKeys);
    case 'include':
      return [];
    default:
      return [block.key];
  }
}

const SEGMENT_KEY = /\.(\d+)$/;

function placeName(place: Place): string {
  switch (place.kind) {
    case 'step':
      return `proc-${place.procedure}.step-${place.step}`;
    case 'procedure':
      return `proc-${place.procedure}`;
    case 'procedures':
      return place.procedures.map((p) => `proc-${p}`).join(', ');
    default:
      return place.kind;
  }
}

/** Where docflow shows each segment: place name → segment numbers, from the workflows alone. */
function shownPlaces(workflows: readonly Workflow[]): Map<number, Set<string>> {
  const places = new Map<number, Set<string>>();
  const add = (place: string, keys: readonly string[]) => {
    for (const key of keys) {
      const n = SEGMENT_KEY.exec(key);
      if (!n) continue;
      const number = Number(n[1]);
      if (!places.has(number)) places.set(number, new Set());
      places.get(number)!.add(place);
    }
  };
  workflows.forEach((workflow, index) => {
    const procedure = `proc-${index + 1}`;
    for (const block of workflow.intro) add('article', blockKeys(block));
    for (const block of workflow.preamble) add(procedure, blockKeys(block));
    for (const block of workflow.epilogue) add(procedure, blockKeys(block));
    for (const step of workflow.steps) for (const block of step.blocks) add(`${procedure}.step-${step.number}`, blockKeys(block));
  });
  return places;
}

/** Words of text outside segments that a reader must still see (markup, urls and attributes removed). */
export function residueWords(residue: string): string[] {
  const visible = residue
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/^[ \t>]*(`{3,}|~{3,}).*$/gm, ' ')
    .replace(/^[ \t>]*(\d{1,9}[.)]|[-*+])(?=\s)/gm, ' ')
    .replace(/:::image[^\n]*?alt-text="([^"]*)"[^\n]*?:::/g, ' $1 ')
    .replace(/:::[^\n]*:::|:::[^\n]*/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, ' $1 ')
    .replace(/\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, '] ')
    .replace(/\[!\w+[^\]]*\]/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ');
  return visible.match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function compareWithOracle(
  text: string,
  workflows: readonly Workflow[],
  tr: Translator,
  sxs: boolean,
  tally: Tally,
  name: string,
): void {
  const expected = oracle(text);
  const example = (message: string) => {
    if (tally.examples.length < 40) tally.examples.push(`${name}: ${message}`);
  };
  tally.files++;
  tally.procedures += workflows.length;
  tally.oracleSteps += expected.procedures.reduce((sum, p) => sum + p.length, 0);
  tally.steps += workflows.reduce((sum, w) => sum + w.steps.length, 0);

  // Steps: procedure by procedure, by the line of each numbered marker.
  const oracleLines = expected.procedures.flat().map((s) => s.line);
  const docflowLines = workflows.flatMap((w) => w.steps.map((s) => s.line ?? 0));
  const lost = oracleLines.filter((l) => !docflowLines.includes(l));
  const added = docflowLines.filter((l) => !oracleLines.includes(l));
  tally.stepsLost += lost.length;
  tally.stepsAdded += added.length;
  if (lost.length) example(`steps lost at lines ${lost.join(', ')}`);
  if (added.length) example(`steps not in the oracle at lines ${added.join(', ')}`);
  const shape = (counts: number[]) => counts.join('+');
  const oracleShape = shape(expected.procedures.map((p) => p.length));
  const docflowShape = shape(workflows.map((w) => w.steps.length));
  if (oracleShape !== docflowShape && lost.length === 0 && added.length === 0) {
    tally.stepsMisplaced++;
    example(`procedures split differently: oracle ${oracleShape}, docflow ${docflowShape}`);
  }

  if (!sxs) return;
  const places = shownPlaces(workflows);

  // Notes: where the article puts them (one place, or each procedure under their section), and only there.
  for (const note of expected.notes) {
    if (note.segments.length === 0) continue;
    tally.notes++;
    const want = workflows.length === 0 ? undefined : placeName(note.place);
    const got = new Set(note.segments.flatMap((n) => [...(places.get(n) ?? [])]));
    // A note over several procedures is in each of them, in their order.
    const shown = [...got].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).join(', ');
    if (want !== undefined && shown === want) continue;
    if (got.size > (want?.split(', ').length ?? 1)) {
      tally.notesRepeated++;
      example(`note at line ${note.line} shown in ${[...got].join(', ')}; belongs to ${want ?? 'no flow'}`);
    } else if ((want ?? '') !== shown) {
      tally.notesMoved++;
      example(`note at line ${note.line} shown in ${shown || 'no flow'}; belongs to ${want ?? 'no flow'}`);
    }
  }

  // Text: every word a step's lines say outside its segments shows in the step.
  expected.procedures.forEach((steps, p) => {
    const workflow = workflows[p];
    steps.forEach((step, k) => {
      const shown = workflow?.steps[k];
      const words = residueWords(step.residue);
      tally.words += words.length;
      if (!shown) {
        tally.wordsDropped += words.length;
        return;
      }
      const rendered = new Set(
        (shown.blocks.flatMap(blockKeys).map((key) => tr.text(workflow!.slug, key)).join(' ').match(/[\p{L}\p{N}]+/gu) ?? []),
      );
      const dropped = words.filter((w) => !rendered.has(w));
      tally.wordsDropped += dropped.length;
      if (dropped.length) example(`step at line ${step.line} drops “${dropped.slice(0, 8).join(' ')}”`);
    });
  });
}
