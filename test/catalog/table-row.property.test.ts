/**
 * apply asks whether a sentence is on a table row (a bare `|` would end its cell). The file is
 * read a block at a time and only its rows' ranges kept: it must answer, for every offset and
 * however the text is cut into pieces, what reading the line around the offset in the whole text
 * answers.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { identifierRows, isTableRow, rowLines, tableRows } from '../../src/catalog/table-row.js';

/** The line around an offset in the whole text, as apply first read it. */
function onRowWhole(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return isTableRow(text.slice(start, end === -1 ? text.length : end));
}

const bit = fc.constantFrom('|', '\\|', '\\\\|', '\n', '\r\n', ' ', 'a', 'é', '😀', '<span data-ttu-id="1">', '<span>', '</span>', 'x | y', '<span>a|b</span>');
const text = fc.array(bit, { maxLength: 30 }).map((bits) => bits.join(''));

/** The text cut at the given places (sorted, deduplicated), as blocks come. */
function cut(value: string, at: number[]): string[] {
  const places = [...new Set(at.map((n) => n % (value.length + 1)))].sort((a, b) => a - b);
  return [...places, value.length].map((end, i) => value.slice(i === 0 ? 0 : places[i - 1], end));
}

describe('table rows', () => {
  it('answers for every offset what the line around it in the whole text answers, however the text is cut', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), (value, at) => {
        const rows = rowLines(cut(value, at));
        for (let offset = 0; offset <= value.length; offset++) expect(rows.has(offset), `offset ${offset} of ${JSON.stringify(value)}`).toBe(onRowWhole(value, offset));
      }),
      { numRuns: 3000 },
    );
  });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docflow-table-rows-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads a file across its blocks: a row past the first 64 KB, with characters beyond Latin-1 before it', () => {
    const before = 'Étape 😀 un.\n'.repeat(8000);
    const row = '| <span data-ttu-id="1">Nom</span> | <span data-ttu-id="2">Valeur</span> |';
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, `${before}${row}\nAprès | dans <span>une | paire</span>.\n<span>a | b</span>\n`);
    const onRow = tableRows(file);
    const text = fs.readFileSync(file, 'utf8');
    const cell = text.indexOf('Valeur');
    expect(onRow(cell)).toBe(true);
    expect(onRow(text.indexOf('Étape', before.length - 20))).toBe(false);
    expect(onRow(text.indexOf('Après'))).toBe(true);
    expect(onRow(text.indexOf('<span>a'))).toBe(false);
  });

  it('finds the offer rows of a file across its blocks, numbered as its lines are: each line answers what a file of it alone answers', () => {
    const guid = 'b8baa3b8-1c6f-4c6d-9b47-0a1f2e3d4c5b';
    const pair = (n: number, text: string) => `<span data-ttu-id="ab123-${n}">${text}</span><span class="sxs-lookup"><span data-stu-id="ab123-${n}">${text}</span></span>`;
    const kinds = [
      `| ${pair(1, 'Microsoft Teams Calling Essentials for US and Canada for faculty')} | ${guid} |`,
      `| ${pair(2, 'Nom de l’offre 😀')} | ${pair(3, guid)} |`,
      `Le GUID ${guid} dans une phrase.`,
      `<span>${guid} | ${guid}</span>`,
      '| Étape | Valeur |',
      `${guid} | Offre`,
    ];
    // Long lines of characters beyond Latin-1, so that rows and line ends fall across the 64 KB blocks, with LF and CRLF ends.
    const lines = Array.from({ length: 1200 }, (_, i) => (i % 7 === 0 ? kinds[(i / 7) % kinds.length]! : `Étape ${i} 😀 ${'é'.repeat(i % 97)}`));
    const text = lines.map((line, i) => `${line}${i % 3 === 0 ? '\r\n' : '\n'}`).join('');
    expect(Buffer.byteLength(text)).toBeGreaterThan(2 * 65536);
    const file = path.join(dir, 'offers.md');
    fs.writeFileSync(file, text);
    const inRow = identifierRows(file);
    const alone = path.join(dir, 'line.md');
    const answers = lines.map((line, i) => {
      fs.writeFileSync(alone, `${line}${i % 3 === 0 ? '\r' : ''}`);
      return [inRow(i + 1), identifierRows(alone)(1)];
    });
    expect(answers.filter(([big, one]) => big !== one)).toEqual([]);
    // The offer rows are those of the first two kinds and the last (a pair's GUID, or a cell of it alone, on a table row).
    const offers = lines.flatMap((line, i) => ([0, 1, 5].some((kind) => line === kinds[kind]) ? [i + 1] : []));
    expect(offers.length).toBeGreaterThan(80);
    expect(lines.flatMap((_, i) => (inRow(i + 1) ? [i + 1] : []))).toEqual(offers);
    expect(inRow(0)).toBe(false);
    expect(inRow(lines.length + 1)).toBe(false);
    expect(identifierRows(path.join(dir, 'missing.md'))(1)).toBe(false);
  });
});
