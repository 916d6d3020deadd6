/** The mistakes of an opened flow's overlay, told on stderr by the commands that open flows (`run`, `graph`). */
import { declaredLinkProblems } from '../flow/declared-links.js';
import { overlayProblems } from '../flow/step-problems.js';
import type { Workflow } from '../model/workflow.js';
import type { Session } from './context.js';
import { warn, type Io } from './io.js';

/** The mistakes of the overlays of the flows opened, one line each on stderr. */
export function tellOverlayProblems(io: Io, session: Session, workflows: readonly Workflow[]): void {
  const { workspace } = session;
  for (const slug of new Set(workflows.map((workflow) => workflow.slug))) {
    const article = workspace.article(slug);
    for (const problem of overlayProblems(article)) warn(io, problem);
    const flowsOf = (linked: string) => (workspace.has(linked) ? workspace.article(linked).workflows : undefined);
    for (const problem of declaredLinkProblems(article.files.at(-1)!.path, article.workflows, flowsOf)) warn(io, problem);
  }
}
