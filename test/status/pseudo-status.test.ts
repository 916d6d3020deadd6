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

  it('asked for by name, counts a sentence done when it is the pseudo-text of the English now, stale once the English changes, and none of them edited', async () => {
    expect((await cli('pseudo')).code).toBe(0);
    type Row = { translated: number; stale: number; untranslated: number; origins: Record<string, number> };
    const status = async () => {
      const { out, err } = await cli('status', 'add-a-new-customer', '--locale', 'qps-Ploc', '--format', 'json');
      const json = JSON.parse(out) as { rows: Row[]; items: { key: string; state: string }[] };
      return { row: json.rows[0]!, items: json.items, err };
    };
    const fresh = await status();
    // It said 14 of 14 “edited”, as if a person had written them in locales/.
    expect(fresh.row).toMatchObject({ translated: 14, stale: 0, untranslated: 0, origins: { HT: 0, MT: 0, hand: 0, xliff: 0 } });
    expect(fresh.err).toContain('qps-Ploc is a pseudo-locale (docflow pseudo): a sentence is done when it is the pseudo-text of the English now, stale when the English changed since (run docflow pseudo again)');
    // The English of a step changes in the articles: its pseudo-text is of the old English (it stayed “done”).
    for (const locale of ['fr-FR', 'zh-CN']) {
      const file = path.join(content, locale, 'add-a-new-customer.md');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('check your entries for accuracy.', 'check every entry.'));
    }
    const changed = await status();
    expect(changed.row).toMatchObject({ translated: 13, stale: 1, untranslated: 0 });
    expect(changed.items).toEqual([expect.objectContaining({ key: 'proc-1.step-4.113', state: 'stale' })]);
    // pseudo again: done again.
    expect((await cli('pseudo')).code).toBe(0);
    expect((await status()).row).toMatchObject({ translated: 14, stale: 0 });
  });
});
