/**
 * A pseudo-locale is no translation: status leaves it out of its rows and totals and says so,
 * where it showed as a language at 100%, every sentence edited.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { CONTENT, memoryIo, tempDir } from '../helpers.js';

const root = tempDir();
const content = path.join(root, 'content');
const locales = path.join(root, 'locales');
fs.cpSync(CONTENT, content, { recursive: true });

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function cli(...args: string[]) {
  const m = memoryIo();
  const code = await runCli([...args, '--content', content, '--locales', locales], m.io);
  return { code, out: m.out(), err: m.err() };
}

describe('status after docflow pseudo', () => {
  it('leaves the pseudo-locale out of rows and totals (text, JSON, HTML), says so, and counts it when asked for by name', async () => {
    expect((await cli('pseudo')).code).toBe(0);

    const text = await cli('status');
    expect(text.out).toContain('2 locales');
    expect(text.out).not.toContain('qps-Ploc');
    expect(text.err).toContain('qps-Ploc is a pseudo-locale (docflow pseudo), not a translation: left out (--locale qps-Ploc counts it)');

    const json = JSON.parse((await cli('status', '--format', 'json')).out) as { rows: { locale: string }[]; totals: { locale: string }[] };
    expect(json.totals.map((t) => t.locale)).toEqual(['fr-FR', 'zh-CN']);
    expect(json.rows.some((r) => r.locale === 'qps-Ploc')).toBe(false);

    const page = path.join(root, 'status.html');
    await cli('status', '--format', 'html', '--out', page);
    expect(fs.readFileSync(page, 'utf8')).not.toContain('qps-Ploc');

    const asked = await cli('status', '--locale', 'qps-Ploc');
    expect(asked.out).toMatch(/qps-Ploc\s+(\d+)\s+\1\s/);
    expect(asked.err).not.toContain('left out');
  });
});
