/**
 * What a target's state says of it, by XLIFF version (1.2 on `<target state>`, 2.0 on a
 * `<segment state>`): not a translation yet (a tool's pre-fill, a draft), or a finished one, which
 * a translator confirms a stale string by (1.2 `translated` over the `needs-review-translation`
 * docflow wrote; 2.0 `reviewed` or `final`, since docflow writes a stale one `translated`).
 */
const DRAFT_12 = new Set(['new', 'needs-translation']);
const DRAFT_2 = new Set(['initial']);
const FINISHED_12 = new Set(['translated', 'signed-off', 'final']);
const FINISHED_2 = new Set(['reviewed', 'final']);

export interface TargetState {
  /** Not a translation yet (1.2 `new`, `needs-translation`; 2.0 `initial`). */
  draft?: true;
  /** A finished translation (1.2 `translated`, `signed-off`, `final`; 2.0 `reviewed`, `final`). */
  finished?: true;
}

export function targetState(state: unknown, version2: boolean): TargetState {
  if (typeof state !== 'string') return {};
  if ((version2 ? DRAFT_2 : DRAFT_12).has(state)) return { draft: true };
  if ((version2 ? FINISHED_2 : FINISHED_12).has(state)) return { finished: true };
  return {};
}
