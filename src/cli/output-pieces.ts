/**
 * A command's output, whole or in pieces (a glossary a locale a line, a status report a row at a
 * time): to `--out`, written atomically as it comes (an unchanged file is not touched) and then
 * said; else printed as it comes, in writes of about BATCH characters: the file's bytes, tabs
 * kept, control characters dropped. JSON (`json`, or glossary lines, escaped as they are made) is
 * printed escaped for the terminal (escaped-json.ts), so printing it through `sanitize` loses
 * nothing.
 */
import { writePiecesAtomic } from '../catalog/write-file.js';
import { terminalJson } from '../text/escaped-json.js';
import { sanitizeKeepingTabs } from '../text/sanitize.js';
import { print, type Io } from './io.js';

/** Characters gathered before a write to stdout: one system call for many rows. */
const BATCH = 1 << 16;

export function outputPieces(io: Io, out: string | undefined, pieces: Iterable<string>, said: () => string, json = false): void {
  if (!out) {
    const printable = (text: string) => (json ? terminalJson(text) : text);
    // Each batch is whole pieces, so a batch never ends inside a character (sanitize sees it whole).
    let batch: string[] = [];
    let batched = 0;
    for (const piece of pieces) {
      batch.push(piece);
      batched += piece.length;
      if (batched < BATCH) continue;
      io.stdout.write(sanitizeKeepingTabs(printable(batch.join(''))));
      batch = [];
      batched = 0;
    }
    // The last ending with a line break, as `print` writes it.
    const last = printable(batch.join(''));
    if (batch.length > 0) io.stdout.write(sanitizeKeepingTabs(last.endsWith('\n') ? last : `${last}\n`));
    return;
  }
  writePiecesAtomic(out, pieces);
  print(io, said());
}
