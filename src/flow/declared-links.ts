/**
 * What an overlay's links name, checked once the content is read: the article must exist (told
 * when the workflow is built, `overlay-unknown-flow`), and so must the procedure a number names,
 * which only the linked article's own procedures can say. A link to the procedure it is in opens
 * nothing new. Told when its flow opens (`run`, `graph`), in the format of every problem.
 */
import type { Workflow } from '../model/workflow.js';
import { counted } from '../text/counted.js';
import { problemText } from '../text/problem-line.js';
import { articleSlug } from './find-workflow.js';
import { declaredFlow } from './related-flows.js';

/** `flowsOf(slug)`: the procedures of an article of the content, undefined when it is not one. */
export function declaredLinkProblems(overlayPath: string, workflows: readonly Workflow[], flowsOf: (slug: string) => readonly Workflow[] | undefined): string[] {
  const out: string[] = [];
  for (const workflow of workflows) {
    for (const step of workflow.steps) {
      for (const link of step.links ?? []) {
        const flows = flowsOf(articleSlug(link.flow));
        // An article the content lacks was told when the overlay was read.
        if (!flows) continue;
        const flow = declaredFlow(link.flow, flows);
        const place = { file: overlayPath, line: link.line, column: link.column };
        const has = flows.length === 0 ? 'no procedure (a numbered list of two steps or more)' : counted(flows.length, 'procedure');
        if (!flow) out.push(problemText(place, 'warning', `No procedure \`${link.flow}\`: \`${articleSlug(link.flow)}\` has ${has}`, 'docflow:overlay-unknown-flow'));
        else if (flow.id === workflow.id) out.push(problemText(place, 'warning', `Step ${step.number} links to its own procedure \`${flow.id}\``, 'docflow:overlay-self-link'));
      }
    }
  }
  return out;
}
