/** `docflow run [flow]`: walk a procedure in the terminal, or print it where there is none. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Command } from 'commander';
import { walkthroughText } from '../../checklist/walkthrough.js';
import { watchResources } from '../../catalog/watch-resources.js';
import { articleSlug } from '../../flow/find-workflow.js';
import { planResume } from '../../flow/resume.js';
import { RunRecorder } from '../../flow/run-recorder.js';
import { loadRun, stateDir } from '../../flow/run-store.js';
import type { Workflow } from '../../model/workflow.js';
import type { AppProps } from '../../tui/components/App.js';
import type { Workspace } from '../../catalog/workspace.js';
import { KeyByKeyInput } from '../../tui/key-by-key.js';
import { addTitles, openSession, resolveWorkflows, titlesSession, type LocaleOptions, type Session } from '../context.js';
import { interactive, print, warn, type Io } from '../io.js';
import { withLocale } from '../options.js';
import { printFlowList } from './list.js';

export function registerRun(program: Command, io: Io): void {
  withLocale(program.command('run', { isDefault: true }))
    .description('walk through a procedure step by step (without a flow: choose one)')
    .argument('[flow]', 'an article slug, or slug#n for one of its procedures')
    .addHelpText(
      'after',
      [
        '',
        'Keys: Enter/→ next, ←/b back, 1–9 choose a branch, l next language, q quit.',
        'Without a terminal (piped, CI) the whole procedure is printed instead.',
        '',
        'Examples:',
        '  docflow run add-a-new-customer --locale zh-CN',
        '  LANG=fr_FR.UTF-8 docflow run',
      ].join('\n'),
    )
    .option('--watch', 'reload the resource files when one changes: a translator sees the edit in the running flow')
    .option('--restart', 'start over, not where a saved run left off')
    .action(async (name: string | undefined, options: LocaleOptions & { watch?: boolean; restart?: boolean }) => {
      if (!interactive(io)) {
        if (options.watch) warn(io, 'docflow: --watch needs a terminal; printing the procedure once');
        if (name === undefined) return printFlowList(io, options);
        const session = openSession(io, options, () => [articleSlug(name)]);
        for (const workflow of resolveWorkflows(session, name, commandNames(program))) print(io, walkthroughText(workflow, session.tr));
        return;
      }
      // Keys are read from now on: what is typed while the content loads is kept, not echoed.
      const input = new KeyByKeyInput(io.stdin as NodeJS.ReadStream).holdRawMode();
      let stop = () => {};
      try {
        const { session, flows } = name === undefined ? titlesSession(io, options) : namedSession(io, options, articleSlug(name));
        const opened = [...new Set(flows.map((flow) => flow.slug))];
        const named = name === undefined ? undefined : resolveWorkflows(session, name, commandNames(program));
        if (options.watch) stop = watchResources(session.workspace.localesDir, session.reload);
        // One procedure opens at once; an article with several opens the picker on just those.
        await runApp(io, session, input, {
          flows,
          ...(named?.length === 1 ? { initial: named[0] } : named ? { pickFrom: named } : {}),
          runs: savedRuns(io, session, Boolean(options.restart)),
          prepare: (flow) => session.ensure(neighbours(session.workspace, flow.slug)),
          ...(name === undefined ? {} : { allFlows: () => addTitles(session, opened) }),
        });
      } finally {
        stop();
        input.close();
      }
    });
}

/** `run` takes any word as a flow: a mistyped command (`lst`) is told apart by these names. */
function commandNames(program: Command): string[] {
  return program.commands.flatMap((command) => [command.name(), ...command.aliases()]);
}

/**
 * A named flow opens from its own article and the ones it links to: the first frame does not
 * wait for the rest of the content to be read.
 */
function namedSession(io: Io, options: LocaleOptions, slug: string): { session: Session; flows: Workflow[] } {
  const session = openSession(io, options, (ws) => (ws.has(slug) ? neighbours(ws, slug) : []));
  const flows = session.workspace.has(slug) ? neighbours(session.workspace, slug).flatMap((s) => session.workspace.article(s).workflows) : [];
  return { session, flows };
}

/** An article and the articles its procedures link to or declare links to. */
function neighbours(workspace: Workspace, slug: string): string[] {
  const flows = workspace.article(slug).workflows;
  const declared = flows.flatMap((flow) => flow.steps.flatMap((step) => (step.links ?? []).map((link) => articleSlug(link.flow))));
  return [...new Set([slug, ...flows.flatMap((flow) => flow.related), ...declared])].filter((s) => workspace.has(s));
}

/** Runs saved under the state folder: resumed unless --restart, kept after every step. */
function savedRuns(io: Io, session: Session, restart: boolean): NonNullable<AppProps['runs']> {
  const dir = stateDir(io.env);
  const hashes = new Map<string, string>();
  const hash = (flow: Workflow) => {
    if (!hashes.has(flow.slug)) {
      const text = fs.readFileSync(session.workspace.article(flow.slug).resources.canonical.path);
      hashes.set(flow.slug, createHash('sha1').update(text).digest('hex'));
    }
    return hashes.get(flow.slug)!;
  };
  return {
    plan: (flow) => (restart ? {} : planResume(flow, loadRun(dir, flow.id), hash(flow))),
    recorder: (flow, from) => new RunRecorder(dir, flow, hash(flow), from),
  };
}

async function runApp(io: Io, session: Session, stdin: KeyByKeyInput, props: Omit<AppProps, 'localesFor'>): Promise<void> {
  // Ink, React and the layout engine load only here: the other commands start without them.
  const [{ render }, react, { App }, { I18nContext }, { ThemeContext, themeFor }, { KeyGate }] = await Promise.all([
    import('ink'),
    import('react'),
    import('../../tui/components/App.js'),
    import('../../tui/hooks/use-translation.js'),
    import('../../tui/theme.js'),
    import('../../tui/components/KeyGate.js'),
  ]);
  // React is CommonJS: its functions are named exports under Node, only `default` once bundled.
  const createElement = react.createElement ?? (react as unknown as { default: typeof react }).default.createElement;
  const app = render(
    createElement(
      KeyGate,
      { input: stdin },
      createElement(
        I18nContext.Provider,
        { value: session.i18n },
        createElement(ThemeContext.Provider, { value: themeFor(io.env) }, createElement(App, { ...props, localesFor: session.localesFor })),
      ),
    ),
    { stdout: io.stdout as NodeJS.WriteStream, stdin: stdin as unknown as NodeJS.ReadStream, exitOnCtrlC: true },
  );
  await app.waitUntilExit();
}
