/**
 * One problem as one line, the format every command prints:
 * `file:line:column severity message docflow:rule-id`.
 */
import type { VFileMessage } from 'vfile-message';

export type Severity = 'error' | 'warning' | 'info';

/** Where a problem is: a file, and a line and column in it when known (else its top). */
export interface ProblemPlace {
  file: string;
  line?: number | null | undefined;
  column?: number | null | undefined;
}

export function severity(message: VFileMessage): Severity {
  return message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info';
}

export function ruleOf(message: VFileMessage): string {
  return `${message.source ?? 'docflow'}:${message.ruleId ?? 'unknown'}`;
}

/** The line of a problem given by its parts (a parse's, a resource file's, a write's, …); `rule` as printed, `docflow:<id>`. */
export function problemText(place: ProblemPlace, level: Severity, reason: string, rule: string): string {
  // A reason never spans lines: the format is one problem per line.
  return `${place.file}:${place.line ?? 1}:${place.column ?? 1} ${level} ${reason.replace(/\s*\n\s*/g, ' ')} ${rule}`;
}

/** The line of a parser's message. */
export function problemLine(path: string, message: VFileMessage): string {
  return problemText({ file: path, line: message.line, column: message.column }, severity(message), message.reason, ruleOf(message));
}
