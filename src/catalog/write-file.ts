/** Atomic writes: a reader never sees half a file, and an unchanged file is not touched. */
import fs from 'node:fs';
import path from 'node:path';

/** Writes `text` to `file` through a temporary file and a rename; returns false if unchanged. */
export function writeFileAtomic(file: string, text: string): boolean {
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  return true;
}

/** Deterministic JSON: keys in natural order (`step-2` before `step-10`), two-space indent, trailing newline. */
export function stableJson(value: Record<string, string>): string {
  // Each key split into runs once, not once per comparison.
  const entries = Object.entries(value).map(([key, text]) => ({ key, text, runs: runsOf(key) }));
  entries.sort((a, b) => compareRuns(a.runs, b.runs));
  return `${JSON.stringify(Object.fromEntries(entries.map((e) => [e.key, e.text])), null, 2)}\n`;
}

/** Compares runs of digits as numbers and everything else by code unit: no locale data involved. */
export function naturalCompare(a: string, b: string): number {
  return compareRuns(runsOf(a), runsOf(b));
}

function runsOf(text: string): string[] {
  return text.match(/\d+|\D+/g) ?? [];
}

function compareRuns(pa: readonly string[], pb: readonly string[]): number {
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const numeric = /^\d/.test(x) && /^\d/.test(y);
    if (numeric && Number(x) !== Number(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}
