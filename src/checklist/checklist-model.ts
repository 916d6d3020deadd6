/**
 * A checklist as data, in one locale: the JSON format (`docflow checklist --format json`,
 * `version` 1) and what the HTML page is made from. Strings are the locale's markdown; `source`
 * is the English where the locale has a translation of its own.
 */
import type { Translator } from '../catalog/i18n.js';
import path from 'node:path';
import type { FlowEntry, KeyBlock, Workflow, WorkflowStep } from '../model/workflow.js';
import { appliesToLine, procedureTitle, untranslatedLine, untranslatedPartLine } from '../text/flow-text.js';
import { sentenceKeys } from '../flow/sentence-keys.js';
import { imageText } from '../text/image-text.js';
import { isRightToLeft } from '../text/direction.js';
import { inputLabel } from '../text/input-label.js';
import { segmentLinks } from '../parse/inline.js';
import { lastDone } from '../flow/run-store.js';
import { runSaid } from './run-said.js';
import { linkedSentences } from '../flow/linked-sentences.js';
import { joinSentences } from '../text/join-sentences.js';
import { noteName } from '../text/note-name.js';
import { uiLanguage } from '../text/ui-language.js';
import { flowText } from '../text/flow-markup.js';
import { includeLine } from '../text/include-line.js';
import { stepLinks } from '../text/step-links.js';
import { plainMessage } from '../text/inline-runs.js';
import { stepDeclaredFlows } from '../flow/related-flows.js';
import { markdownText } from '../text/markdown-text.js';
import { CELL_BREAK, cellLines, cellText } from '../text/cell-lines.js';

export const CHECKLIST_VERSION = 1;

export type ChecklistBlock =
  /** `lang`: the text's language where it is not the checklist's (English where the locale has no translation yet). */
  | { type: 'text'; text: string; source?: string; lang?: string }
  | { type: 'note'; kind: string; label: string; blocks: ChecklistBlock[] }
  | { type: 'list'; ordered: boolean; items: ChecklistBlock[][] }
  /** A cell's lines are parted by `<br>` (CELL_BREAK), its list items led by "• "; the first row is the header but where `header` is false. */
  | { type: 'table'; rows: string[][]; header?: false }
  | { type: 'code'; lang?: string; code: string }
  /** Code in another file (a DocFX code include): `text` says which, in the locale. */
  | { type: 'include'; file: string; lang?: string; text: string }
  | { type: 'image'; alt: string; src: string };

export interface ChecklistStep {
  number: number;
  /** "Step 2", "Étape 2", in the locale. */
  name: string;
  /** The language `name` is in when the UI does not speak the locale's ("Step 2" on a Thai page). */
  nameLang?: string;
  /** Message key of the step (`proc-1.step-2`). */
  key: string;
  blocks: ChecklistBlock[];
  /** UI labels of the step in this locale, with their English (when the checklist was given it and the article has English). */
  labels: { key: string; text: string; source?: string }[];
  /** What the step asks for: blanks to fill in (secrets are never written down), or the values of a run. */
  inputs: { name: string; label: string; type: string; required: boolean; choices?: string[]; value?: string | string[] }[];
  /** With `--from-run`: when the reader moved on from this step. */
  done?: string;
  /** Said over a step shown in another language than the checklist's (see untranslatedPartLine). */
  untranslated?: string;
  /** The procedures the article's overlay says to see from this step (`links:`); absent when none. */
  seeAlso?: ChecklistSeeAlso[];
}

/** A procedure an overlay's link names, as the step lists it. */
export interface ChecklistSeeAlso {
  /** As `docflow run` names it: `create-a-new-subscription`, `agreement#2`. */
  flow: string;
  /** Its title in the checklist's locale (markdown): "Agreement — Renew". */
  title: string;
  /** Where it is from the article, as the article's own links are written: `agreement.md#renew`. */
  href: string;
  /** "See also: [Agreement — Renew](agreement.md#renew)", markdown in the locale. */
  text: string;
}

/** A run's record (see run-store.ts) the checklist is filled from. */
export interface RunRecordInput {
  flow: string;
  startedAt: string;
  updatedAt: string;
  outcome?: string;
  locales: string[];
  steps: { key: string; at: string; gone?: boolean }[];
  inputs?: Record<string, string | string[]>;
}

export interface ChecklistProcedure {
  id: string;
  /**
   * The slug of its English heading, which links to it name (`#suspend-a-subscription`); the
   * first procedure's only, where two headings read alike (as the docs site's ids).
   */
  anchor?: string;
  title?: string;
  /** The title's locale, where it is another than the checklist's (see the text blocks' `lang`). */
  titleLang?: string;
  preamble: ChecklistBlock[];
  /** Said over the preamble where it shows in another language than the checklist's. */
  preambleUntranslated?: string;
  steps: ChecklistStep[];
  epilogue: ChecklistBlock[];
}

