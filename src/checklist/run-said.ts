/**
 * The line a checklist filled from a run (`--from-run`) opens with, in the checklist's language:
 * "add-a-new-customer : 2026-11-22 09:00 → 2026-11-22 09:12 · abandonné · fr-FR". A run still in
 * progress says so (its record has no outcome: the line read ", (fr-FR)"), and the times are
 * to the minute, as `docflow runs` gives them (the HTML page printed the records' ISO stamps).
 */
import type { Translator } from '../catalog/i18n.js';

export function runSaid(run: { flow: string; startedAt: string; updatedAt: string; outcome?: string; locales: readonly string[] }, tr: Pick<Translator, 't'>): string {
  const minute = (time: string) => time.slice(0, 16).replace('T', ' ');
  const state = tr.t(run.outcome === 'finished' || run.outcome === 'abandoned' ? `run.${run.outcome}` : 'run.in-progress');
  const parts = [`${minute(run.startedAt)} → ${minute(run.updatedAt)}`, state, run.locales.join(', ')].filter((part) => part !== '');
  return tr.t('label-value', { label: run.flow, value: parts.join(' · ') });
}
