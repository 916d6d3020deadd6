import { useApp } from 'ink';
import { useState } from 'react';
import type { Workflow } from '../../model/workflow.js';
import { useTranslation } from '../hooks/use-translation.js';
import { FlowPicker } from './FlowPicker.js';
import { FlowScreen } from './FlowScreen.js';

export interface AppProps {
  /** Every procedure: the picker's list and the done screen's related ones. */
  flows: Workflow[];
  /** Offer only these in the picker (the procedures of one article). */
  pickFrom?: Workflow[];
  /** Open this flow at once; without it, the picker. */
  initial?: Workflow;
  /** The locales `l` cycles through, for a namespace (all locales for the picker). */
  localesFor: (namespace?: string) => string[];
}

/** The whole terminal app: pick a procedure, walk it, switch locale anywhere. */
export function App({ flows, pickFrom, initial, localesFor }: AppProps) {
  const { exit } = useApp();
  const { i18n } = useTranslation();
  const [current, setCurrent] = useState<Workflow | undefined>(initial);
  // A new run of the same flow must start a new machine: the key remounts the screen.
  const [run, setRun] = useState(0);
  const switchLocale = () => {
    const locales = localesFor(current?.slug);
    const next = locales[(locales.indexOf(i18n.language) + 1) % locales.length];
    if (next && next !== i18n.language) void i18n.changeLanguage(next);
  };
  if (!current) {
    return <FlowPicker flows={pickFrom ?? flows} onPick={setCurrent} onSwitchLocale={switchLocale} onQuit={exit} />;
  }
  const related = current.related.flatMap((slug) => flows.filter((f) => f.slug === slug).slice(0, 1));
  return (
    <FlowScreen
      key={`${current.id}/${run}`}
      workflow={current}
      related={related}
      onOpen={(flow) => {
        setCurrent(flow);
        setRun((n) => n + 1);
      }}
      onSwitchLocale={switchLocale}
      onQuit={exit}
      onRestart={() => setRun((n) => n + 1)}
    />
  );
}
