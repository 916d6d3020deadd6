/**
 * The procedures links lead to. A link names an article (`x.md`), or a heading in one
 * (`x.md#suspend-a-subscription`, `#suspend-a-subscription` in the same article): a heading that
 * titles a procedure opens that procedure, any other place in another article opens its first.
 * The done screen's numbers, a step's `o` and the graph's edges all come from here, so they name
 * the same flows.
 */
import type { FlowEntry, FlowLinkOut, Workflow, WorkflowStep } from '../model/workflow.js';
import { linkTarget } from './article-link.js';
import { articleSlug, parseName } from './find-workflow.js';

type Linkable = Pick<FlowEntry, 'id' | 'slug' | 'anchor'>;

/** `x`, or `x#fragment`: a link's target as a workflow keeps it. */
export function targetName(target: { slug: string; fragment?: string }): string {
  return target.fragment === undefined ? target.slug : `${target.slug}#${target.fragment}`;
}

/**
 * The flow a target names: a flow's own id (an overlay's `x#2`), else the procedure whose heading
 * the fragment is. A place in `self` (the linking article) that titles no procedure opens none.
 */
export function flowOfTarget<T extends Linkable>(target: string, flows: readonly T[], self?: string): T | undefined {
  const exact = flows.find((flow) => flow.id === target);
  if (exact) return exact;
  const { slug, fragment } = parseName(target);
  const ofArticle = flows.filter((flow) => flow.slug === slug);
  const titled = fragment === undefined ? undefined : ofArticle.find((flow) => flow.anchor === fragment);
  return titled ?? (slug === self ? undefined : ofArticle[0]);
}

/**
 * The flow an overlay's declared link opens, named as `docflow run` names one (see findWorkflow):
 * `x` (its first procedure), `x#2`, `x#heading` or `x#proc-2`. A number or a heading the article
 * has no procedure for names none, where a link in the text would open its first: an overlay's
 * `x#3` of an article down to two procedures opened its first, without a word.
 */
export function declaredFlow<T extends Linkable & Pick<FlowEntry, 'procedure'>>(target: string, flows: readonly T[]): T | undefined {
  const { slug, fragment } = parseName(target);
  const ofArticle = flows.filter((flow) => flow.slug === slug);
  if (fragment === undefined) return ofArticle[0];
  if (/^\d+$/.test(fragment)) return ofArticle[Number(fragment) - 1];
  return ofArticle.find((flow) => flow.anchor === fragment || flow.procedure === fragment);
}

/**
 * The procedures a step's declared links open, each once with the first link naming it, never
 * the flow the step is in: what the screen lists under the step, the walkthrough prints there and
 * the graph draws from it.
 */
export function stepDeclaredFlows<T extends { id: string }>(from: { id: string }, step: Pick<WorkflowStep, 'links'>, resolve: (target: string) => T | undefined): { flow: T; link: FlowLinkOut }[] {
  const out = new Map<string, { flow: T; link: FlowLinkOut }>();
  for (const link of step.links ?? []) {
    const flow = resolve(link.flow);
    if (flow && flow.id !== from.id && !out.has(flow.id)) out.set(flow.id, { flow, link });
  }
  return [...out.values()];
}

/** The targets a flow's overlay declares links to, step by step. */
export function declaredTargets(flow: Pick<Workflow, 'steps'>): string[] {
  return flow.steps.flatMap((step) => (step.links ?? []).map((link) => link.flow));
}

/** The flow a link in `from`'s text opens, if any (never `from` itself), `resolve` naming flows by target. */
export function flowOfLink<T extends Linkable>(from: Linkable, url: string, resolve: (target: string) => T | undefined): T | undefined {
  const target = linkTarget(from.slug, url, (slug) => resolve(slug) !== undefined);
  const flow = target && resolve(targetName(target));
  return flow && flow.id !== from.id ? flow : undefined;
}

/** The flows a finished flow offers, each once and never itself, in the order its article links to them. */
export function relatedFlows<T extends Linkable>(from: Linkable & Pick<FlowEntry, 'related'>, flows: readonly T[]): T[] {
  const out = new Map<string, T>();
  for (const target of from.related) {
    const flow = flowOfTarget(target, flows, from.slug);
    if (flow && flow.id !== from.id) out.set(flow.id, flow);
  }
  return [...out.values()];
}

/** The articles a set of flows links to (their own included when they link inside it). */
export function relatedArticles(flows: readonly Pick<FlowEntry, 'related'>[]): string[] {
  return [...new Set(flows.flatMap((flow) => flow.related.map(articleSlug)))];
}

/** The articles a set of flows can open: those their text links to, and those their overlay declares. */
export function linkedArticles(flows: readonly Pick<Workflow, 'related' | 'steps'>[]): string[] {
  return [...new Set([...relatedArticles(flows), ...flows.flatMap((flow) => declaredTargets(flow).map(articleSlug))])];
}
