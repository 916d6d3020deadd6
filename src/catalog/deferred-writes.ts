/**
 * Atomic writes that run behind the caller's work: each file goes through a temporary file,
 * flushed to the disk, and a rename (as writeFileAtomic), but its opening, writing and flushing
 * are done by libuv's thread pool while the caller goes on parsing. A crash at any point leaves
 * each file old or new.
 *
 * Why: a cold extract of 370 articles writes 1,100 files; written in turn, their creation and
 * flush waited on the disk's journal for 1.1–1.6 s of a 9 s run (CPU profile, `open` and `fsync`).
 */
import { contentHash } from './cache-file.js';
import { failed, holds, temporaryBeside, writeFileAtomic, writePiecesAtomic, wroteContent } from './write-file.js';
import { fsPromises } from '../text/lazy-modules.js';

/** Writes in flight beyond which `room()` waits for some to finish. */
const MAX_IN_FLIGHT = 256;

/** Characters past which a text is written at once (see write). */
const WRITE_NOW = 1 << 20;

export class DeferredWrites {
  private readonly inFlight = new Set<Promise<void>>();
  private error: unknown;

  /**
   * Like writeFileAtomic: false if `file` already holds `text`; else true, and the file is in
   * place once `settle()` resolves (which throws the first failure, as a WriteError).
   */
  write(file: string, text: string): boolean {
    // A long article's file is written now: held until the next turn of the event loop, its
    // text (as large as the article) would add to the peak.
    if (text.length > WRITE_NOW) {
      try {
        return writeFileAtomic(file, text);
      } catch (error) {
        // Told by settle(), as a write behind would be.
        this.error ??= error;
        return true;
      }
    }
    if (holds(file, text)) return false;
    const done = put(file, text).catch((error: unknown) => {
      this.error ??= error;
    });
    this.inFlight.add(done);
    void done.finally(() => this.inFlight.delete(done));
    return true;
  }

  /**
   * write() for a text made in pieces: gathered and written behind while short; past
   * WRITE_NOW characters, written now as it is made, never whole (a long article's catalog).
   * Returns whether the file changes, and the text's contentHash ('' if it could not be written).
   */
  writePieces(file: string, pieces: Iterable<string>): { changed: boolean; hash: string } {
    const rest = pieces[Symbol.iterator]();
    const gathered: string[] = [];
    let length = 0;
    for (let next = rest.next(); !next.done; next = rest.next()) {
      gathered.push(next.value);
      length += next.value.length;
      if (length <= WRITE_NOW) continue;
      try {
        return writePiecesAtomic(file, followedBy(gathered, rest));
      } catch (error) {
        this.error ??= error;
        return { changed: true, hash: '' };
      }
    }
    const text = gathered.join('');
    return { changed: this.write(file, text), hash: contentHash(text) };
  }

  /** A turn of the event loop for the writes to go on; waits while too many are in flight. */
  async room(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    while (this.inFlight.size >= MAX_IN_FLIGHT) await Promise.race(this.inFlight);
  }

  /** Every file written is in place; else the first failure. */
  async settle(): Promise<void> {
    await Promise.all(this.inFlight);
    if (this.error !== undefined) throw this.error;
  }
}

function* followedBy(first: readonly string[], rest: Iterator<string>): Generator<string> {
  yield* first;
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}

async function put(file: string, text: string): Promise<void> {
  const temporary = temporaryBeside(file);
  try {
    const handle = await fsPromises().open(temporary, 'w');
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsPromises().rename(temporary, file);
    wroteContent();
  } catch (error) {
    throw failed(file, temporary, error);
  }
}
