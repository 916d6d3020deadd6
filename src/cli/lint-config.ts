/**
 * The team's lint configuration file (`--config`, JSON or YAML: `{ rules: { id: level }, allow:
 * [names] }`), which `lint` and `status` both read: the levels are lint's, the names a
 * translation may keep in English decide a sentence "still in English" for both.
 */
import fs from 'node:fs';
import type { Severity } from '../quality/rule.js';
import { ALL_RULES } from '../quality/rules.js';
import { yaml } from '../text/lazy-modules.js';
import { suggest } from '../text/suggest.js';
import { CliError, FileProblem } from './io.js';
import { readFailure } from '../runtime/read-failure.js';

const LEVELS = ['off', 'info', 'warning', 'error'] as const;

/** A rule's level, checked: an unknown rule or level is wrong usage (exit 2), with the nearest. */
export function setLevel(severities: Map<string, Severity | 'off'>, id: string, level: unknown, where: string): void {
  const meant = (typed: string, known: readonly string[]) => {
    const near = suggest(typed, known);
    return near ? `; did you mean “${near}”?` : '';
  };
  const ids = ALL_RULES.map((r) => r.id);
  if (!ids.includes(id)) throw new CliError(`${where}: no rule “${id}”${meant(id, ids)} (docflow lint --list-rules)`, 2);
  if (!(LEVELS as readonly unknown[]).includes(level)) throw new CliError(`${where}: “${String(level)}” is not one of ${LEVELS.join(', ')}${meant(String(level), LEVELS)}`, 2);
  severities.set(id, level as Severity | 'off');
}

/** The file's levels and names (none without a file); a file that cannot be used is wrong usage, exit 2. */
export function readLintConfig(file: string | undefined): { severities: Map<string, Severity | 'off'>; allow: string[] } {
  const severities = new Map<string, Severity | 'off'>();
  let allow: string[] = [];
  if (file) {
    if (!fs.existsSync(file)) throw new CliError(`${file}: no such file`, 2);
    let data: { rules?: Record<string, unknown>; allow?: unknown };
    try {
      data = (yaml().parse(fs.readFileSync(file, 'utf8')) ?? {}) as typeof data;
    } catch (error) {
      const failure = readFailure(error);
      if (failure) throw new CliError(`${file}: ${failure}`, 2);
      // Where the parser stopped, as every problem is said (a YAML error knows its place; JSON is YAML).
      const at = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
      throw new FileProblem({ file, line: at?.line, column: at?.col }, `not valid JSON or YAML: ${(error as Error).message.split('\n')[0]}`, 'docflow:lint-config');
    }
    for (const [id, level] of Object.entries(data.rules ?? {})) setLevel(severities, id, level, file);
    if (data.allow !== undefined) {
      if (!Array.isArray(data.allow) || data.allow.some((a) => typeof a !== 'string')) throw new CliError(`${file}: allow must be a list of names`, 2);
      allow = data.allow as string[];
    }
  }
  return { severities, allow };
}
