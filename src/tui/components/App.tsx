import { useApp } from 'ink';
import { useMemo, useState } from 'react';
import type { ResumePlan } from '../../flow/resume.js';
import type { RunRecorder } from '../../flow/run-recorder.js';
import type { SavedRun } from '../../flow/run-store.js';
import type { Workflow } from '../../model/workflow.js';
import { useTranslation } from '../hooks/use-translation.js';
import { FlowPicker } from './FlowPicker.js';
import { FlowScreen } from './FlowScreen.js';
import { ResumePrompt } from './ResumePrompt.js';

export interface AppProps {
  /** Every procedure: the picker's list and the done screen's related ones. */
  flows: Workflow[];
  /** Offer only these in the picker (the procedures of one article). */
  pickFrom?: Workflow[];
  /** Open this flow at once; without it, the picker. */
  initial?: Workflow;
  /** The locales `l` cycles through, for a namespace (all locales for the picker). */
  localesFor: (namespace?: string) => string[];
  /** Saved runs: what to resume, and what keeps a run. Without it nothing is saved. */
  runs?: {
    plan: (flow: Workflow) => ResumePlan;
    recorder: (flow: Workflow, from?: SavedRun) => RunRecorder;
  };
  /** Makes a flow's strings ready before it opens (a picker may have loaded only titles). */
  prepare?: (flow: Workflow) => void;
}

/** The whole terminal app: pick a procedure, walk it, switch locale anywhere. */
export function App({ flows, pickFrom, initial, localesFor, runs, prepare }: AppProps) {
  const { exit } = useApp();
  const { i18n } = useTranslation();
  const [current, setCurrent] = useState<Workflow | undefined>(initial);
  // A new run of the same flow must start a new machine: the key remounts the screen.
  const [run, setRun] = useState(0);
  // A saved run of the flow being opened waits for the reader's answer; then how it starts.
  const [asking, setAsking] = useState<ResumePlan | undefined>(() => (initial && runs ? offer(runs.plan(initial)) : undefined));
  const [start, setStart] = useState<{ plan?: ResumePlan }>({});
  // Flows the reader left for a linked one, with where they were: a stack, so links can nest.
  const [parents, setParents] = useState<{ flow: Workflow; snapshot: unknown }[]>([]);
  // One recorder per run of a flow: it keeps the steps done between renders.
  const recorder = useMemo(
    () => (current && runs && !asking ? runs.recorder(current, start.plan?.from) : undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [current, run, start, asking],
  );
  const open = (flow: Workflow, returnTo?: unknown) => {
    prepare?.(flow);
    if (returnTo !== undefined && current) setParents((stack) => [...stack, { flow: current, snapshot: returnTo }]);
    else setParents([]);
    setCurrent(flow);
    setRun((n) => n + 1);
    setStart({});
    setAsking(runs ? offer(runs.plan(flow)) : undefined);
  };
  const switchLocale = () => {
    const locales = localesFor(current?.slug);
    const next = locales[(locales.indexOf(i18n.language) + 1) % locales.length];
    if (next && next !== i18n.language) void i18n.changeLanguage(next);
  };
  if (!current) {
    return <FlowPicker flows={pickFrom ?? flows} onPick={open} onSwitchLocale={switchLocale} onQuit={exit} />;
  }
  if (asking) {
    return (
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
      />
    );
  }
  const related = current.related.flatMap((slug) => flows.filter((f) => f.slug === slug).slice(0, 1));
  return (
    <FlowScreen
      key={`${current.id}/${run}`}
      workflow={current}
      related={related}
      onOpen={open}
      linked={(id) => flows.find((f) => f.id === id) ?? flows.find((f) => f.slug === id)}
      {...(parents.length > 0
        ? {
            onReturn: () => {
              const parent = parents[parents.length - 1]!;
              setParents((stack) => stack.slice(0, -1));
              setCurrent(parent.flow);
              setRun((n) => n + 1);
              setStart({ plan: { snapshot: parent.snapshot } });
            },
          }
        : {})}
      onSwitchLocale={switchLocale}
      onQuit={exit}
      onRestart={() => {
        setStart({});
        setRun((n) => n + 1);
      }}
      {...(start.plan?.snapshot ? { start: { snapshot: start.plan.snapshot } } : start.plan?.startAt ? { start: { startAt: start.plan.startAt, ...(start.plan.values ? { values: start.plan.values } : {}) } } : {})}
      {...(recorder ? { recorder } : {})}
    />
  );
}

/** A plan worth asking about: a run to continue, or a reason the saved one cannot be. */
function offer(plan: ResumePlan): ResumePlan | undefined {
  return plan.from || plan.notice ? plan : undefined;
}
