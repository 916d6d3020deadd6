/**
 * Where the resources are when `--content` names the reader's own articles and `--locales` is not
 * given: the project's `./locales`, never the bundled ones (the built CLI, run from a project
 * folder, as a person runs it: the current folder is what decides).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { contentPath, ROOT, tempDir } from '../helpers.js';

const MAIN = path.join(ROOT, 'dist', 'bundle', 'main.cjs');
const BUNDLED = path.join(ROOT, 'locales', 'fr-FR', 'add-a-new-customer.json');

async function docflow(cwd: string, ...args: string[]) {
  return promisify(execFile)(process.execPath, [MAIN, ...args, '--no-cache'], { cwd, encoding: 'utf8' });
}

describe.skipIf(!fs.existsSync(MAIN))('--content without --locales', () => {
  it('reads and writes ./locales of the current folder: the bundled translations neither show over the reader\'s article nor take its strings', async () => {
    // The reader's article has a bundled article's name, and a title of its own.
    const project = tempDir();
    const article = fs.readFileSync(contentPath('fr-FR', 'add-a-new-customer'), 'utf8').replace('>Ajouter un client</span>', '>Ajouter un client chez nous</span>');
    fs.mkdirSync(path.join(project, 'docs', 'fr-FR'), { recursive: true });
    fs.writeFileSync(path.join(project, 'docs', 'fr-FR', 'add-a-new-customer.md'), article);
    const bundled = fs.readFileSync(BUNDLED, 'utf8');

    // Before: the bundled fr-FR file's title ("Ajouter un client") showed instead of the article's.
    const list = await docflow(project, 'list', '--content', 'docs', '--locale', 'fr-FR');
    expect(list.stdout).toContain('Ajouter un client chez nous');

    // Before: extract wrote the reader's strings into the installed package's locales/.
    const extract = await docflow(project, 'extract', '--content', 'docs');
    expect(extract.stdout).toContain(path.join(project, 'locales'));
    const written = JSON.parse(fs.readFileSync(path.join(project, 'locales', 'fr-FR', 'add-a-new-customer.json'), 'utf8')) as Record<string, string>;
    expect(written['title.103']).toBe('Ajouter un client chez nous');
    expect(fs.readFileSync(BUNDLED, 'utf8')).toBe(bundled);

    // A translator's edit there is what the next run shows.
    fs.writeFileSync(path.join(project, 'locales', 'fr-FR', 'add-a-new-customer.json'), JSON.stringify({ ...written, 'title.103': 'Nouveau client' }));
    expect((await docflow(project, 'list', '--content', 'docs', '--locale', 'fr-FR')).stdout).toContain('Nouveau client');
  });

  it('keeps the bundled locales for the bundled content, wherever it is run from', async () => {
    const elsewhere = tempDir();
    const list = await docflow(elsewhere, 'list', '--locale', 'zh-CN');
    expect(list.stdout).toContain('添加新客户');
    expect(fs.existsSync(path.join(elsewhere, 'locales'))).toBe(false);
  });
});
