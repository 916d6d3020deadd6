/**
 * Flow overlays: what an article's prose implies but its list cannot say, declared beside the
 * content in `content/overlays/<slug>.yaml` and checked against the published JSON Schema
 * (`schema/overlay.schema.json`, for editors' completion too):
 *
 *   branches:                # "Select **Update** … and then select **Submit**"
 *     - step: 4
 *       label: Update        # the English UI label the reader selects
 *       goto: 2              # a step number, or `done`
 *   inputs:                  # what a step asks the reader for
 *     - step: 2
 *       name: company-name
 *       type: text           # text, email, phone, number (min, max, integer), one-of, many-of (choices), secret
 *   links:                   # "see Create a new subscription": another flow
 *     - step: 5
 *       label: Create a new subscription
 *       flow: create-a-new-subscription
 *
 * Labels are matched by their English text, so one overlay serves every locale. Every mistake
 * is a message with the YAML line and column: unknown keys, wrong types, a duplicate branch;
 * unknown steps, labels and flows are reported when the workflow is built.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { VFile } from 'vfile';
import type { Document, Node } from 'yaml';
import { ajv, yaml } from '../text/lazy-modules.js';

export const OVERLAY_SCHEMA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema', 'overlay.schema.json');

interface Declared {
  procedure: number;
  step: number;
  /** Where it was declared, for messages. */
  line: number;
  column: number;
}

export interface Branch extends Declared {
  label: string;
  goto: number | 'done';
}

export type InputType = 'text' | 'email' | 'phone' | 'number' | 'one-of' | 'many-of' | 'secret';

export interface Input extends Declared {
  name: string;
  label?: string;
  type: InputType;
  required: boolean;
  min?: number;
  max?: number;
  /** A number input that takes whole numbers only. */
  integer?: boolean;
  choices?: string[];
}

export interface FlowLink extends Declared {
  label?: string;
  flow: string;
}

export interface Overlay {
  branches: Branch[];
  inputs: Input[];
  links: FlowLink[];
}

export const EMPTY_OVERLAY: Overlay = { branches: [], inputs: [], links: [] };

let validate: ValidateFunction | undefined;

function validator(): ValidateFunction {
  // The schema is ours and checked against JSON Schema's meta-schema by a test: compiling the
  // meta-schema here too cost ~30 ms of every flow's first frame.
  // ajv is CommonJS: its class is the module's default export.
  validate ??= new (ajv().default)({ allErrors: true, strict: false, validateSchema: false }).compile(JSON.parse(fs.readFileSync(OVERLAY_SCHEMA, 'utf8')) as object);
  return validate;
}

/** The YAML node an error is about: the offending key for an unknown one, else the value. */
function nodeOf(document: Document, error: ErrorObject): Node | undefined {
  const at = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~')));
  const node = (at.length === 0 ? document.contents : document.getIn(at, true)) as Node | undefined;
  const extra = (error.params as { additionalProperty?: string }).additionalProperty;
  const { isMap, isPair, isScalar } = yaml();
  if (extra !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === extra);
    if (pair) return pair.key as Node;
  }
  return node;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath.replace(/^\//, '').replace(/\//g, '.') || 'the overlay';
  const params = error.params as { additionalProperty?: string; allowedValues?: unknown[]; missingProperty?: string };
  if (params.additionalProperty !== undefined) return `${where}: unknown key \`${params.additionalProperty}\``;
  if (params.allowedValues) return `${where}: must be one of ${params.allowedValues.join(', ')}`;
  if (params.missingProperty) return `${where}: \`${params.missingProperty}\` is missing`;
  return `${where}: ${error.message ?? 'is not valid'}`;
}

/**
 * What the schema refused, from its errors' places: whole lists (`branches` not a list) or
 * entries of one (`/branches/2/goto`); 'all' when the overlay itself is not a mapping.
 */
function refusedEntries(errors: readonly ErrorObject[]): Map<string, Set<number> | 'all'> | 'all' {
  const refused = new Map<string, Set<number> | 'all'>();
  for (const error of errors) {
    const [, key, index] = error.instancePath.split('/');
    if (key === undefined) {
      // At the top: an unknown key names no list docflow reads; anything else refuses it all.
      if (error.keyword === 'additionalProperties') continue;
      return 'all';
    }
    if (index === undefined || !/^\d+$/.test(index)) refused.set(key, 'all');
    else if (refused.get(key) !== 'all') refused.set(key, ((refused.get(key) as Set<number> | undefined) ?? new Set()).add(Number(index)));
  }
  return refused;
}

