import { Box, Text, useInput } from 'ink';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FlowEntry, Workflow, WorkflowStep } from '../../model/workflow.js';
import type { RunRecorder } from '../../flow/run-recorder.js';
import { DONE } from '../../flow/workflow.js';
import { validateInput } from '../../flow/validate-input.js';
import { useFlow, type FlowStart } from '../hooks/use-flow.js';
import { useTranslation } from '../hooks/use-translation.js';
import { keyRange } from '../../text/key-range.js';
import { useTheme } from '../theme.js';
import { ChoiceList } from './ChoiceList.js';
import { LinkedFlows } from './LinkedFlows.js';
import { LinkedBody } from './LinkedBody.js';
import { DoneScreen } from './DoneScreen.js';
import { Header } from './Header.js';
import { hintLines, KeyHints } from './KeyHints.js';
import { Progress } from './Progress.js';
import { Entered } from './Entered.js';
import { flowText } from '../../text/flow-markup.js';
import { StepBody } from './StepBody.js';
import { StepInputs } from './StepInputs.js';
import { StepOverview } from './StepOverview.js';
import { StepBoundary, StepProblems, Unrenderable } from './StepProblems.js';
import { Scroll } from './Scroll.js';
import { StepLinks, type NumberedLink } from './StepLinks.js';
import { LinkNumbersContext } from '../link-numbers.js';
import { stepLinks } from '../../text/step-links.js';
import { linkMarks } from '../../text/link-marks.js';
import { flowOfLink, stepDeclaredFlows } from '../../flow/related-flows.js';
import type { HelpEntry } from './HelpPanel.js';
import { readableWidth, useTerminalSize } from '../hooks/use-terminal-size.js';
import { isRightToLeft } from '../../text/direction.js';
import { UntranslatedPart } from './UntranslatedPart.js';

/** `?` on a step: every key there, with what it does (help.* keys). */
const STEP_HELP: readonly HelpEntry[] = [
  ['Enter  →', 'help.next'],
  ['←  b', 'help.back'],
  ['1–9', 'help.choose'],
  ['o', 'help.open'],
  ['g', 'help.overview'],
  ['↑ ↓  PgUp PgDn', 'help.scroll'],
  ['l', 'help.locale'],
  ['s', 'help.source'],
  ['Esc', 'help.escape'],
  ['?', 'help.help'],
  ['q  Ctrl+C', 'help.quit'],
];

/** `?` on the done screen. */
const DONE_HELP: readonly HelpEntry[] = [
  ['r', 'help.restart'],
  ['1–9', 'help.related'],
  ['←  b', 'help.return'],
  ['l', 'help.locale'],
  ['Esc', 'help.escape'],
  ['q  Ctrl+C', 'help.quit'],
];

export interface FlowScreenProps {
  workflow: Workflow;
  /** Flows the done screen may offer (this article's links that are procedures). */
  related: FlowEntry[];
  /** Opens another flow; `returnTo` is this flow's snapshot when the reader should come back. */
  onOpen: (flow: FlowEntry, returnTo?: unknown) => void;
  /** The flow a step's link names: a flow id, an article, or `article#heading`. */
  linked?: (target: string) => FlowEntry | undefined;
  /** The flow a link the overlay declares names (`x`, `x#2`, `x#heading`; see declaredFlow). */
  declared?: (target: string) => FlowEntry | undefined;
  /** This flow was opened from another: back to it (at its step) once done, or on ← / b when done. */
  onReturn?: () => void;
  /** Esc: back to where the reader came from (the flow a link left, or the picker). */
  onBack?: () => void;
  onLocaleMenu: () => void;
  onHelp: (entries: readonly HelpEntry[]) => void;
  onToggleSource: () => void;
  onQuit: () => void;
  onRestart: () => void;
  /** False while a menu or the help is open over the screen: its keys are theirs. */
  active?: boolean;
  /** Where the run starts, and what keeps it (saved after every step, recorded when it ends). */
  start?: Omit<FlowStart, 'onChange'>;
  recorder?: RunRecorder;
  /** The article's problems in a step, in a language (`file:line:column … docflow:rule`). */
  problems?: (workflow: Workflow, step: WorkflowStep, language: string) => readonly string[];
}

