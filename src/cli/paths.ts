/** Files a command was given: those named, and those below named folders that match, sorted. */
import fs from 'node:fs';
import path from 'node:path';
import { CliError } from './io.js';
import { filesBelow } from '../runtime/files-below.js';

export function filesIn(paths: readonly string[], wanted: RegExp): string[] {
  return paths.flatMap((p) => {
    if (!fs.existsSync(p)) throw new CliError(`${p}: no such file or folder`, 2);
    if (!fs.statSync(p).isDirectory()) return [p];
    return filesBelow(p)
      .map((file) => file.relative)
      .filter((f) => wanted.test(f))
      .sort()
      .map((f) => path.join(p, f));
  });
}
