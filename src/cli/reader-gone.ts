/**
 * The program reading a plain run's output gone while the run waits for the reader
 * (`docflow run x --plain | head -5`: head had its lines and left). Writing to the pipe would meet
 * EPIPE and end the run, but a run waiting for a key or a line writes nothing: it waited for a key
 * typed to nobody, and the shell for it. A pipe tells its writer nothing when its reader goes (an
 * empty write succeeds; opening it again by /proc does too), so its readers are looked for: on
 * Linux, the processes of docflow's session (a pipeline's commands are in the shell's) that hold
 * the pipe open for reading, found once, then looked at every 200 ms (a readlink each); once none
 * holds it, the session is searched again (a reader may have handed it to a child) and, with none
 * left, the run ends. A process that cannot be looked into may be a reader: then nothing is ended.
 * Elsewhere the run ends at its next write, as before.
 */
import fs from 'node:fs';

const EVERY_MS = 200;

/** Calls `gone` once the pipe `stream` writes to has no reader left; returns the way to stop looking. */
export function whenReaderGone(stream: NodeJS.WritableStream, gone: () => void): () => void {
  const fd = (stream as { fd?: unknown }).fd;
  if (typeof fd !== 'number' || process.platform !== 'linux' || !isPipe(fd)) return () => {};
  const pipe = readLink(`/proc/self/fd/${fd}`);
  let readers = pipe ? readersOf(pipe) : undefined;
  // None found at the start (or some unknown): nothing to tell a reader's going by.
  if (!pipe || !readers || readers.length === 0) return () => {};
  const timer = setInterval(() => {
    if (readers!.some((reader) => readLink(reader) === pipe)) return;
    readers = readersOf(pipe);
    if (readers === undefined || readers.length > 0) return;
    clearInterval(timer);
    gone();
  }, EVERY_MS);
  // A run that is done does not wait for the next look.
  timer.unref();
  return () => clearInterval(timer);
}

/** What a run waiting for the reader is told when its output has no reader left. */
export class ReaderGone extends Error {
  constructor() {
    super('the output has no reader left');
  }
}

/** The `/proc/<pid>/fd/<n>` of every process of this session that reads `pipe`; undefined when one could not be looked into. */
function readersOf(pipe: string): string[] | undefined {
  const session = sessionOf('self');
  if (session === undefined) return undefined;
  const readers: string[] = [];
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid) || pid === String(process.pid) || sessionOf(pid) !== session) continue;
    let fds: string[];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch (error) {
      // Ended meanwhile: no reader. Not ours to look into: perhaps one.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      return undefined;
    }
    for (const n of fds) {
      const link = `/proc/${pid}/fd/${n}`;
      if (readLink(link) === pipe && reads(`/proc/${pid}/fdinfo/${n}`)) readers.push(link);
    }
  }
  return readers;
}

/** The session id in `/proc/<pid>/stat` (the fourth field after the command's parenthesis). */
function sessionOf(pid: string): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[3];
  } catch {
    return undefined;
  }
}

/** Whether an open file (its fdinfo) was opened for reading: O_RDONLY or O_RDWR. */
function reads(fdinfo: string): boolean {
  try {
    const flags = /^flags:\s*([0-7]+)/m.exec(fs.readFileSync(fdinfo, 'utf8'))?.[1];
    return flags !== undefined && (parseInt(flags, 8) & 3) !== 1;
  } catch {
    return false;
  }
}

function readLink(link: string): string | undefined {
  try {
    return fs.readlinkSync(link);
  } catch {
    return undefined;
  }
}

function isPipe(fd: number): boolean {
  try {
    return fs.fstatSync(fd).isFIFO();
  } catch {
    return false;
  }
}