/** An overlay's text read and checked; problems become messages on `file` (the overlay's vfile). */
export function overlayFrom(text: string, file: VFile): Overlay {
  const YAML = yaml();
  const lineCounter = new YAML.LineCounter();
  const document = YAML.parseDocument(text, { lineCounter, uniqueKeys: true });
  const place = (node: Node | null | undefined) => {
    const at = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { line: at.line, column: at.col };
  };
  const problem = (reason: string, node: Node | null | undefined, ruleId: string) => file.message(reason, { place: place(node), ruleId, source: 'docflow' });
  for (const error of document.errors) {
    const at = lineCounter.linePos(error.pos[0]);
    file.message(`Overlay is not valid YAML: ${error.message.split('\n')[0]}`, { place: { line: at.line, column: at.col }, ruleId: 'overlay-yaml', source: 'docflow' });
  }
  if (document.errors.length > 0) return EMPTY_OVERLAY;
  let data: Record<string, unknown>;
  try {
    data = (document.toJS({ maxAliasCount: 100 }) ?? {}) as Record<string, unknown>;
  } catch (error) {
    // An alias to no anchor, or aliases that would expand without end (a "billion laughs").
    file.message(`Overlay is not valid YAML: ${(error as Error).message.split('\n')[0]}`, { place: { line: 1, column: 1 }, ruleId: 'overlay-yaml', source: 'docflow' });
    return EMPTY_OVERLAY;
  }
  const check = validator();
  if (!check(data)) {
    // One message per place: `oneOf` and `if` add their own summaries of the same mistake.
    const seen = new Set<string>();
    // The one alternative the schema offers (`goto`): a step number or `done`, said once.
    const alternatives = new Set((check.errors ?? []).filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
    for (const error of check.errors ?? []) {
      if (error.keyword === 'oneOf' || error.keyword === 'if') continue;
      const node = nodeOf(document, error);
      const reason = alternatives.has(error.instancePath) ? `${describe(error).split(':')[0]}: must be a step number or \`done\`` : describe(error);
      if (seen.has(reason)) continue;
      seen.add(reason);
      problem(reason, node, 'overlay-schema');
    }
  }
  // The entries the schema accepts are still checked against the article (steps, labels,
  // duplicates), so one mistake does not hide the others; the ones it refused are left out.
  const refused = refusedEntries(check.errors ?? []);
  if (refused === 'all' || typeof data !== 'object' || Array.isArray(data)) return EMPTY_OVERLAY;
  const items = <T>(key: string) =>
    (refused.get(key) === 'all' ? [] : ((data[key] as Record<string, unknown>[] | undefined) ?? []))
      .map((item, index) => ({ item, index }))
      .filter(({ index }) => !(refused.get(key) as Set<number> | undefined)?.has(index))
      .map(({ item, index }) => ({
        ...(item as T & { procedure?: number }),
        procedure: (item.procedure as number | undefined) ?? 1,
        ...place(document.getIn([key, index], true) as Node),
      }));
  const overlay: Overlay = {
    branches: items<Branch>('branches'),
    inputs: items<Input>('inputs')
      .map((input) => ({ ...input, required: input.required ?? true }))
      .filter((input) => {
        const impossible = emptyRange(input);
        if (impossible) file.message(`No number can be entered: ${impossible}`, { place: { line: input.line, column: input.column }, ruleId: 'overlay-empty-range', source: 'docflow' });
        return !impossible;
      }),
    links: items<FlowLink>('links'),
  };
  // The same label of the same step cannot go two ways; the same input name cannot mean two things.
  const duplicates = <T extends Declared>(list: T[], identity: (item: T) => string, what: string) => {
    const first = new Map<string, T>();
    for (const item of list) {
      const id = identity(item);
      const earlier = first.get(id);
      if (earlier) file.message(`${what} is declared twice (first at line ${earlier.line})`, { place: { line: item.line, column: item.column }, ruleId: 'overlay-duplicate', source: 'docflow' });
      else first.set(id, item);
    }
  };
  duplicates(overlay.branches, (b) => `${b.procedure}/${b.step}/${b.label.toLowerCase()}`, 'This branch');
  duplicates(overlay.inputs, (i) => i.name, 'This input name');
  return overlay;
}

/**
 * Why a number input's bounds leave nothing to enter (`min: 5, max: 1`, or `integer` between 1.2
 * and 1.8), if they do: its step would never let the reader on, so it is left out and said.
 */
function emptyRange({ min, max, integer }: Pick<Input, 'min' | 'max' | 'integer'>): string | undefined {
  if (min === undefined || max === undefined) return undefined;
  if (min > max) return `\`min\` ${min} is more than \`max\` ${max}`;
  if (integer && Math.ceil(min) > Math.floor(max)) return `no whole number lies between ${min} and ${max}`;
  return undefined;
}