/** One procedure, one step at a time. */
export function FlowScreen({ workflow, related, onOpen, linked, declared: declaredOf, onReturn, onBack, onLocaleMenu, onHelp, onToggleSource, onQuit, onRestart, start, recorder, problems, active = true }: FlowScreenProps) {
  const tr = useTranslation();
  const { t, i18n, language } = tr;
  const theme = useTheme();
  const { rows, columns } = useTerminalSize();
  const rtl = isRightToLeft(language);
  const [panel, setPanel] = useState<'overview' | 'confirm-quit' | 'open' | undefined>();
  // Typed in a field and not confirmed: kept when the reader leaves the fields (Esc to switch
  // language, open help) and comes back. Read only when the fields come back: a ref, so a key
  // typed draws the field, not the whole screen.
  const drafts = useRef<Record<string, string>>({});
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
  useEffect(() => recorder?.read(language), [recorder, language]);
  const quit = () => {
    if (!flow.isDone()) recorder?.close();
    onQuit();
  };
  // Entered values are saved with the run after every step; without a place to save them,
  // quitting would lose them: ask first.
  const unsaved = !recorder && Object.keys(flow.values).length > 0 && !flow.isDone();
  const step = workflow.steps.find((s) => s.id === flow.state);
  const stepProblems = useMemo(() => (step && problems ? problems(workflow, step, language) : []), [problems, workflow, step, language]);
  // Links in the step's text, numbered; those naming a procedure of the content open with `o`
  // after the ones the overlay declares.
  const numbered: NumberedLink[] = linksOf(step, flowText(workflow, tr.text)).map((url) => {
    const flow = flowOfLink(workflow, url, (target) => linked?.(target));
    return flow ? { url, flow } : { url };
  });
  // Declared links not already numbered in the text are listed under the step.
  const declaredFlows = step ? stepDeclaredFlows(workflow, step, (target) => declaredOf?.(target)).map(({ flow }) => flow) : [];
  const declared = declaredFlows.filter((f) => !numbered.some((n) => n.flow?.id === f.id));
  const links = [...new Map([...declaredFlows, ...numbered.flatMap((l) => l.flow ?? [])].map((f) => [f.id, f])).values()];
  // To pick one of several with `o`: a link in the text by its number there ([3]), the declared ones after.
  const choosable = new Map<number, FlowEntry>([...numbered.flatMap((l, i) => (l.flow ? [[i + 1, l.flow] as const] : [])), ...declared.map((flow, i) => [numbered.length + i + 1, flow] as const)].filter(([n]) => n <= 9));
  // A step that asks for values takes the keys until they are all entered (each visit: Update
  // comes back to them, filled in).
  const [filled, setFilled] = useState<string | undefined>();
  const visits = useVisits(flow.state);
  const editing = Boolean(step?.inputs?.length) && filled !== `${step!.id}/${visits.current}`;
  // A value missing or not valid, checked as the form checks it (secrets are never kept, so never missing).
  const unanswered = (step?.inputs ?? []).some((input) => input.type !== 'secret' && validateInput(input, flow.values[input.name] ?? '') !== undefined);

  useInput((input, key) => {
    if (input === 'q') return unsaved ? setPanel('confirm-quit') : quit();
    if (key.escape) return onBack ? onBack() : unsaved ? setPanel('confirm-quit') : quit();
    if (input === 'l') return onLocaleMenu();
    if (input === 's') return onToggleSource();
    if (input === '?') return onHelp(flow.isDone() ? DONE_HELP : STEP_HELP);
    if (input === 'g' && !flow.isDone()) return setPanel('overview');
    const digit = /^[1-9]$/.test(input) ? Number(input) : undefined;
    if (flow.isDone()) {
      if (input === 'r') return onRestart();
      if (onReturn && (key.leftArrow || input === 'b')) return onReturn();
      const picked = digit === undefined ? undefined : related[digit - 1];
      // Opened from here: Esc (or the end of it) comes back to this done screen, not the picker.
      if (picked) onOpen(picked, flow.persisted());
      return;
    }
    // "see Create a new subscription": open it, and come back here after; of several, the reader picks one.
    if (input === 'o' && links[0]) return links.length === 1 || choosable.size === 0 ? onOpen(links[0], flow.persisted()) : setPanel('open');
    // A required value left out (Esc left the form): the form again, not the next step.
    if (key.return || key.rightArrow) return unanswered ? setFilled(undefined) : flow.send({ type: 'NEXT' });
    if (key.leftArrow || input === 'b') return flow.send({ type: 'BACK' });
    // The machine's guards decide whether the current step has that choice.
    if (digit !== undefined) flow.send({ type: 'CHOOSE', choice: digit - 1 });
  }, { isActive: active && !editing && panel === undefined });
  useInput(
    (input, key) => {
      if (input === 'y' || key.return) return quit();
      setPanel(undefined);
    },
    { isActive: active && panel === 'confirm-quit' },
  );
  useInput(
    (input) => {
      setPanel(undefined);
      const picked = choosable.get(Number(input));
      if (picked) onOpen(picked, flow.persisted());
    },
    { isActive: active && panel === 'open' },
  );

  if (flow.done || !step) {
    return <DoneScreen workflow={workflow} related={related} {...(linked ? { linked } : {})} returns={Boolean(onReturn)} active={active && panel === undefined} {...(recorder ? { notDone: recorder.notDone() } : {})} />;
  }
  if (panel === 'overview') {
    return <StepOverview workflow={workflow} current={step.number} passedOver={flow.passedOver} onClose={() => setPanel(undefined)} onGo={(id) => { setPanel(undefined); flow.send({ type: 'GOTO', step: id }); }} />;
  }
  const first = step === workflow.steps[0];
  const hints = [
    t('keys.next'),
    ...(links.length > 0 ? [t('keys.open', { keys: 'o' })] : []),
    ...(first ? [] : [t('keys.back')]),
    ...(step.choices.length > 0 ? [t('keys.choose', { keys: keyRange(step.choices.length) })] : []),
    t('keys.locale'),
    t('keys.help'),
    t('keys.quit'),
  ];
  const numbers = [...choosable.keys()];
  const openHints = [t('keys.open', { keys: numbers.length > 1 ? `${numbers[0]}–${numbers.at(-1)}` : String(numbers[0]) }), t('keys.close')];
  // The screen less the key hints (and the line between), or the procedures to open and their
  // keys: a long step scrolls, the keys stay in view. Fields end the step with their own keys and
  // nothing is drawn under them: the step's hints, not shown, left rows empty under the pane.
  const bottom = editing ? 0 : 1 + (panel === 'open' ? choosable.size + hintLines(openHints, readableWidth(columns)) : hintLines(hints, readableWidth(columns)));
  // Down to a line, so that the screen's first line stays in view (seven procedures to open at
  // 40×12 left three, and the four kept pushed the title off the top; nine left one, and the two
  // kept for the title and where it is did).
  const screenHeight = Math.max(1, rows - bottom);
  return (
    <Box flexDirection="column">
      <Scroll key={step.id} height={screenHeight} active={active && !editing && panel === undefined} stickToEnd={editing}>
        <Box flexDirection="column" gap={1}>
          <Header workflow={workflow} />
          {first ? <UntranslatedPart workflow={workflow} blocks={[...workflow.intro, ...workflow.preamble]} /> : null}
          {first && workflow.intro.length + workflow.preamble.length > 0 ? (
            <LinkedBody workflow={workflow} blocks={[...workflow.intro, ...workflow.preamble]} {...(linked ? { linked } : {})} dim />
          ) : null}
          <Progress current={step.number} total={workflow.steps.length} />
          {/* Right-to-left text: a terminal that orders bidi text per line would move a box's side
              borders with it; rules above and below stay where they are. Made anew when the
              direction changes: Ink sets a side border's width only where it is drawn, and the
              left-to-right box's stayed, a column too far in. */}
          <Box key={rtl ? 'rtl' : 'ltr'} paddingX={1} borderStyle={rtl ? 'single' : 'round'} borderLeft={!rtl} borderRight={!rtl} borderColor={theme.accent} flexDirection="column">
            <StepBoundary key={`${step.id}/${language}`} fallback={(reason) => <Unrenderable number={step.number} reason={reason} />}>
              <UntranslatedPart workflow={workflow} blocks={step.blocks} />
              <LinkNumbersContext.Provider value={linkMarks(numbered.map((link) => link.url), 'numbers')}>
                <StepBody namespace={workflow.slug} markup={workflow} blocks={step.blocks} labels={step.labelKeys} />
              </LinkNumbersContext.Provider>
            </StepBoundary>
            {numbered.length > 0 ? <StepLinks links={numbered} /> : null}
          </Box>
          <StepProblems problems={stepProblems} />
          {step.inputs?.length ? (
            editing ? (
              <StepInputs
                key={`${step.id}/${visits.current}`}
                namespace={workflow.slug}
                inputs={step.inputs}
                values={flow.values}
                onSet={(name, value) => {
                  delete drafts.current[name];
                  flow.send({ type: 'SET', name, value });
                }}
                onComplete={() => setFilled(`${step.id}/${visits.current}`)}
                drafts={drafts.current}
                onDraft={(name, text) => (drafts.current[name] = text)}
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
          {declared.length > 0 && !editing ? <LinkedFlows flows={declared} /> : null}
        </Box>
      </Scroll>
      {panel === 'confirm-quit' ? (
        <Text bold color={theme.warning}>
          {t('quit.confirm')}
        </Text>
      ) : panel === 'open' ? (
        <Box marginTop={1} flexDirection="column">
          <LinkedFlows flows={[...choosable.values()]} numbers={numbers} />
          <KeyHints hints={openHints} />
        </Box>
      ) : editing ? null : (
        <Box marginTop={1}>
          <KeyHints hints={hints} />
        </Box>
      )}
    </Box>
  );
}

/**
 * The links of a step's text. A step the screen cannot read has none: it still opens, its body
 * saying why (StepBoundary), and the keys still work.
 */
function linksOf(step: WorkflowStep | undefined, text: (key: string) => string): string[] {
  try {
    return stepLinks(step?.blocks ?? [], text);
  } catch {
    return [];
  }
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
