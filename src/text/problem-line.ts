/**
 * One problem as one line, the format every command prints:
 * `file:line:column severity message docflow:rule-id`.
 */
import type { VFileMessage } from 'vfile-message';

export type Severity = 'error' | 'warning' | 'info';

export function severity(message: VFileMessage): Severity {
  return message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info';
}

export function ruleOf(message: VFileMessage): string {
  return `${message.source ?? 'docflow'}:${message.ruleId ?? 'unknown'}`;
}

export function problemLine(path: string, message: VFileMessage): string {
  // A reason never spans lines: the format is one problem per line.
  return `${path}:${message.line ?? 1}:${message.column ?? 1} ${severity(message)} ${message.reason.replace(/\s*\n\s*/g, ' ')} ${ruleOf(message)}`;
}
