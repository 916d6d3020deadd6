/** Files a command was given: those named, and those below named folders that match, sorted. */
import fs from 'node:fs';
import path from 'node:path';
import { CliError } from './io.js';

export function filesIn(paths: readonly string[], wanted: RegExp): string[] {
  return paths.flatMap((p) => {
    if (!fs.existsSync(p)) throw new CliError(`${p}: no such file or folder`, 2);
    if (!fs.statSync(p).isDirectory()) return [p];
    return fs
      .readdirSync(p, { recursive: true })
      .map(String)
      .filter((f) => wanted.test(f))
      .sort()
      .map((f) => path.join(p, f));
  });
}
