/**
 * The bundle's Ink Output (scripts/ink-output-fast.mjs) lays out frames as Ink's own does: the
 * same text, for any writes and clips of styled, wide and combining characters.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script, plain JavaScript.
import { inkOutputFast } from '../../scripts/ink-output-fast.mjs';
// @ts-expect-error: a build script, plain JavaScript.
import { NARROW_BELOW } from '../../scripts/slice-ansi-narrow-fast.mjs';
import { dropWrapSpace } from '../../src/tui/components/Inline.js';
import { bundledText, importText } from '../bundled.js';
import { ROOT } from '../helpers.js';

interface Clip { x1?: number; x2?: number; y1?: number; y2?: number }
interface OutputLike {
  write(x: number, y: number, text: string, options: { transformers: ((line: string, index: number) => string)[] }): void;
  clip(clip: Clip): void;
  unclip(): void;
  get(): { output: string; height: number };
}
type Transformer = (line: string, index: number) => string;
type OutputClass = new (options: { width: number; height: number }) => OutputLike;

// What Ink's Text and docflow's Transform do to a line (styles wrapped around it, the space a wrap
// left at its start dropped), and what a Transform may do to its codes too.
const chalk = new Chalk({ level: 3 });
const TRANSFORMERS: Transformer[] = [dropWrapSpace, (line) => chalk.dim(line), (line) => chalk.bold(line), (line) => chalk.hex('#5f87ff')(line), (line) => chalk.bgBlue.underline(line), (line) => line.toUpperCase()];

const OUTPUT = path.join(ROOT, 'node_modules/ink/build/output.js');

describe("Ink's Output, rewritten for the first frame", async () => {
  const code = await bundledText(`export { default } from ${JSON.stringify(OUTPUT)};`, [inkOutputFast]);
  const Rewritten = (await importText<{ default: OutputClass }>(code)).default;
  const Original = ((await import(pathToFileURL(OUTPUT).href)) as { default: OutputClass }).default;

  it('is the rewritten class', () => {
    expect(code).toContain('row.push(BLANK)');
    expect(code).toContain('line.includes(');
  });

  it('counts every character of one code unit below U+1100 as one column, as string-width does', () => {
    const other: string[] = [];
    for (let unit = 0; unit < (NARROW_BELOW as number); unit++) {
      if (unit >= 0xd800 && unit <= 0xdfff) continue;
      if (Math.max(1, stringWidth(String.fromCharCode(unit))) !== 1) other.push(unit.toString(16));
    }
    expect(other).toEqual([]);
  });

  it('gives the frame Ink gives, for any writes inside and across any clips', () => {
    const codes = ['\u001B[1m', '\u001B[22m', '\u001B[2m', '\u001B[31m', '\u001B[39m', '\u001B[44m', '\u001B[49m', '\u001B[0m', '\u001B[4m', '\u001B[24m', '\u001B]8;;https://example.com\u0007', '\u001B]8;;\u0007'];
    const piece = fc.oneof(fc.constantFrom(...codes), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constantFrom('中文', 'é', 'e\u0301', ' ', '👍🏽', 'שלום', '─│', '\u10FF\u1100'));
    const text = fc.array(fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join('')), { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n'));
    const bound = fc.option(fc.integer({ min: -2, max: 24 }), { nil: undefined });
    const operation = fc.oneof(
      { weight: 4, arbitrary: fc.record({ type: fc.constant('write' as const), x: fc.nat(22), y: fc.nat(7), text, transformers: fc.subarray(TRANSFORMERS) }) },
      { weight: 1, arbitrary: fc.record({ type: fc.constant('clip' as const), clip: fc.record({ x1: bound, x2: bound, y1: bound, y2: bound }) }) },
      { weight: 1, arbitrary: fc.constant({ type: 'unclip' as const }) },
    );
    const frame = (Output: OutputClass, operations: unknown[]) => {
      const output = new Output({ width: 20, height: 6 });
      let open = 0;
      for (const step of operations as ({ type: 'write'; x: number; y: number; text: string; transformers: Transformer[] } | { type: 'clip'; clip: Clip } | { type: 'unclip' })[]) {
        if (step.type === 'write') output.write(step.x, step.y, step.text, { transformers: step.transformers });
        else if (step.type === 'clip') (output.clip(step.clip), open++);
        else if (open > 0) (output.unclip(), open--);
      }
      return output.get();
    };
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 10 }), (operations) => {
        expect(frame(Rewritten, operations)).toEqual(frame(Original, operations));
      }),
      { numRuns: 3000 },
    );
  });
});
