import fs from 'node:fs'; import v8 from 'node:v8';
import { scanSegments } from '/work/main/dist/parse/scan-segments.js';
import { buildSkeleton } from '/work/main/dist/parse/skeleton.js';
const t = fs.readFileSync(process.argv[2], 'utf8'); const { segments } = scanSegments(t);
gc(); const h0 = v8.getHeapStatistics().used_heap_size; let t0 = performance.now();
const s = buildSkeleton(t, segments); console.log('build', (performance.now() - t0).toFixed(0), 'ms', ((v8.getHeapStatistics().used_heap_size - h0) / 1048576).toFixed(0), 'MB grown', s.text.length);
