import fs from 'node:fs';
import v8 from 'node:v8';
import { parseDocument } from '../dist/parse/parse-document.js';
const mb = () => { gc(); gc(); return (process.memoryUsage().heapUsed / 1e6).toFixed(1); };
console.log('start', mb());
const text = fs.readFileSync(process.argv[2], 'utf8');
console.log('text', mb(), text.length);
let r = parseDocument(text, { path: process.argv[2] });
console.log('parsed', mb(), r.document.segments.length);
const segs = r.document.segments;
r.file = null;
console.log('no file', mb());
r.document.procedures = []; r.document.intro = []; r.document.links = []; r.document.images = []; r.document.notes = [];
console.log('segments only', mb());
for (const s of segs) { s.targetRange = null; s.sourceRange = null; }
console.log('no ranges', mb());
for (const s of segs) { s.id = null; }
console.log('no ids', mb());
for (const s of segs) { s.source = null; s.target = null; }
console.log('no strings', mb());
const stats = v8.getHeapSpaceStatistics().map((s) => `${s.space_name}:${(s.space_used_size / 1e6).toFixed(1)}`).join(' ');
console.log(stats);
