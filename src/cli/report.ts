/** Parser and overlay messages: vfile-reporter for people, `--format json` for machines. */
import type { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { print, warn, type Io } from './io.js';

export type Format = 'text' | 'json';

/** Prints the messages of `files`; returns how many were problems (warnings or errors, not info). */
export function report(io: Io, files: readonly VFile[], format: Format = 'text'): number {
  const withMessages = files.filter((f) => f.messages.length > 0);
  const count = withMessages.reduce((sum, f) => sum + f.messages.length, 0);
  const problems = withMessages.reduce((sum, f) => sum + f.messages.filter((m) => m.fatal !== undefined).length, 0);
  if (format === 'json') {
    const messages = withMessages.flatMap((f) =>
      f.messages.map((m) => ({
        file: f.path,
        line: m.line ?? null,
        column: m.column ?? null,
        ruleId: `${m.source ?? 'docflow'}:${m.ruleId ?? 'unknown'}`,
        severity: m.fatal ? 'error' : m.fatal === false ? 'warning' : 'info',
        message: m.reason,
      })),
    );
    print(io, JSON.stringify(messages, null, 2));
  } else if (count > 0) {
    warn(io, reporter(withMessages, { color: !io.env.NO_COLOR && Boolean((io.stderr as { isTTY?: boolean }).isTTY) }));
  }
  return problems;
}
