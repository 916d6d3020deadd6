import fs from 'node:fs';
import path from 'node:path';
import { scanSegments } from '../dist/parse/scan-segments.js';
import { buildSkeleton } from '../dist/parse/skeleton.js';
import { fromMarkdown } from 'mdast-util-from-markdown';
const dir = process.argv[2];
const files = fs.readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.md')).map((f) => path.join(dir, f));
const rows = [];
for (const f of files) { const t = fs.readFileSync(f, 'utf8'); const { segments } = scanSegments(t); const s = (segments.length ? buildSkeleton(t, segments).text : t).replace(/^---\n[\s\S]*?\n---\n/, ''); fromMarkdown(s); const t0 = performance.now(); for (let i = 0; i < 3; i++) fromMarkdown(s); rows.push([(performance.now() - t0) / 3, s.length, f]); }
rows.sort((a, b) => b[0] - a[0]);
for (const r of rows.slice(0, 10)) console.log(r[0].toFixed(1), 'ms', r[1], 'chars', (r[0] * 1000 / r[1]).toFixed(2), 'us/char', r[2].split('/').slice(-2).join('/'));
const tot = rows.reduce((a, r) => a + r[0], 0); console.log('total', tot.toFixed(0), 'top10', rows.slice(0, 10).reduce((a, r) => a + r[0], 0).toFixed(0));
