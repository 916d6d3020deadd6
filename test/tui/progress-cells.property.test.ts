/**
 * The progress bar's cells (progress-cells.ts): a cell a step while they fit, else each a share
 * of the steps, never wider than the room (or a few cells), begun from the first step and full
 * only at the last. Oracle: these properties over every size, not the function's own arithmetic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barCells } from '../../src/tui/components/progress-cells.js';

describe('a progress bar', () => {
  it('fits its room, grows with the step, shows the first step begun and only the last one done', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: -10, max: 200 }), fc.double({ min: 0, max: 1, noNaN: true }), (total, room, where) => {
        const current = Math.max(1, Math.ceil(where * total));
        const { filled, empty } = barCells(current, total, room);
        const cells = filled + empty;
        expect(cells).toBe(Math.min(total, Math.max(5, room)));
        if (total <= Math.max(5, room)) expect([filled, empty]).toEqual([current, total - current]);
        expect(filled).toBeGreaterThanOrEqual(1);
        expect(empty === 0).toBe(current === total);
        if (current < total) expect(barCells(current + 1, total, room).filled).toBeGreaterThanOrEqual(filled);
      }),
      { numRuns: 5000 },
    );
  });
});
