import { Box, useInput } from 'ink';
import { useRef, useState } from 'react';
import type { Workflow } from '../../model/workflow.js';
import type { RunRecorder } from '../../flow/run-recorder.js';
import { DONE } from '../../flow/workflow.js';
import { useFlow, type FlowStart } from '../hooks/use-flow.js';
import { useTranslation } from '../hooks/use-translation.js';
import { keyRange } from '../../text/key-range.js';
import { useTheme } from '../theme.js';
import { ChoiceList } from './ChoiceList.js';
import { LinkedFlows } from './LinkedFlows.js';
import { DoneScreen } from './DoneScreen.js';
import { Header } from './Header.js';
import { KeyHints } from './KeyHints.js';
import { Progress } from './Progress.js';
import { Entered } from './Entered.js';
import { StepBody } from './StepBody.js';
import { StepInputs } from './StepInputs.js';

export interface FlowScreenProps {
  workflow: Workflow;
  /** Flows the done screen may offer (this article's links that are procedures). */
  related: Workflow[];
  /** Opens another flow; `returnTo` is this flow's snapshot when the reader should come back. */
  onOpen: (workflow: Workflow, returnTo?: unknown) => void;
  /** The flows a step links to, by id. */
  linked?: (id: string) => Workflow | undefined;
  /** This flow was opened from another: back to it (at its step) once done, or on ← / b when done. */
  onReturn?: () => void;
  onSwitchLocale: () => void;
  onQuit: () => void;
  onRestart: () => void;
  /** Where the run starts, and what keeps it (saved after every step, recorded when it ends). */
  start?: Omit<FlowStart, 'onChange'>;
  recorder?: RunRecorder;
}

/** One procedure, one step at a time. */
export function FlowScreen({ workflow, related, onOpen, linked, onReturn, onSwitchLocale, onQuit, onRestart, start, recorder }: FlowScreenProps) {
  const { t, i18n } = useTranslation();
  const theme = useTheme();
  const flow = useFlow(workflow, {
    ...start,
    ...(recorder
      ? {
          onChange: (persisted: unknown, state: string) => {
            recorder.update(persisted, state, i18n.language);
            if (state === DONE) recorder.close();
          },
        }
      : {}),
  });
  const quit = () => {
    if (!flow.isDone()) recorder?.close();
    onQuit();
  };
  const step = workflow.steps.find((s) => s.id === flow.state);
  // A step that asks for values takes the keys until they are all entered (each visit: Update
  // comes back to them, filled in).
  const [filled, setFilled] = useState<string | undefined>();
  const visits = useVisits(flow.state);
  const editing = Boolean(step?.inputs?.length) && filled !== `${step!.id}/${visits.current}`;

  useInput((input, key) => {
    if (input === 'q' || key.escape) return quit();
    if (input === 'l') return onSwitchLocale();
    const digit = /^[1-9]$/.test(input) ? Number(input) : undefined;
    if (flow.isDone()) {
      if (input === 'r') return onRestart();
      if (onReturn && (key.leftArrow || input === 'b')) return onReturn();
      const picked = digit === undefined ? undefined : related[digit - 1];
      if (picked) onOpen(picked);
      return;
    }
    // "see Create a new subscription": open it, and come back here after.
    const link = step?.links?.map((l) => linked?.(l.flow)).find(Boolean);
    if (input === 'o' && link) return onOpen(link, flow.persisted());
    if (key.return || key.rightArrow) return flow.send({ type: 'NEXT' });
    if (key.leftArrow || input === 'b') return flow.send({ type: 'BACK' });
    // The machine's guards decide whether the current step has that choice.
    if (digit !== undefined) flow.send({ type: 'CHOOSE', choice: digit - 1 });
  }, { isActive: !editing });

  if (flow.done || !step) {
    return <DoneScreen workflow={workflow} related={related} returns={Boolean(onReturn)} />;
  }
  const first = step === workflow.steps[0];
  const links = (step.links ?? []).flatMap((l) => linked?.(l.flow) ?? []);
  const hints = [
    t('keys.next'),
    ...(links.length > 0 ? [t('keys.open', { keys: 'o' })] : []),
    ...(first ? [] : [t('keys.back')]),
    ...(step.choices.length > 0 ? [t('keys.choose', { keys: keyRange(step.choices.length) })] : []),
    t('keys.locale'),
    t('keys.quit'),
  ];
  return (
    <Box flexDirection="column" gap={1}>
      <Header workflow={workflow} />
      {first && workflow.intro.length + workflow.preamble.length > 0 ? (
        <StepBody namespace={workflow.slug} blocks={[...workflow.intro, ...workflow.preamble]} dim />
      ) : null}
      <Progress current={step.number} total={workflow.steps.length} />
      <Box paddingLeft={1} borderStyle="round" borderColor={theme.accent} flexDirection="column">
        <StepBody namespace={workflow.slug} blocks={step.blocks} labels={step.labelKeys} />
      </Box>
      {step.inputs?.length ? (
        editing ? (
          <StepInputs
            key={`${step.id}/${visits.current}`}
            namespace={workflow.slug}
            inputs={step.inputs}
            values={flow.values}
            onSet={(name, value) => flow.send({ type: 'SET', name, value })}
            onComplete={() => setFilled(`${step.id}/${visits.current}`)}
          />
        ) : (
          <Entered namespace={workflow.slug} inputs={step.inputs} values={flow.values} />
        )
      ) : null}
      {/* A step that can send the reader back (Update) reviews everything entered. */}
      {step.choices.some((c) => workflow.steps.find((s) => s.id === c.target)?.inputs?.length) ? (
        <Entered namespace={workflow.slug} inputs={workflow.steps.flatMap((s) => s.inputs ?? [])} values={flow.values} title />
      ) : null}
      {editing ? null : <ChoiceList workflow={workflow} step={step} />}
      {links.length > 0 && !editing ? <LinkedFlows flows={links} /> : null}
      {editing ? null : <KeyHints hints={hints} />}
    </Box>
  );
}

/** How many times the flow has entered its current state: each visit of a step asks again. */
function useVisits(state: string) {
  const visits = useRef(0);
  const last = useRef<string | undefined>(undefined);
  if (last.current !== state) {
    last.current = state;
    visits.current += 1;
  }
  return visits;
}
