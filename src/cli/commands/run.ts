/** `docflow run [flow]`: walk a procedure in the terminal, or print it where there is none. */
import type { Command } from 'commander';
import { fileHash } from '../../catalog/article-inputs.js';
import { watchResources } from '../../catalog/watch-resources.js';
import { articleSlug } from '../../flow/find-workflow.js';
import { declaredFlow, flowOfLink, flowOfTarget, linkedArticles, relatedFlows } from '../../flow/related-flows.js';
import { planResume } from '../../flow/resume.js';
import { RunRecorder, type SavedRuns } from '../../flow/run-recorder.js';
import { lockedRuns } from '../../flow/run-lock.js';
import { stepFingerprints, type StepFingerprint } from '../../flow/step-fingerprint.js';
import { SOURCE_LOCALE } from '../../catalog/versions.js';
import { loadRun, stateDir } from '../../flow/run-store.js';
import { isWholeWorkflow, type FlowEntry, type Workflow, type WorkflowStep } from '../../model/workflow.js';
import { stepProblems } from '../../flow/step-problems.js';
import type { AppProps } from '../../tui/components/App.js';
import type { Workspace } from '../../catalog/workspace.js';
import { articleLinkResolver } from '../../checklist/article-links.js';
import { KeyByKeyInput } from '../../tui/key-by-key.js';
import { addTitles, openSession, resolveWorkflows, titlesSession, type LocaleOptions, type Session } from '../context.js';
import { CliError, inCi, interactive, print, warn, type Io } from '../io.js';
import { jobControl } from '../job-control.js';
import { EndedBySignal, EndingSignals } from '../ending-signals.js';
import { ReaderGone, whenReaderGone } from '../reader-gone.js';
import { readAnswers, unaskedAnswers } from '../../flow/answers.js';
import { LineReader } from '../line-reader.js';
import { runPlain } from '../plain-run.js';
import { runCommand } from '../run-command.js';
import { takeTypedAhead } from '../typed-ahead.js';
import { interruptibleLoad, InterruptedLoad, plainLoad } from '../interruptible-load.js';
import { articlesLoadingLine, type LoadingLine } from '../loading-line.js';
import { tellOverlayProblems } from '../overlay-problems.js';
import { withLocale } from '../options.js';
import { printFlowList } from './list.js';
import { readableWidth } from '../../text/readable-width.js';

