// Side-by-side benchmark: docflow's parsing paths against bare remark-parse (+gfm, +frontmatter)
// on the same files, measured in the same run. Prints medians and ratios to that baseline.
// usage: npm run build && npm run bench:parse [-- <folder> [rounds]]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDocument } from '../dist/parse/parse-document.js';
import { scanSegments } from '../dist/parse/scan-segments.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const folder = process.argv[2] ?? path.resolve(here, '..', '..', 'shared', 'corpus', 'partner-center-pr.fr-fr');
const rounds = Number(process.argv[3] ?? 5);
if (!fs.existsSync(folder)) {
  console.error(`bench: ${folder} not found (pass a folder of .md files)`);
  process.exit(2);
}
const files = fs
  .readdirSync(folder, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.md'))
  .map((e) => fs.readFileSync(path.join(e.parentPath, e.name), 'utf8'));
const bytes = files.reduce((sum, text) => sum + Buffer.byteLength(text), 0);

const bare = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
const contenders = {
  'bare remark-parse (baseline)': (text) => bare.parse(text),
  'docflow scan (strings only)': (text) => scanSegments(text),
  'docflow parse (skeleton + structure)': (text) => parseDocument(text, { path: 'bench.md' }),
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const times = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
for (let round = 0; round < rounds; round++) {
  // Interleave contenders so load on the shared machine hits them alike.
  for (const [name, run] of Object.entries(contenders)) {
    globalThis.gc?.();
    const start = performance.now();
    for (const text of files) run(text);
    times[name].push(performance.now() - start);
  }
}

const baseline = median(times['bare remark-parse (baseline)']);
console.log(`${files.length} files, ${(bytes / 1e6).toFixed(1)} MB, ${rounds} rounds, medians (node ${process.version})`);
for (const [name, values] of Object.entries(times)) {
  const ms = median(values);
  const ratio = baseline / ms;
  console.log(`${name.padEnd(40)} ${ms.toFixed(0).padStart(7)} ms  ${(bytes / 1e6 / (ms / 1000)).toFixed(1).padStart(6)} MB/s  ${ratio.toFixed(2)}× baseline`);
}
