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

/**
 * Removes what killed runs left in `dir`: the entries (files or folders) whose name `pattern`
 * matches with a process id (its first group) that is not running, and that are at least
 * `minAgeMs` old (a process of another PID namespace sharing the folder is not seen running).
 */
export function removeLeftovers(dir: string, pattern: RegExp, minAgeMs = 0): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match || processAlive(Number(match[1]))) continue;
    const entry = path.join(dir, name);
    try {
      if (minAgeMs === 0 || Date.now() - fs.statSync(entry).mtimeMs > minAgeMs) fs.rmSync(entry, { recursive: true, force: true });
    } catch {
      // Removed by another run meanwhile.
    }
  }
}
