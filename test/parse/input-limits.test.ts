/**
 * Articles docflow must refuse rather than choke on: binary content with a .md name, another
 * encoding, nesting that would overflow remark's recursion or run for minutes, sheer size. Each is
 * one fatal message at its place with a rule id, the parse ends at once, and the other articles
 * of a run are still read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { MAX_ARTICLE_CHARS, MAX_LINE_CHARS, MAX_NESTING } from '../../src/parse/input-limits.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { folderWith, memoryIo } from '../helpers.js';

const messages = (text: string) => parseDocument(text, { path: 'a.md' }).file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.fatal}`);

describe('input limits', () => {
  it('refuses binary content and text in another encoding, at the first bad byte', () => {
    expect(messages('# Title\n\nok\u0000\u0001\u0002')).toEqual(['3:3 not-text true']);
    const latin1 = Buffer.from(`# Café\n\n${'Voilà déjà où ça été. '.repeat(40)}`, 'latin1').toString('utf8');
    expect(messages(latin1)).toEqual(['1:6 not-text true']);
    // A stray byte in real text is text, read with a warning where it is.
    expect(messages('# Title\n\nA \uFFFD here.\n')).toEqual(['3:3 not-utf8 false']);
  });

  it('refuses quotes or lists nested deeper than the bound, quickly, where the nesting passes it', () => {
    const quotes = `# Deep\n\n${'>'.repeat(10_000)} deep\n`;
    expect(messages(quotes)).toEqual(['3:1 too-deep true']);
    const lists = `# Lists\n\n${Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- x\n`).join('')}`;
    expect(messages(lists)).toEqual([`${3 + MAX_NESTING}:1 too-deep true`]);
    // At the bound it is read.
    const deepest = `# Ok\n\n${Array.from({ length: MAX_NESTING }, (_, i) => `${'  '.repeat(i)}- x\n`).join('')}`;
    expect(messages(deepest)).toEqual([]);
  });

  it('refuses an article over the size bound up front, and one with a line over the line bound', () => {
    expect(messages('x'.repeat(MAX_ARTICLE_CHARS + 1))).toEqual(['1:1 too-large true']);
    expect(messages(`# Long\n\n1. ${'word **bold** '.repeat(MAX_LINE_CHARS / 10)}\n2. two\n`)).toEqual(['3:1 too-long-line true']);
  });

  it('refuses a front matter alias bomb with a warning at once, and reads 1 MB of front matter keys', () => {
    const levels = 'abcdefghi'.split('');
    const bomb = levels.map((name, i) => `${name}: &${name} [${Array.from({ length: 9 }, () => (i === 0 ? '"lol"' : `*${levels[i - 1]}`)).join(',')}]`).join('\n');
    expect(messages(`---\n${bomb}\ntitle: Bomb\n---\n# Bomb\n\n1. One.\n2. Two.\n`)).toEqual(['2:1 bad-frontmatter false']);
    const keys = Array.from({ length: 60_000 }, (_, i) => `key${i}: value ${i}`).join('\n');
    expect(keys.length).toBeGreaterThan(1_000_000);
    const { document, file } = parseDocument(`---\n${keys}\ntitle: Keys\n---\n# Keys\n\n1. One.\n2. Two.\n`, { path: 'a.md' });
    expect(file.messages).toEqual([]);
    expect(document.procedures[0]!.steps).toHaveLength(2);
  });

  it('reads a BOM, CRLF line endings and an empty file as text', () => {
    const { document, file } = parseDocument('\uFEFF# Title\r\n\r\n1. One\r\n2. Two\r\n', { path: 'a.md' });
    expect(file.messages).toEqual([]);
    expect(document.procedures[0]?.steps).toHaveLength(2);
    expect(parseDocument('', { path: 'empty.md' }).file.messages).toEqual([]);
  });

  it('extract reports the refused file, exit 1, and still writes the others', async () => {
    const dir = folderWith({
      'en-US/good.md': '# Good\n\n1. One.\n2. Two.\n',
      'en-US/evil.md': '# Evil\n\n1. a\n2. b\n\n' + '>'.repeat(5000) + ' x\n',
    });
    fs.writeFileSync(path.join(dir, 'en-US', 'binary.md'), Buffer.from([0x23, 0x20, 0x00, 0xff, 0xfe, 0x00, 0x10]));
    try {
      const m = memoryIo();
      const code = await runCli(['extract', '--content', dir, '--locales', path.join(dir, 'locales'), '--no-cache'], m.io);
      expect(code).toBe(1);
      expect(m.err()).toMatch(/evil\.md:6:1 error quotes and lists nested 5000 deep: docflow reads at most 64 levels docflow:too-deep/);
      expect(m.err()).toMatch(/binary\.md:1:3 error not a text file \(a NUL byte\).+ docflow:not-text/);
      expect(fs.existsSync(path.join(dir, 'locales', 'en-US', 'good.json'))).toBe(true);
      expect(m.err()).not.toContain('    at ');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
