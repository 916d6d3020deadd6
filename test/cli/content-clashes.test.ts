/**
 * Two `--content` folders holding one article in one locale: the first listed is used. Every
 * command says so, naming both files (docflow:same-article); extract refuses that article, since
 * its resources written from one file would put its strings over those the other gave.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { CONTENT, memoryIo, tempDir } from '../helpers.js';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { io, out, err } = memoryIo();
  const code = await runCli(args, io);
  return { code, out: out(), err: err() };
}

const SLUG = 'add-a-new-customer';

/** The bundled content, and a second folder with a newer French of one article (or the same bytes). */
function twoFolders(newer = true) {
  const first = tempDir();
  fs.cpSync(CONTENT, first, { recursive: true });
  const second = tempDir();
  fs.mkdirSync(path.join(second, 'fr-FR'));
  const text = fs.readFileSync(path.join(first, 'fr-FR', `${SLUG}.md`), 'utf8');
  fs.writeFileSync(path.join(second, 'fr-FR', `${SLUG}.md`), newer ? text.replace('Ajouter un nouveau client', 'Ajouter un client') : text);
  const folders = ['--content', first, '--content', second, '--locales', tempDir(), '--no-cache'];
  return { used: path.join(first, 'fr-FR', `${SLUG}.md`), unread: path.join(second, 'fr-FR', `${SLUG}.md`), folders };
}

describe('one article in one locale in two --content folders', () => {
  it('is warned of by every command that reads it, naming both files and the one used', async () => {
    const { used, unread, folders } = twoFolders();
    const said = `${unread}:1:1 warning ${SLUG} (fr-FR) is also ${used}, listed first: that file is used, this one is not read docflow:same-article`;
    const commands = [['status', SLUG], ['lint', SLUG], ['list'], ['export', '--locale', 'fr-FR', '--out', tempDir()], ['apply', '--locale', 'fr-FR'], ['checklist', SLUG], ['run', SLUG], ['glossary'], ['graph', SLUG]];
    for (const command of commands) {
      const run = await cli(...command, ...folders);
      expect(run.err, command.join(' ')).toContain(said);
      expect(run.code, command.join(' ')).not.toBe(2);
    }
  });

  it('is not extracted, an error naming both files, while the other articles are', async () => {
    const { used, unread, folders } = twoFolders();
    const locales = folders[folders.indexOf('--locales') + 1]!;
    const run = await cli('extract', ...folders);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`${unread}:1:1 error ${SLUG} (fr-FR) is also ${used}, listed first: ${SLUG} is not extracted, as one file's strings would be written over the other's; keep one of them docflow:same-article`);
    expect(run.err).not.toContain('warning');
    expect(fs.existsSync(path.join(locales, 'fr-FR', `${SLUG}.json`))).toBe(false);
    expect(fs.existsSync(path.join(locales, 'zh-CN', `${SLUG}.json`))).toBe(false);
    expect(fs.existsSync(path.join(locales, 'fr-FR', 'billing.json'))).toBe(true);
    // In JSON, among the problems; and named alone, nothing written.
    const json = await cli('extract', SLUG, '--format', 'json', ...folders);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out).problems).toEqual([expect.objectContaining({ file: unread, ruleId: 'docflow:same-article' })]);
    // Another article named: its extract is not held up.
    expect((await cli('extract', 'billing', ...folders)).code).toBe(0);
  });

  it('says nothing of two copies of the same bytes (the same folder given twice): they are one article', async () => {
    const { folders } = twoFolders(false);
    const extract = await cli('extract', ...folders);
    expect(extract.code).toBe(0);
    expect(extract.err).toBe('');
    const status = await cli('status', ...folders);
    expect(status.err).toBe('');
    expect((await cli('status', '--content', CONTENT, '--content', CONTENT, '--no-cache')).err).toBe('');
  });
});
