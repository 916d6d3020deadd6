/**
 * Finds procedures by the name a user types: `add-a-new-customer`, `update-your-partner-profile#2`,
 * or `update-your-partner-profile#update-your-partner-billing-profile-information`.
 */
import type { Workflow } from '../model/workflow.js';
import type { Workspace } from '../catalog/workspace.js';

export type Found =
  | { kind: 'one'; workflow: Workflow }
  | { kind: 'many'; workflows: Workflow[] }
  /** The article exists but has no numbered list of two or more steps. */
  | { kind: 'no-procedure' }
  | { kind: 'none' };

/** The article a flow name points at: `a/b.md#2` → `a/b`. */
export function articleSlug(name: string): string {
  return parseName(name).slug;
}

/** A flow name or a link's target as its article and what follows `#`: `a/b.md#2` → `a/b`, `2`. */
export function parseName(name: string): { slug: string; fragment?: string } {
  const [path = '', fragment] = name.split('#');
  return { slug: path.replace(/\.md$/, ''), ...(fragment !== undefined ? { fragment } : {}) };
}

export function findWorkflow(workspace: Workspace, name: string): Found {
  const { slug, fragment } = parseName(name);
  if (!workspace.has(slug)) return { kind: 'none' };
  const article = workspace.article(slug);
  const workflows = article.workflows;
  if (fragment === undefined) {
    if (workflows.length === 1) return { kind: 'one', workflow: workflows[0]! };
    return workflows.length === 0 ? { kind: 'no-procedure' } : { kind: 'many', workflows };
  }
  const procedures = article.resources.canonical.procedures;
  const index = /^\d+$/.test(fragment)
    ? Number(fragment) - 1
    : procedures.findIndex((p) => p.anchor === fragment || p.key === fragment);
  const workflow = workflows[index];
  return workflow ? { kind: 'one', workflow } : { kind: 'none' };
}
