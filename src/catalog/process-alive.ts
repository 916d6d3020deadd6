import fs from 'node:fs';
import path from 'node:path';

/** Whether a process id is running (on this machine): what tells a lock or a temporary file left by a killed run. */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A test of names for removeLeftovers: those `pattern` matches with a process id (its first group) that is not running. */
export function ofGoneProcess(pattern: RegExp): (name: string) => boolean {
  return (name) => {
    const match = pattern.exec(name);
    return match !== null && !processAlive(Number(match[1]));
  };
}

/**
 * Removes what earlier runs left in `dir`: the entries (files or folders) `leftover` names, at
 * least `minAgeMs` old. Quietly: what another run removed meanwhile, or a folder that cannot be
 * read, is no error.
 */
export function removeLeftovers(dir: string, leftover: (name: string) => boolean, minAgeMs = 0): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!leftover(name)) continue;
    const entry = path.join(dir, name);
    try {
      if (minAgeMs === 0 || Date.now() - fs.statSync(entry).mtimeMs > minAgeMs) fs.rmSync(entry, { recursive: true, force: true });
    } catch {
      // Removed by another run meanwhile.
    }
  }
}
