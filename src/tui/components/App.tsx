import { Box, useApp, useStdin, useStdout } from 'ink';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ResumePlan } from '../../flow/resume.js';
import type { SavedRuns } from '../../flow/run-recorder.js';
import type { SavedRun } from '../../flow/run-store.js';
import { declaredFlow, flowOfTarget, relatedFlows } from '../../flow/related-flows.js';
import { isWholeWorkflow, type FlowEntry, type Workflow } from '../../model/workflow.js';
import { useTranslation } from '../hooks/use-translation.js';
import { FlowPicker, type PickerPlace } from './FlowPicker.js';
import { FlowScreen, type FlowScreenProps } from './FlowScreen.js';
import { ResumePrompt } from './ResumePrompt.js';
import { HelpPanel, type HelpEntry } from './HelpPanel.js';
import { LocaleMenu } from './LocaleMenu.js';
import { BilingualContext } from '../bilingual.js';
import { LinkedArticleContext } from '../linked-article.js';
import type { Translator } from '../../catalog/i18n.js';
import type { LinkedArticle } from '../../text/flow-markup.js';
import { readableWidth, useTerminalSize } from '../hooks/use-terminal-size.js';

export interface AppProps {
  /** Every procedure: the picker's list and the done screen's related ones. */
  flows: FlowEntry[];
  /** Offer only these in the picker (the procedures of one article). */
  pickFrom?: FlowEntry[];
  /** Open this flow at once; without it, the picker. */
  initial?: Workflow;
  /** The locales `l` cycles through, for a namespace (all locales for the picker). */
  localesFor: (namespace?: string) => string[];
  /** Saved runs: what to resume, and what keeps a run. Without it nothing is saved. */
  runs?: SavedRuns;
  /** A listed flow read whole, its strings ready, as it opens (a picker loads only entries and titles). */
  prepare?: (flow: FlowEntry) => Workflow;
  /**
   * Every procedure of the content with its title loaded, for the picker Esc goes back to when
   * the app opened on one flow (which loaded only that article and its neighbours).
   */
  allFlows?: () => FlowEntry[];
  /** The article's problems in a step, shown under it. */
  problems?: FlowScreenProps['problems'];
  /** The article a link leads to, titled in a language: a link with no words shows its title. */
  linkedArticle?: (tr: Translator) => LinkedArticle;
}

/** `?` in the picker. */
const PICKER_HELP: readonly HelpEntry[] = [
  ['a–z …', 'help.filter'],
  ['↑ ↓', 'help.move'],
  ['PgUp PgDn  Home End', 'help.page'],
  ['Enter', 'help.pick'],
  ['Tab', 'help.locale'],
  ['Backspace', 'help.erase'],
  ['Esc', 'help.escape.picker'],
  ['?', 'help.help'],
  ['Ctrl+C', 'help.quit'],
];

