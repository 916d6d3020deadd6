/**
 * The line a checklist filled from a run (`--from-run`) opens with, in the checklist's language:
 * "add-a-new-customer : 2026-11-22 09:00 → 2026-11-22 09:12 · abandonné · fr-FR". A run still in
 * progress says so (its record has no outcome: the line read ", (fr-FR)"), and the times are
 * to the minute, as `docflow runs` gives them (the HTML page printed the records' ISO stamps).
 */
import type { Translator } from '../catalog/i18n.js';
import { isRightToLeft } from '../text/direction.js';
import { minute } from '../text/minute.js';

/** Left-to-right isolate … pop directional isolate. */
const LRI = '\u2066';
const PDI = '\u2069';

export function runSaid(run: { flow: string; startedAt: string; updatedAt: string; outcome?: string; locales: readonly string[] }, tr: Pick<Translator, 't' | 'language'>): string {
  // On a right-to-left page the name, the times and the locales are isolated left to right: the
  // bidi algorithm otherwise took the dates' digits and dashes apart ("2026-" ending one line of
  // a Hebrew page, "12-07 08:24" the next, after the locale).
  const ltr = isRightToLeft(tr.language) ? (text: string) => `${LRI}${text}${PDI}` : (text: string) => text;
  const state = tr.t(run.outcome === 'finished' || run.outcome === 'abandoned' ? `run.${run.outcome}` : 'run.in-progress');
  const parts = [ltr(`${minute(run.startedAt)} → ${minute(run.updatedAt)}`), state, run.locales.length > 0 ? ltr(run.locales.join(', ')) : ''].filter((part) => part !== '');
  return tr.t('label-value', { label: ltr(run.flow), value: parts.join(' · ') });
}
