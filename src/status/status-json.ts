/**
 * `status --format json` as it comes: the bytes `JSON.stringify(report, null, 2)` gives, made an
 * article at a time. Rows are written as they come; the totals after them (summed on the way);
 * the sentences, which come with each article's rows but are listed after the totals, wait in a
 * spill file (spill-lines.ts), so no part of the report is held whole.
 */
import { jsonArrayChunks } from '../catalog/json-chunks.js';
import type { MatrixPart } from '../catalog/matrix-part.js';
import type { StatusItem, StatusPart } from '../catalog/status.js';
import { SpillLines } from '../runtime/spill-lines.js';
import type { StatusSummary } from './status-summary.js';

/**
 * Feeds `summary` every part as it writes it (made with `limit: 0`, it holds nothing of them): its
 * totals and problems are whole once the pieces are.
 */
export function* statusJsonPieces(parts: Iterable<StatusPart>, summary: StatusSummary, matrix?: MatrixPart): Generator<string> {
  const items = new SpillLines();
  try {
    yield '{\n  "rows": ';
    yield* jsonArrayChunks(rowsOf(parts, summary, items), '  ');
    yield ',\n  "totals": ';
    yield* jsonArrayChunks(summary.totals(), '  ');
    yield ',\n  "items": ';
    yield* jsonArrayChunks(itemsOf(items), '  ');
    yield ',\n  "problems": ';
    yield* jsonArrayChunks(summary.problems, '  ');
    // A part of a CI matrix says what it was run on: merge joins only the parts of one matrix.
    for (const [key, value] of Object.entries(matrix ?? {})) yield `,\n  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replaceAll('\n', '\n  ')}`;
    yield '\n}\n';
  } finally {
    items.close();
  }
}

function* rowsOf(parts: Iterable<StatusPart>, summary: StatusSummary, items: SpillLines): Generator<unknown> {
  for (const part of parts) {
    summary.add(part);
    yield* part.rows;
    for (const item of part.items) items.add(JSON.stringify(item));
  }
}

function* itemsOf(items: SpillLines): Generator<StatusItem> {
  for (const line of items.lines()) yield JSON.parse(line) as StatusItem;
}