/** The whole terminal app: pick a procedure, walk it, switch locale anywhere. */
export function App({ flows, pickFrom, initial, localesFor, runs, prepare, allFlows, problems, linkedArticle }: AppProps) {
  const { exit } = useApp();
  const { i18n } = useTranslation();
  const { columns, rows } = useTerminalSize();
  useRedrawAfterResize(columns, rows);
  // The language the reader came in: docflow speaks it even where the article is not in it, and
  // a switch away must be able to come back to it.
  const [reader] = useState(i18n.language);
  // The picker's filter and cursor, kept while a flow opened from it is on screen.
  const pickerPlace = useRef<PickerPlace>({ cursor: 0, query: '' });
  const [current, setCurrent] = useState<Workflow | undefined>(initial);
  // What the picker offers: this article's procedures, the content's, or (after Esc from a flow
  // opened by name) every procedure, loaded then.
  const [choices, setChoices] = useState<FlowEntry[]>(pickFrom ?? flows);
  // Over the screen (which stays mounted, its run and inputs intact): the help or the language menu.
  const [modal, setModal] = useState<{ kind: 'help'; entries: readonly HelpEntry[] } | { kind: 'locales' } | undefined>();
  const [bilingual, setBilingual] = useState(false);
  // A new run of the same flow must start a new machine: the key remounts the screen.
  const [run, setRun] = useState(0);
  // A saved run of the flow being opened waits for the reader's answer; then how it starts.
  const [asking, setAsking] = useState<ResumePlan | undefined>(() => (initial && runs ? offer(runs.plan(initial)) : undefined));
  const [start, setStart] = useState<{ plan?: ResumePlan }>({});
  // Flows the reader left for a linked one, with where they were and their run so far (its
  // steps done, when it started): a stack, so links can nest.
  const [parents, setParents] = useState<{ flow: Workflow; snapshot: unknown; run?: SavedRun }[]>([]);
  // One recorder per run of a flow: it keeps the steps done between renders.
  const recorder = useMemo(
    () => (current && runs && !asking ? runs.recorder(current, start.plan?.from) : undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [current, run, start, asking],
  );
  // The flows open here (the one on screen, those a link left) stay held; the others are let go.
  useEffect(() => {
    runs?.keep?.([...(current ? [current.id] : []), ...parents.map((parent) => parent.flow.id)]);
  }, [runs, current, parents]);
  /** Back to the flow a link left (the one at `depth` in the stack); those opened after it are left as Esc leaves them. */
  const backTo = (depth: number) => {
    const parent = parents[depth]!;
    setParents((stack) => stack.slice(0, depth));
    setCurrent(parent.flow);
    setRun((n) => n + 1);
    // The same run goes on: a new one would count only the steps done after coming back.
    setStart({ plan: { snapshot: parent.snapshot, ...(parent.run ? { from: parent.run } : {}) } });
  };
  const returnToParent = () => backTo(parents.length - 1);
  const open = (entry: FlowEntry, returnTo?: unknown) => {
    // A link to a procedure the reader left for this one, not finished, goes back to it where it
    // was: opened again, it ran twice at once into one saved run and one record, and quitting the
    // first after finishing the second recorded it abandoned.
    const left = returnTo === undefined ? -1 : parents.findIndex((parent) => parent.flow.id === entry.id && !isFinal(parent.snapshot));
    if (left !== -1) return backTo(left);
    let flow: Workflow;
    try {
      flow = prepare ? prepare(entry) : wholeOrThrow(entry);
    } catch (error) {
      // Its article changed under the picker: the run ends and says so, as any command's error.
      exit(error as Error);
      return;
    }
    if (returnTo !== undefined && current) setParents((stack) => [...stack, { flow: current, snapshot: returnTo, ...(recorder ? { run: recorder.saved() } : {}) }]);
    else setParents([]);
    setCurrent(flow);
    setRun((n) => n + 1);
    setStart({});
    setAsking(runs ? offer(runs.plan(flow)) : undefined);
  };
  const toPicker = () => {
    if (!pickFrom && allFlows && choices === flows) setChoices(allFlows());
    setParents([]);
    setCurrent(undefined);
  };
  // Text keeps a readable width; the picker's rows are scanned, not read, and take the terminal's
  // whole width, as `list` does: at 200 columns titles were cut at 100 with the rest empty.
  const width = current ? readableWidth(columns) : columns;
  const frame = (screen: ReactNode) => (
    <BilingualContext.Provider value={bilingual}>
      <LinkedArticleContext.Provider value={linkedArticle}>
        <Box flexDirection="column" width={width}>
          {modal?.kind === 'help' ? <HelpPanel entries={modal.entries} onClose={() => setModal(undefined)} /> : null}
          {modal?.kind === 'locales' ? (
            <LocaleMenu
              locales={[...new Set([...localesFor(current?.slug), reader, i18n.language])].sort()}
              onClose={() => setModal(undefined)}
              onChoose={(locale) => {
                setModal(undefined);
                if (locale !== i18n.language) void i18n.changeLanguage(locale);
              }}
            />
          ) : null}
          <Box display={modal ? 'none' : 'flex'} flexDirection="column">
            {screen}
          </Box>
        </Box>
      </LinkedArticleContext.Provider>
    </BilingualContext.Provider>
  );
  if (!current) {
    return frame(
      <FlowPicker flows={choices} place={pickerPlace} active={modal === undefined} onPick={open} onLocaleMenu={() => setModal({ kind: 'locales' })} onHelp={() => setModal({ kind: 'help', entries: PICKER_HELP })} onQuit={exit} />,
    );
  }
  if (asking) {
    return frame(
      <ResumePrompt
        workflow={current}
        plan={asking}
        onResume={() => {
          setStart({ plan: asking });
          setAsking(undefined);
        }}
        onRestart={() => {
          setStart({});
          setAsking(undefined);
        }}
        onQuit={exit}
      />,
    );
  }
  const related = relatedFlows(current, flows);
  return frame(
    <FlowScreen
      key={`${current.id}/${run}`}
      workflow={current}
      related={related}
      onOpen={open}
      linked={(target) => flowOfTarget(target, flows, current.slug)}
      declared={(target) => declaredFlow(target, flows)}
      {...(parents.length > 0 ? { onReturn: () => returnToParent() } : {})}
      onBack={parents.length > 0 ? () => returnToParent() : toPicker}
      onLocaleMenu={() => setModal({ kind: 'locales' })}
      onHelp={(entries) => setModal({ kind: 'help', entries })}
      onToggleSource={() => setBilingual((on) => !on)}
      active={modal === undefined}
      onQuit={exit}
      onRestart={() => {
        setStart({});
        setRun((n) => n + 1);
      }}
      {...(start.plan?.snapshot ? { start: { snapshot: start.plan.snapshot } } : start.plan?.startAt ? { start: { startAt: start.plan.startAt, ...(start.plan.values ? { values: start.plan.values } : {}) } } : {})}
      {...(recorder ? { recorder } : {})}
      {...(problems ? { problems } : {})}
    />,
  );
}

const CLEAR_SCREEN = '\u001b[2J\u001b[H';
/** How long a resize settles (Ink has drawn the components at their new size) before the screen is drawn again. */
const RESIZE_SETTLE_MS = 60;

/**
 * A resized terminal drawn again on a clean screen once the components have their new size. Ink
 * erases its last frame line by line, and the frame it draws at once (laid out anew, but with the
 * widths the components had) wraps in a narrower terminal into lines it does not count: pieces
 * of the old screen stayed above the new one. Ink's own write clears its frame, writes, and draws
 * the frame again from the top.
 */
function useRedrawAfterResize(columns: number, rows: number): void {
  const { stdout, write } = useStdout();
  const { stdin } = useStdin();
  const first = useRef(true);
  // Back from Ctrl+Z (job-control.ts): the screen is the shell's or blank, and Ink would draw only what changed.
  useEffect(() => {
    const redraw = () => write(CLEAR_SCREEN);
    stdin.on('continued', redraw);
    return () => void stdin.off('continued', redraw);
  }, [stdin, write]);
  useEffect(() => {
    // A terminal's screen only: Ink drawing for a test (debug mode) keeps no frame to draw again.
    if (first.current || !stdout.isTTY) {
      first.current = false;
      return;
    }
    const settle = setTimeout(() => write(CLEAR_SCREEN), RESIZE_SETTLE_MS);
    return () => clearTimeout(settle);
  }, [columns, rows, stdout, write]);
}

/** A persisted snapshot of a run that reached its end. */
function isFinal(snapshot: unknown): boolean {
  return (snapshot as { status?: string } | undefined)?.status === 'done';
}

/** A plan worth asking about: a run to continue, or a reason the saved one cannot be. */
function offer(plan: ResumePlan): ResumePlan | undefined {
  return plan.from || plan.notice ? plan : undefined;
}

/** A flow given whole (no `prepare` to read it): one opened by name, or a test's. */
function wholeOrThrow(flow: FlowEntry): Workflow {
  if (isWholeWorkflow(flow)) return flow;
  throw new Error(`${flow.id}: a listed flow opens through prepare()`);
}
