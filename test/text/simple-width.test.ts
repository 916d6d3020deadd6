/**
 * The width the bundle gives Ink for text of simple characters, without string-width: every
 * such character, alone and in text with colours, as each string-width version installed here
 * measures it (the bundle puts simple-width in front of each of them).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SIMPLE_RANGES, simpleWidth } from '../../src/text/simple-width.js';

type StringWidth = (text: string) => number;

/** Every string-width package under node_modules, with its major version. */
function installed(): { major: number; where: string }[] {
  return fs
    .readdirSync('node_modules', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(`string-width${path.sep}package.json`))
    .map((file) => ({ where: path.dirname(path.join('node_modules', file)), pkg: JSON.parse(fs.readFileSync(path.join('node_modules', file), 'utf8')) }))
    .filter(({ pkg }) => pkg.name === 'string-width')
    .map(({ where, pkg }) => ({ where, major: Number(String(pkg.version).split('.')[0]) }));
}

const charsOf = (ranges: string) => {
  const pattern = new RegExp(`^[${ranges}]$`);
  const out: string[] = [];
  for (let code = 0; code < 0x10000; code++) if (pattern.test(String.fromCharCode(code))) out.push(String.fromCharCode(code));
  return out;
};

describe('simple text widths', () => {
  const versions = installed();

  it('finds the string-width versions the bundle wraps', () => {
    expect(versions.map((v) => v.major)).toEqual(expect.arrayContaining([7, 8]));
  });

  it.each(versions)('gives what string-width $major ($where) gives, character by character and in text', async ({ where, major }) => {
    const stringWidth = ((await import(pathToFileURL(path.resolve(where, 'index.js')).href)) as { default: StringWidth }).default;
    const textEmojiNarrow = major >= 8;
    const chars = [...charsOf(SIMPLE_RANGES.narrow), ...charsOf(SIMPLE_RANGES.wide), ...charsOf(SIMPLE_RANGES.textEmoji)];
    const wrong = chars.filter((char) => simpleWidth(char, textEmojiNarrow) !== stringWidth(char));
    expect(wrong).toEqual([]);
    const colour = fc.constantFrom('\u001B[1m', '\u001B[22m', '\u001B[38;5;208m', '\u001B[39m', '\u001B[m');
    const piece = fc.oneof(fc.constantFrom(...chars), colour, fc.constantFrom('\u0301', '\u200D', '😀', '\t', '\u001B]8;;x\u0007', '\u05B8'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const width = simpleWidth(text, textEmojiNarrow);
        if (width !== undefined) expect(width).toBe(stringWidth(text));
      }),
      { seed: 3, numRuns: 5000 },
    );
  });

  it('leaves marks, emoji, joiners and other escape sequences to string-width', () => {
    for (const text of ['e\u0301', '👍', 'a\u200Db', 'שָׁלוֹם', '\u001B]8;;https://x\u0007link', 'a\tb']) expect(simpleWidth(text)).toBeUndefined();
    expect(simpleWidth('\u001B[1mAdd customer\u001B[22m')).toBe(12);
    expect(simpleWidth('添加客户 ─ Étape')).toBe(16);
  });
});