export interface ChecklistLink {
  /** The target as the article writes it (`create-a-new-subscription.md`). */
  href: string;
  slug: string;
  /** The linked article's title in the checklist's locale (markdown). */
  title: string;
}

/** The article a link names and its title in the locale, or undefined for any other link. */
export type LinkResolver = (fromSlug: string, href: string) => { slug: string; title: string } | undefined;

/** A procedure a link names, titled in the checklist's locale (markdown). */
export type TitledFlow = Pick<FlowEntry, 'id' | 'slug' | 'anchor'> & { title: string };

/** The procedures links lead to, as `run` and the screen find them (see related-flows.ts). */
export interface FlowResolver {
  /** The one an overlay's link names (`x`, `x#2`, `x#heading`), undefined where none is. */
  declared: (target: string) => TitledFlow | undefined;
  /** The id of the one a link in `from`'s text opens, if any. */
  linked: (from: Pick<FlowEntry, 'id' | 'slug' | 'anchor'>, url: string) => string | undefined;
}

export interface ChecklistOptions {
  /** The English under each translated sentence (`--with-source`). */
  english?: Translator;
  /** The English of the UI labels (`english` when not given). */
  reference?: Translator;
  /** Fill it from a run (`--from-run`). */
  record?: RunRecordInput;
  resolveLink?: LinkResolver;
  /** The same in English: the article a link with no words leads to, titled on the English line (`english`). */
  resolveEnglishLink?: LinkResolver;
  /** Lists the procedures an overlay's links name under their step (see ChecklistStep.seeAlso). */
  resolveFlow?: FlowResolver;
  /**
   * Called as each procedure is built: where many pages are made (checklist --all), the memory
   * budget's turn, for an article of thousands of procedures makes ~100 MB of garbage a locale.
   */
  eachProcedure?: () => void;
}

export interface Checklist {
  version: typeof CHECKLIST_VERSION;
  slug: string;
  locale: string;
  /** Writing direction of the locale: `rtl` for Hebrew and Arabic. */
  dir: 'ltr' | 'rtl';
  title: string;
  /** The title's locale, where it is another than the checklist's (see the text blocks' `lang`). */
  titleLang?: string;
  appliesTo?: string;
  /** The "Applies to" line's locale, where it is another than the checklist's (as `titleLang`). */
  appliesToLang?: string;
  /** Said when the article is not in the checklist's language (see untranslatedLine). */
  untranslated?: string;
  intro: ChecklistBlock[];
  /** Said over the intro where it shows in another language than the checklist's, the title being in it. */
  introUntranslated?: string;
  procedures: ChecklistProcedure[];
  /** Links of the article to other articles of the content, with their titles in this locale. */
  links: ChecklistLink[];
  /** With `--from-run`: the run it records, and `said`, that in the checklist's language (see runSaid). */
  run?: { flow: string; startedAt: string; updatedAt: string; outcome?: string; locales: string[]; said: string };
}

/**
 * A procedure's place from an article, written as a link in it would be: its heading in the
 * same article, else the other article's file, and the heading where that has several procedures.
 */
function flowHref(fromSlug: string, flow: Pick<FlowEntry, 'id' | 'slug' | 'anchor'>): string {
  const fragment = `#${flow.anchor}`;
  if (flow.slug === fromSlug) return fragment;
  const file = `${path.posix.relative(path.posix.dirname(fromSlug), flow.slug)}.md`.replace(/[()\s]/g, encodeURIComponent);
  return flow.id === flow.slug ? file : `${file}${fragment}`;
}

/**
 * The page's direction, as the terminal UI decides it (by the locale's likely script): a list of
 * language codes made Central Kurdish (`ckb-IQ`) and Punjabi in Arabic script (`pa-Arab-PK`) pages
 * left to right while `run` drew them right to left, and Sindhi in Devanagari the other way.
 */
export function direction(locale: string): 'ltr' | 'rtl' {
  return isRightToLeft(locale) ? 'rtl' : 'ltr';
}

/**
 * A checklist a procedure at a time: its head (all but the procedures and links), its
 * procedures built as they are read, and its links as far as read (every link a procedure names
 * is there once the procedure is). Rendered as it comes, an article of thousands of procedures
 * is never whole in memory (see checklist-pieces.ts).
 */
