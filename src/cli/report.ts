/**
 * Messages from articles, overlays, resources and the file system, in one format:
 * `file:line:column severity message docflow:rule-id`, one per line (what editors and CI
 * annotations read), then a count; or `--format json` for machines.
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { problemLine, ruleOf, severity, type Severity } from '../text/problem-line.js';
import { printJson, warn, type Io } from './io.js';
import { counted } from '../text/counted.js';

export type Format = 'text' | 'json';

/** Prints the messages of `files`; returns how many were problems (warnings or errors, not info). */
export function report(io: Io, files: readonly VFile[], format: Format = 'text'): number {
  const withMessages = files.filter((f) => f.messages.length > 0);
  const all = withMessages.flatMap((f) => f.messages);
  if (format === 'json') printJson(io, jsonMessages(withMessages), 2);
  else if (all.length > 0) warn(io, textLines(withMessages, all));
  return all.filter((m) => severity(m) !== 'info').length;
}

/** What `report` prints, as a file's text (`--out`): the JSON, or the lines and their count (nothing when none). */
export function reportText(files: readonly VFile[], format: Format = 'text'): string {
  const withMessages = files.filter((f) => f.messages.length > 0);
  const all = withMessages.flatMap((f) => f.messages);
  if (format === 'json') return `${JSON.stringify(jsonMessages(withMessages), null, 2)}\n`;
  return all.length > 0 ? `${textLines(withMessages, all)}\n` : '';
}

function jsonMessages(files: readonly VFile[]) {
  return files.flatMap((f) => f.messages.map((m) => ({ file: f.path, line: m.line ?? null, column: m.column ?? null, ruleId: ruleOf(m), severity: severity(m), message: m.reason })));
}

function textLines(files: readonly VFile[], all: readonly VFileMessage[]): string {
  const lines = files.flatMap((f) => f.messages.map((m) => problemLine(f.path, m)));
  return `${lines.join('\n')}\n${summary(all)}`;
}

function summary(messages: readonly VFileMessage[]): string {
  const count = (level: Severity) => messages.filter((m) => severity(m) === level).length;
  const parts = (['error', 'warning', 'info'] as const).map((level) => [count(level), level] as const).filter(([n]) => n > 0);
  return parts.map(([n, level]) => counted(n, level, level === 'info' ? level : undefined)).join(', ');
}
