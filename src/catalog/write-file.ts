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
  const sorted = Object.fromEntries(Object.entries(value).sort(([a], [b]) => naturalCompare(a, b)));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/** Compares runs of digits as numbers and everything else by code unit: no locale data involved. */
export function naturalCompare(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
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