export interface ChecklistParts {
  head: Omit<Checklist, 'procedures' | 'links'>;
  procedures: Iterable<ChecklistProcedure>;
  /** Grows as the procedures are read: whole once they all are. */
  links: readonly ChecklistLink[];
  /** How many procedures were read so far. */
  readonly count: number;
  /** Every procedure's `anchor`, known before the procedures are read. */
  anchors: ReadonlySet<string>;
}

/** A checklist made whole, as parts. */
export function wholeParts(checklist: Checklist): ChecklistParts {
  const { procedures, links, ...head } = checklist;
  return { head, procedures, links, count: procedures.length, anchors: new Set(procedures.flatMap((p) => p.anchor ?? [])) };
}

export function buildChecklist(workflows: readonly Workflow[], tr: Translator, options: ChecklistOptions = {}): Checklist {
  const { head, procedures, links } = checklistParts(workflows, tr, options);
  return { ...head, procedures: [...procedures], links: [...links] };
}

export function checklistParts(workflows: readonly Workflow[], tr: Translator, options: ChecklistOptions = {}): ChecklistParts {
  const { english, record } = options;
  const reference = options.reference ?? english;
  const done = lastDone(record?.steps ?? []);
  const first = workflows[0]!;
  const links: ChecklistLink[] = [];
  const linked = new Set<string>();
  const noteLinks = (markdown: string) => {
    if (!options.resolveLink) return markdown;
    for (const href of segmentLinks(markdown)) {
      const target = linked.has(href) ? undefined : options.resolveLink(first.slug, href);
      // In order of appearance.
      if (target) {
        linked.add(href);
        links.push({ href, ...target });
      }
    }
    return markdown;
  };
  // A link with no words says the address it leads to (see wordless-links.ts); one to an article
  // is worded with the other links to articles (link-titles.ts): its title, or "(see …)" where
  // the page keeps no link.
  const resolve = options.resolveLink;
  const say = flowText(first, tr.text, resolve && ((from, url) => (resolve(from, url) ? null : undefined)));
  // The English under a sentence, when the locale has its own translation of it; a sentence that is a link's text is that link there too.
  const source = (block: Extract<KeyBlock, { type: 'text' }>) => {
    if (!english) return undefined;
    const own = block.keys.map((k) => tr.label(first.slug, k)).join(' ').trim();
    const said = flowText(first, english.text, options.resolveEnglishLink);
    const en = block.keys.map(said).join(' ').trim();
    return own && en && own !== en ? linkedSentences(block, said).join(' ').trim() : undefined;
  };
  // Every sentence of a block from one other locale than the page's (English where the locale
  // has none, the article's own language where English has none either): the reader's browser
  // and screen reader must read it as that language (left to right on a Hebrew page).
  const foreignLanguage = (keys: readonly string[]) => {
    const origins = new Set(keys.map((key) => tr.origin(first.slug, key)).filter((code) => code !== undefined));
    const [origin] = origins;
    return origins.size === 1 && origin !== tr.language ? origin : undefined;
  };
  const languageOfLine = <K extends string>(field: K, keys: readonly string[]) => {
    const lang = keys.length === 0 ? undefined : foreignLanguage(keys);
    return (lang ? { [field]: lang } : {}) as Partial<Record<K, string>>;
  };
  const titleLanguage = (keys: readonly string[]) => languageOfLine('titleLang', keys);
  const blocks = (list: readonly KeyBlock[]): ChecklistBlock[] =>
    list.map((block): ChecklistBlock => {
      switch (block.type) {
        case 'text': {
          const en = source(block);
          const lang = foreignLanguage(block.keys);
          return { type: 'text', text: noteLinks(joinSentences(linkedSentences(block, say))), ...(en ? { source: en } : {}), ...(lang ? { lang } : {}) };
        }
        case 'note':
          return { type: 'note', kind: block.kind, label: noteName(block, first.slug, tr), blocks: blocks(block.blocks) };
        case 'list':
          return { type: 'list', ordered: block.ordered, items: block.items.map(blocks) };
        case 'table':
          // A cell's lines parted by `<br>`, the line break a GFM cell has (see markdown.ts).
          return {
            type: 'table',
            rows: block.rows.map((row, r) => row.map((_, c) => cellText(cellLines(block, r, c), (keys) => noteLinks(joinSentences(keys.map(say))), CELL_BREAK))),
            ...(block.header === false ? { header: false as const } : {}),
          };
        case 'code':
          return { type: 'code', ...(block.lang ? { lang: block.lang } : {}), code: tr.literal(first.slug, block.key) };
        case 'image':
          return { type: 'image', alt: imageText(block, first.slug, tr).replace(/^\[|\]$/g, ''), src: block.src };
        case 'include':
          return { ...block, text: includeLine(block, tr) };
      }
    });
  const applies = appliesToLine(first, tr);
  const untranslated = untranslatedLine(first, tr);
  // What the reader's translation lacks shows in another language, said over it as the walkthrough does.
  const foreign = <K extends string>(field: K, shown: readonly KeyBlock[]) => {
    const line = untranslatedPartLine(first, sentenceKeys(shown), tr);
    return (line ? { [field]: line } : {}) as Partial<Record<K, string>>;
  };
  const head: ChecklistParts['head'] = {
    version: CHECKLIST_VERSION,
    slug: first.slug,
    locale: tr.language,
    dir: direction(tr.language),
    title: (first.titleKey && say(first.titleKey)) || first.slug,
    ...titleLanguage(first.titleKey === undefined ? [] : [first.titleKey]),
    ...(applies ? { appliesTo: applies, ...languageOfLine('appliesToLang', first.appliesToKeys) } : {}),
    ...(untranslated ? { untranslated } : {}),
    intro: blocks(first.intro),
    ...foreign('introUntranslated', first.intro),
    ...(record ? { run: { flow: record.flow, startedAt: record.startedAt, updatedAt: record.updatedAt, ...(record.outcome ? { outcome: record.outcome } : {}), locales: record.locales, said: runSaid(record, tr) } } : {}),
  };
  const nameLanguage = (number: number) => {
    const lang = uiLanguage(tr, 'step', { number });
    return lang ? { nameLang: lang } : {};
  };
  // The procedures the overlay names from a step, but those its own text links to (said after the link).
  const seeAlso = (workflow: Workflow, step: WorkflowStep): { seeAlso?: ChecklistSeeAlso[] } => {
    const flows = options.resolveFlow;
    if (!flows || !step.links?.length) return {};
    const named = new Set(stepLinks(step.blocks, say).flatMap((url) => flows.linked(workflow, url) ?? []));
    const listed = stepDeclaredFlows(workflow, step, flows.declared)
      .filter(({ flow }) => !named.has(flow.id))
      .map(({ flow }): ChecklistSeeAlso => {
        const href = flowHref(first.slug, flow);
        return { flow: flow.id, title: flow.title, href, text: tr.t('walkthrough.see-also', { title: `[${markdownText(plainMessage(flow.title))}](${href})` }) };
      });
    return listed.length > 0 ? { seeAlso: listed } : {};
  };
  // A procedure's title, where it has one (its heading, or its zone pivot), and its language.
  const titled = (title: string, keys: readonly string[]) => (title ? { title, ...titleLanguage(keys) } : {});
  const procedure = (workflow: Workflow): ChecklistProcedure => ({
    id: workflow.id,
    ...(anchored.get(workflow.anchor) === workflow ? { anchor: workflow.anchor } : {}),
    ...titled(procedureTitle(workflow, tr).replace(/^\*\*(.*)\*\*$/, '$1'), workflow.procedureTitleKeys),
    preamble: blocks(workflow.preamble),
    ...foreign('preambleUntranslated', workflow.preamble),
    steps: workflow.steps.map((step) => ({
      number: step.number,
      name: tr.t('step', { number: step.number }),
      ...nameLanguage(step.number),
      key: step.key,
      blocks: blocks(step.blocks),
      ...foreign('untranslated', step.blocks),
      labels: step.labelKeys
        .map((key) => {
          // The English of the label, when the article has English.
          const source = reference?.text(first.slug, key);
          return { key, text: tr.label(first.slug, key), ...(source ? { source } : {}) };
        })
        .filter((label) => label.text !== ''),
      inputs: (step.inputs ?? [])
        .filter((input) => input.type !== 'secret')
        .map((input) => {
          const value = record?.inputs?.[input.name];
          return { name: input.name, label: inputLabel(input, first.slug, tr), type: input.type, required: input.required, ...(input.choices ? { choices: input.choices } : {}), ...(value !== undefined ? { value } : {}) };
        }),
      ...(workflow.id === record?.flow && done.has(step.key) ? { done: done.get(step.key)! } : {}),
      ...seeAlso(workflow, step),
    })),
    epilogue: blocks(workflow.epilogue),
  });
  let count = 0;
  const anchored = new Map<string, Workflow>();
  for (const workflow of workflows) if (workflow.anchor && !anchored.has(workflow.anchor)) anchored.set(workflow.anchor, workflow);
  function* procedures(): Generator<ChecklistProcedure> {
    for (const workflow of workflows) {
      options.eachProcedure?.();
      count++;
      yield procedure(workflow);
    }
  }
  return {
    head,
    procedures: procedures(),
    links,
    anchors: new Set(anchored.keys()),
    get count() {
      return count;
    },
  };
}