export function registerRun(program: Command, io: Io, setExit: (code: number) => void = () => {}): void {
  withLocale(program.command('run', { isDefault: true }))
    .description('walk through a procedure step by step (without a flow: choose one)')
    .argument('[flow]', 'an article slug, or slug#n for one of its procedures')
    .addHelpText(
      'after',
      [
        '',
        'Keys: Enter/→ next, ←/b back, 1–9 choose a branch, g all steps, l language, s English source, Esc back, ? help, q quit.',
        'Without a terminal (piped, CI), with --plain, --accessible or TERM=dumb, the steps are printed one',
        'after another and what they ask for is read from --answers or line by line from stdin.',
        '',
        'Examples:',
        '  docflow run add-a-new-customer --locale zh-CN',
        '  LANG=fr_FR.UTF-8 docflow run',
        '  docflow run add-a-new-customer --answers answers.yaml < /dev/null',
      ].join('\n'),
    )
    .option('--watch', 'reload the resource files when one changes: a translator sees the edit in the running flow')
    .option('--restart', 'start over, not where a saved run left off')
    .option('--plain', 'plain text, one step after another, answers typed line by line (also without a terminal, with CI set or TERM=dumb)')
    .option('--accessible', 'for screen readers: linear text, no boxes or redrawn screens (also INK_SCREEN_READER=true)')
    .option('--answers <file>', 'what the steps ask for, by input name, as JSON or YAML (a run without a terminal)')
    .action(async (name: string | undefined, options: RunOptions) => {
      if (lineMode(io, options)) {
        if (options.watch) warn(io, 'docflow: --watch needs the full-screen UI; running as plain text');
        const loading = watchedLoad(io, options);
        let session: Session;
        try {
          if (name === undefined) return printFlowList(io, options, (load) => plainLoad(io, loading, load));
          // The article and those it links to: its end names the procedures they hold.
          session = plainLoad(io, loading, () => openSession(io, options, (ws) => (ws.has(articleSlug(name)) ? neighbours(ws, articleSlug(name)) : [articleSlug(name)]), undefined, { oneLocale: true }));
        } catch (error) {
          // Ctrl+C while it loaded: the line erased, the end an interrupted command's.
          if (!(error instanceof InterruptedLoad)) throw error;
          return setExit(130);
        }
        const workflows = resolveWorkflows(session, name, commandNames(program));
        tellOverlayProblems(io, session, workflows);
        const answers = options.answers ? readAnswers(options.answers) : new Map<string, string | string[]>();
        const asked = workflows.flatMap((workflow) => workflow.steps.flatMap((step) => (step.inputs ?? []).map((input) => input.name)));
        for (const warning of unaskedAnswers(answers, asked, options.answers ?? '')) warn(io, warning);
        const lines = new LineReader(io.stdin);
        // Ended from outside (the terminal closed, Ctrl+C, `kill`): the step waiting for a line
        // stops, and the run ends as when the reader quits: saved, its flow let go, echo back on.
        const signals = new EndingSignals();
        signals.whenEnded((signal) => lines.stop(new EndedBySignal(signal)));
        // The output's reader gone (`| head -5` done) while the run waits: it ends so too, quietly.
        const unwatch = whenReaderGone(io.stdout, () => lines.stop(new ReaderGone()));
        try {
          const stdin = io.stdin as { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
          const ask = Boolean(stdin.isTTY) && !inCi(io.env);
          const hideInput = stdin.setRawMode ? (hidden: boolean) => void stdin.setRawMode!(hidden) : undefined;
          const problems = (workflow: Workflow, step: WorkflowStep) => stepProblems(session.workspace.article(workflow.slug), step, session.tr.language);
          // A person's run is saved as the full-screen UI saves it; a script's (answers from a file or a pipe) is not.
          const runs = ask ? savedRuns(io, session, Boolean(options.restart)) : undefined;
          // The flows a workflow's links can reach, gathered once (every link of every step asks).
          const reached = new Map<string, Workflow[]>();
          const reachable = (workflow: Workflow) => {
            let flows = reached.get(workflow.id);
            if (!flows) reached.set(workflow.id, (flows = linkedArticles([workflow]).filter((slug) => session.workspace.has(slug)).flatMap((slug) => session.workspace.article(slug).workflows)));
            return flows;
          };
          const related = (workflow: Workflow) => relatedFlows(workflow, reachable(workflow));
          const linked = (workflow: Workflow, url: string) => flowOfLink(workflow, url, (target) => flowOfTarget(target, reachable(workflow), workflow.slug));
          const declared = (workflow: Workflow, target: string) => declaredFlow(target, reachable(workflow));
          for (const workflow of workflows) await runPlain(io, workflow, session.tr, { answers, lines, ask, problems, related, linked, declared, article: articleLinkResolver(session.workspace, session.tr), command: (id) => runCommand(id, options), width: plainWidth(io, options), ...(hideInput ? { hideInput } : {}), ...(runs ? { runs } : {}) });
        } catch (error) {
          if (!(error instanceof EndedBySignal) && !(error instanceof ReaderGone)) throw error;
          // The shell's prompt on a line of its own, not after ours (a prompt of ours went down the pipe when its reader left).
          if (io.stdin.isTTY && error instanceof EndedBySignal) warn(io, '');
        } finally {
          unwatch();
          signals.stop();
          lines.close();
        }
        if (signals.exitCode) setExit(signals.exitCode);
        return;
      }
      // Keys are read from now on: what is typed while the content loads is kept, not echoed.
      const input = new KeyByKeyInput(io.stdin as NodeJS.ReadStream).holdRawMode();
      // And what was typed before, which the terminal echoed: taken, its echo erased.
      takeTypedAhead(io, input);
      // From now on a signal ends the app as `q` does: raw mode is on, and a lock soon taken.
      const signals = new EndingSignals();
      let stop = () => {};
      let runs: SavedRuns | undefined;
      try {
        // Said while the articles are read (seconds, cold), and gone before the first frame.
        const loading = articlesLoadingLine(io, options, io.stdout, false);
        let loaded: { session: Session; flows: (FlowEntry | Workflow)[] };
        try {
          loaded = interruptibleLoad(io, input, () => (name === undefined ? titlesSession(io, options) : namedSession(io, options, articleSlug(name))), (progress) => loading.update(progress));
        } finally {
          loading.clear();
        }
        const { session, flows } = loaded;
        // Nothing to pick from: said as the list says it, not an empty picker.
        if (name === undefined && flows.length === 0) return print(io, session.tr.t('errors.no-flows', { dir: session.workspace.contentDir }));
        const opened = [...new Set(flows.map((flow) => flow.slug))];
        const named = name === undefined ? undefined : resolveWorkflows(session, name, commandNames(program));
        // On the screen the app leaves behind: read once the reader quits.
        if (named) tellOverlayProblems(io, session, named);
        if (options.watch) stop = watchResources(session.workspace.localesDir, session.reload);
        runs = savedRuns(io, session, Boolean(options.restart));
        // One procedure opens at once; an article with several opens the picker on just those.
        await runApp(io, session, input, signals, {
          flows,
          ...(named?.length === 1 ? { initial: named[0] } : named ? { pickFrom: named } : {}),
          runs,
          prepare: flowOpener(session),
          ...(name === undefined ? {} : { allFlows: () => addTitles(session, opened) }),
          problems: (flow, step, language) => stepProblems(session.workspace.article(flow.slug), step, language),
          linkedArticle: (tr) => articleLinkResolver(session.workspace, tr),
        });
      } catch (error) {
        if (!(error instanceof InterruptedLoad)) throw error;
        input.interrupted = true;
      } finally {
        // The flows still open are let go for another docflow.
        runs?.keep?.([]);
        stop();
        signals.stop();
        input.close();
      }
      // Left with Ctrl+C, or ended by a signal, as a shell tells an interrupted command: 128 + its number.
      if (input.interrupted) setExit(130);
      if (signals.exitCode) setExit(signals.exitCode);
    });
}

interface RunOptions extends LocaleOptions {
  watch?: boolean;
  restart?: boolean;
  plain?: boolean;
  accessible?: boolean;
  answers?: string;
}

/**
 * Plain text instead of the full-screen UI: no terminal at either end, CI, a terminal that cannot
 * move its cursor (TERM=dumb), or a screen reader, which reads what is appended, not redrawn.
 */
export function lineMode(io: Io, options: RunOptions): boolean {
  return !interactive(io) || Boolean(options.plain || options.accessible) || io.env.TERM === 'dumb' || io.env.INK_SCREEN_READER === 'true';
}

/**
 * The width a plain run's text wraps to, read as each step is printed: a terminal's, up to the
 * screen's readable width (a dumb terminal folded lines in the middle of words). None for a pipe
 * or a file, which keep a paragraph a line, nor for a screen reader, which reads lines as they come.
 */
function plainWidth(io: Io, options: RunOptions): () => number | undefined {
  const reader = options.accessible || io.env.INK_SCREEN_READER === 'true';
  return () => (io.stdout.isTTY && io.stdout.columns && !reader ? readableWidth(io.stdout.columns) : undefined);
}

/**
 * The loading line of a plain run, where a person watches: on the terminal's stderr (stdout may be
 * a pipe), with no escape sequences; none for a screen reader, which would read every redraw.
 */
function watchedLoad(io: Io, options: RunOptions): LoadingLine | undefined {
  const stderr = io.stderr as NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  if (!stderr.isTTY || inCi(io.env) || options.accessible || io.env.INK_SCREEN_READER === 'true') return undefined;
  return articlesLoadingLine(io, options, stderr, true);
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
  const session = openSession(io, options, (ws) => (ws.has(slug) ? neighbours(ws, slug) : []), undefined, { oneLocale: true });
  const flows = session.workspace.has(slug) ? neighbours(session.workspace, slug).flatMap((s) => session.workspace.article(s).workflows) : [];
  return { session, flows };
}

/**
 * What opens a flow the reader picks: its article and the ones it links to are loaded whole
 * (a listing loads only titles), and the listed entry becomes its whole workflow.
 */
export function flowOpener(session: Session): (flow: FlowEntry) => Workflow {
  return (flow) => {
    session.ensure(neighbours(session.workspace, flow.slug));
    if (isWholeWorkflow(flow)) return flow;
    const whole = session.workspace.article(flow.slug).workflows.find((w) => w.id === flow.id);
    // Listed, then changed on disk before it was picked.
    if (!whole) throw new CliError(session.tr.t('errors.flow-gone', { name: flow.id }), 1);
    return whole;
  };
}

/** An article and the articles its procedures link to or declare links to. */
function neighbours(workspace: Workspace, slug: string): string[] {
  const flows = workspace.article(slug).workflows;
  return [...new Set([slug, ...linkedArticles(flows)])].filter((s) => workspace.has(s));
}

/**
 * Runs saved under the state folder: resumed unless --restart, kept after every step, each flow by
 * one docflow at a time.
 */
function savedRuns(io: Io, session: Session, restart: boolean): SavedRuns {
  const dir = stateDir(io.env);
  const hashes = new Map<string, string>();
  // The sha1 of the article's bytes, by its stats when the cache knows them (a read and a hash
  // of the article before the first frame, otherwise).
  const hash = (flow: Workflow) => {
    if (!hashes.has(flow.slug)) hashes.set(flow.slug, fileHash(session.workspace, session.workspace.article(flow.slug).resources.canonical.path));
    return hashes.get(flow.slug)!;
  };
  // What each step says, to find it again after steps were added or removed before it: once per
  // article, for the plan and the recorder both.
  const prints = new Map<string, StepFingerprint>();
  const fingerprint = (flow: Workflow) => {
    if (!prints.has(flow.slug)) prints.set(flow.slug, stepFingerprints(session.workspace.article(flow.slug).resources.messages.get(SOURCE_LOCALE) ?? {}));
    return prints.get(flow.slug)!;
  };
  return lockedRuns(dir, {
    plan: (flow) => (restart ? {} : planResume(flow, loadRun(dir, flow.id), hash(flow), fingerprint(flow))),
    recorder: (flow, from) => new RunRecorder(dir, flow, hash(flow), from, fingerprint(flow)),
  });
}

// With bracketed paste on, a paste comes marked (see key-by-key.ts): its line breaks stay text.
const ENTER_ALTERNATE_SCREEN = '\u001b[?1049h\u001b[H\u001b[?2004h';
const LEAVE_ALTERNATE_SCREEN = '\u001b[?2004l\u001b[?1049l';

/** The app until it quits, or a signal ends it. */
async function runApp(io: Io, session: Session, stdin: KeyByKeyInput, signals: EndingSignals, props: Omit<AppProps, 'localesFor'>): Promise<void> {
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
  // The app draws on the alternate screen, as full-screen tools do: quitting leaves no frame behind.
  // A resource file broken while it runs (--watch) is said after, not across the screen.
  const release = session.holdWarnings();
  io.stdout.write(ENTER_ALTERNATE_SCREEN);
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
  // Ended from outside (`kill`, `timeout`, the terminal closed): the app unmounts as on quit, so
  // the shell gets its screen back; Node's own ending left it on the alternate screen, the last
  // frame on it.
  const unlisten = signals.whenEnded(() => app.unmount());
  const noJobControl = jobControl(stdin, io.stdout, { enter: ENTER_ALTERNATE_SCREEN, leave: LEAVE_ALTERNATE_SCREEN });
  try {
    await app.waitUntilExit();
  } finally {
    noJobControl();
    unlisten();
    // The shell's screen comes back as it was, whatever ended the app.
    io.stdout.write(LEAVE_ALTERNATE_SCREEN);
    release();
  }
}
