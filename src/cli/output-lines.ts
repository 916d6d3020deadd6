/**
 * A command's output, whole or a line at a time (a glossary, a locale a line): to `--out`,
 * written atomically as it comes (an unchanged file is not touched) and then said; else printed
 * as it comes. Glossary lines are JSON escaped for the terminal (escaped-json.ts), so printing
 * them through `sanitize` loses nothing.
 */
import { writePiecesAtomic } from '../catalog/write-file.js';
import { print, type Io } from './io.js';

export function outputLines(io: Io, out: string | undefined, lines: Iterable<string>, said: () => string): void {
  if (!out) {
    for (const line of lines) print(io, line);
    return;
  }
  writePiecesAtomic(out, lines);
  print(io, said());
}
