/**
 * A line cut to `columns` with `…` at its end, as Ink cuts a `<Text wrap="truncate-end">` (it
 * takes this in place of cli-truncate: scripts/ink-wrap-lines.mjs in the bundle, vitest.config.ts
 * in the tests), counting columns as the terminal does. cli-truncate's cut (slice-ansi) counted
 * an invisible format character as a column where the terminal and Ink's layout count none, so a
 * Hebrew title with right-to-left marks lost a character per mark and ended short of the edge; it
 * also let a wide character cross the edge.
 */
import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';
import { unitsOf } from './styled-units.js';

interface TruncateOptions {
  position?: 'start' | 'middle' | 'end';
}

export default function truncateLine(text: string, columns: number, options: TruncateOptions = {}): string {
  // docflow cuts only ends; the other cuts stay cli-truncate's.
  if (options.position !== undefined && options.position !== 'end') return cliTruncate(text, columns, options);
  return text
    .split('\n')
    .map((line) => cutEnd(line, columns))
    .join('\n');
}

function cutEnd(line: string, columns: number): string {
  if (stringWidth(line) <= columns) return line;
  if (columns < 1) return '';
  const { units, trailing } = unitsOf(line);
  let kept = '';
  let used = 0;
  let at = 0;
  for (; at < units.length && used + units[at]!.width <= columns - 1; at++) {
    kept += units[at]!.text;
    used += units[at]!.width;
  }
  // The escapes of what is cut still close the styles the kept text opened (the ellipsis in its last one).
  const escapes = units.slice(at).map((unit) => unit.text.slice(0, unit.text.length - unit.plain.length));
  return `${kept}…${escapes.join('')}${trailing}`;
}
