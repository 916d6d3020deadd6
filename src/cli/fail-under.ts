/**
 * `--fail-under <percent>`, of `status` and of `merge` (a CI matrix's status parts, gated on the
 * whole): exit 1 when a locale's coverage is below it, each such locale said on standard error
 * (the report may be JSON in a file: the exit code was all a CI log showed of why).
 */
import { coverageBelow, type StatusRow } from '../catalog/status.js';
import { CliError, warn, type Io } from './io.js';

/** The threshold given (95, 99.5, or 95%), or undefined; anything else is a usage error (`''` was 0, `0x10` 16). */
export function parseFailUnder(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(raw);
  const threshold = match ? Number(match[1]) : NaN;
  if (!(threshold >= 0 && threshold <= 100)) throw new CliError(`--fail-under takes a percentage from 0 to 100 (95, 99.5), not “${raw}”`, 2);
  return threshold;
}

/** Says each locale whose total is below the threshold; true when one is (the run fails). */
export function belowThreshold(io: Io, totals: readonly StatusRow[], threshold: number | undefined): boolean {
  if (threshold === undefined) return false;
  const below = totals.filter((total) => coverageBelow(total, threshold));
  for (const total of below) warn(io, `docflow: ${total.locale} is at ${total.coverage}% (${total.translated} of ${total.segments} sentences translated), below --fail-under ${threshold}`);
  return below.length > 0;
}
