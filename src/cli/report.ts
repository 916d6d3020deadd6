/**
 * Messages from articles, overlays, resources and the file system, in one format:
 * `file:line:column severity message docflow:rule-id`, one per line (what editors and CI
 * annotations read), then a count; or `--format json` for machines. Where they go depends on
 * what they are to the command: lint's findings are its output (standard output, as ESLint
 * prints its report: `docflow lint > report.txt` held nothing when they went to standard error),
 * the count a note beside it (standard error); parse's and extract's are diagnostics beside
 * their own output, all on standard error.
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { problemLine, ruleOf, severity, type Severity } from '../text/problem-line.js';
import { print, printJson, warn, type Io } from './io.js';
import { counted } from '../text/counted.js';

export type Format = 'text' | 'json';

/** What the messages are to the command: its output (lint's findings), or diagnostics beside its output. */
export type Findings = 'output' | 'diagnostics';

/** Prints the messages of `files`; returns how many were problems (warnings or errors, not info). */
export function report(io: Io, files: readonly VFile[], format: Format = 'text', findings: Findings = 'diagnostics'): number {
  const withMessages = files.filter((f) => f.messages.length > 0);
  const all = withMessages.flatMap((f) => f.messages);
  if (format === 'json') printJson(io, jsonMessages(withMessages), 2);
  else if (all.length > 0 && findings === 'output') {
    print(io, problemLines(withMessages));
    warn(io, summary(all));
  } else if (all.length > 0) warn(io, `${problemLines(withMessages)}\n${summary(all)}`);
  return all.filter((m) => severity(m) !== 'info').length;
}

/** The findings as a file's text (`--out`), as `report` prints them as output: the JSON, or the lines (nothing when none). */
export function reportText(files: readonly VFile[], format: Format = 'text'): string {
  const withMessages = files.filter((f) => f.messages.length > 0);
  if (format === 'json') return `${JSON.stringify(jsonMessages(withMessages), null, 2)}\n`;
  return withMessages.length > 0 ? `${problemLines(withMessages)}\n` : '';
}

/** Their count by severity ("2 errors, 1 warning"), nothing when there are none: said beside the findings. */
export function reportSummary(files: readonly VFile[]): string {
  return summary(files.flatMap((f) => f.messages));
}

function jsonMessages(files: readonly VFile[]) {
  return files.flatMap((f) => f.messages.map((m) => ({ file: f.path, line: m.line ?? null, column: m.column ?? null, ruleId: ruleOf(m), severity: severity(m), message: m.reason })));
}

function problemLines(files: readonly VFile[]): string {
  return files.flatMap((f) => f.messages.map((m) => problemLine(f.path, m))).join('\n');
}

function summary(messages: readonly VFileMessage[]): string {
  const count = (level: Severity) => messages.filter((m) => severity(m) === level).length;
  const parts = (['error', 'warning', 'info'] as const).map((level) => [count(level), level] as const).filter(([n]) => n > 0);
  return parts.map(([n, level]) => counted(n, level, level === 'info' ? level : undefined)).join(', ');
}
