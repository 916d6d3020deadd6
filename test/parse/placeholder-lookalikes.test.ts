/**
 * The skeleton's placeholders (`<`, a private-use character, a number, `>`) against an article
 * that writes the same shape itself, outside its pairs: it stays the article's text. It was read
 * as pair 1, and a step showed another sentence's words (or docflow stopped with an internal
 * error where no pair had that number).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { placeholderMark } from '../../src/parse/skeleton.js';
import { folderWith, memoryIo, sxsPair } from '../helpers.js';

const pair = (id: number, fr: string, en: string) => sxsPair(id, fr, en, 'bb222');
const ARTICLE = [
  '---',
  'title: Codes',
  '---',
  `# ${pair(101, 'Codes', 'Codes')}`,
  '',
  `1. ${pair(102, 'Ouvrez **Paramètres**.', 'Open **Settings**.')}`,
  '2. Tapez <\uE0001> tel quel.',
  '3. Écrivez &lt;&#xE000;7> ici.',
  '',
].join('\n');

describe('text shaped like a placeholder', () => {
  const dir = folderWith({ 'fr-FR/codes.md': ARTICLE });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is shown as written in its step, not as another sentence', async () => {
    const m = memoryIo();
    expect(await runCli(['run', 'codes', '--plain', '--locale', 'fr-FR', '--content', dir, '--locales', path.join(dir, 'locales'), '--no-cache'], m.io)).toBe(0);
    expect(m.err()).toBe('');
    const [, two, three] = m.out().split(/\n\n/).filter((part) => part.startsWith('Étape'));
    expect(two).toBe('Étape 2 sur 3\n  Tapez <\uE0001> tel quel.');
    expect(three).toBe('Étape 3 sur 3\n  Écrivez <\uE0007> ici.');
  });

  it('leaves its pairs another mark', () => {
    expect(placeholderMark('no private use here')).toBe('\uE000');
    expect(placeholderMark('a \uE000 alone, a <\uE001')).toBe('\uE000');
    expect(placeholderMark('<\uE000 &lt;&#xE001; &#60;&#57346; <&#xe003;')).toBe('\uE004');
  });

  it('refuses, at its start and with a rule id, an article that leaves no mark free', () => {
    let taken = '';
    for (let code = 0xe000; code <= 0xf8ff; code++) taken += `<${String.fromCharCode(code)}`;
    const { document, file } = parseDocument(`${taken}\n\n1. ${pair(101, 'Un', 'One')}\n2. Deux\n`, { path: 'all.md', locale: 'fr-FR' });
    expect(file.messages.map((m) => [m.line, m.column, m.ruleId, m.fatal])).toEqual([[1, 1, 'private-use', true]]);
    expect(document.segments).toEqual([]);
  });
});
