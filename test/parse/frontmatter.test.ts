/**
 * Front matter read without a YAML parse where it is plain `key: value` text: always what the
 * YAML parser (the oracle) gives, on every article of the fixtures and on random values.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { VFile } from 'vfile';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/parse/frontmatter.js';
import { FIXTURES, CONTENT } from '../helpers.js';

const read = (yaml: string) => readFrontmatter(`---\n${yaml}\n---\n# x\n`, new VFile());

describe('front matter', () => {
  it('reads what YAML reads, for every article of the fixtures and the bundled content', () => {
    let files = 0;
    for (const dir of [FIXTURES, CONTENT]) {
      for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
        const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
        const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
        if (yaml === undefined) continue;
        files++;
        expect(readFrontmatter(text, new VFile())).toEqual(YAML.parse(yaml) ?? {});
      }
    }
    expect(files).toBeGreaterThan(50);
  });

  it('reads what YAML reads for any value (fixed seed)', () => {
    const value = fc.string({ unit: fc.constantFrom(...[...'a1 .:-#"e0x+~tTrueNul/é', "'", '\\']), maxLength: 12 });
    fc.assert(
      fc.property(value, value, (a, b) => {
        const yaml = `ms.one: ${a}\nms.two: ${b}`;
        let expected: unknown;
        try {
          expected = YAML.parse(yaml) ?? {};
        } catch {
          return; // YAML refuses it: reported, as before
        }
        expect(read(yaml), yaml).toEqual(expected);
      }),
      { seed: 3, numRuns: 20_000 },
    );
  });
});
