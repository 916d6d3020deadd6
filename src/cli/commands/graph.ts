/** `docflow graph <flow>`: the flow's machine as Mermaid, Graphviz dot or JSON, in the reader's language. */
import type { Command } from 'commander';
import { articleSlug } from '../../flow/find-workflow.js';
import { declaredFlow, linkedArticles, relatedFlows } from '../../flow/related-flows.js';
import { flowGraph, graphDot, graphMermaid } from '../../flow/graph.js';
import { openSession, resolveWorkflows, type LocaleOptions } from '../context.js';
import { tellOverlayProblems } from '../overlay-problems.js';
import { print, type Io } from '../io.js';
import { escapedJson } from '../../text/escaped-json.js';
import { articleLinkResolver } from '../../checklist/article-links.js';
import { withLocale, formatOption } from '../options.js';

export function registerGraph(program: Command, io: Io): void {
  withLocale(program.command('graph'))
    .description('the states and transitions of a procedure (steps, back, branches, linked procedures)')
    .argument('<flow>', 'an article slug, or slug#n for one of its procedures')
    .addOption(formatOption(['mermaid', 'dot', 'json'], 'mermaid, dot or json'))
    .addHelpText('after', '\nExamples:\n  docflow graph add-a-new-customer --locale fr-FR\n  docflow graph add-a-new-customer --format dot | dot -Tsvg > flow.svg')
    .action((name: string, options: LocaleOptions & { format: string }) => {
      const slug = articleSlug(name);
      const session = openSession(io, options, (ws) => [slug, ...(ws.has(slug) ? linkedArticles(ws.article(slug).workflows).filter((s) => ws.has(s)) : [])]);
      const workflows = resolveWorkflows(session, name);
      tellOverlayProblems(io, session, workflows);
      for (const workflow of workflows) {
        const reachable = linkedArticles([workflow]).filter((s) => session.workspace.has(s)).flatMap((s) => session.workspace.article(s).workflows);
        const graph = flowGraph(workflow, relatedFlows(workflow, reachable), session.tr, (target) => declaredFlow(target, reachable), articleLinkResolver(session.workspace, session.tr));
        print(io, options.format === 'json' ? escapedJson(graph, 2) : options.format === 'dot' ? graphDot(graph) : graphMermaid(graph));
      }
    });
}
