/**
 * A long article's resource file (past a megabyte) is merged into the reader's strings a run at
 * a time, never made whole. What the reader sees must be what reading it whole and merging it
 * gives (the oracle, written here with JSON.parse and a plain key-by-key merge): the file's
 * strings over the article's own, new keys added, `__proto__` and `constructor` left out as
 * i18next leaves them. A file that breaks halfway leaves nothing of its first half behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n, loadNamespaces } from '../../src/catalog/i18n.js';
import { folderWith } from '../helpers.js';

const COUNT = 30_000;
/** The article's own French: what the content says, under the files. */
const own = () => Object.fromEntries(Array.from({ length: COUNT }, (_, i) => [`s.${i}`, `Sélectionnez **Enregistrer** ${i} “中文”`]));
/** Its file in locales/: most strings as the article says them, every tenth edited, some new. */
const file = () => {
  const strings: Record<string, string> = {};
  for (let i = 0; i < COUNT; i++) strings[`s.${i}`] = i % 10 === 0 ? `Choisissez **Enregistrer** ${i} \\ "cité"` : `Sélectionnez **Enregistrer** ${i} “中文”`;
  for (let i = 0; i < 50; i++) strings[`new.${i}`] = `nouveau ${i}`;
  return strings;
};
/** The file's text, with a `__proto__` and a `constructor` key written in it. */
const fileText = (strings: Record<string, string>) => JSON.stringify(strings, null, 2).replace(/^\{/, '{\n  "__proto__": "piège",\n  "constructor": "piège",');

/** What the reader should see: the article's strings, then the file's over them, key by key. */
function oracle(text: string): Record<string, string> {
  const merged = own();
  const parsed = JSON.parse(text) as Record<string, unknown>;
  for (const key of Object.keys(parsed)) if (key !== '__proto__' && key !== 'constructor' && typeof parsed[key] === 'string') merged[key] = parsed[key];
  return merged;
}

function load(dir: string, given = false) {
  const i18n = createI18n('fr-FR');
  const problems: string[] = [];
  const content = new Map([['fr-FR', own()]]);
  loadNamespaces(i18n, dir, ['long'], { fromContent: () => content, report: (problem) => problems.push(problem), given });
  const bundle = i18n.store.data['fr-FR']!['long'] as Record<string, string>;
  return { i18n, bundle, problems };
}

describe('a long resource file loaded for a reader', () => {
  it('gives the strings reading it whole gives, in the same order, with or without the article’s own strings handed over', () => {
    const text = fileText(file());
    expect(Buffer.byteLength(text)).toBeGreaterThan(1 << 20);
    const dir = folderWith({ 'fr-FR/long.json': text });
    for (const given of [false, true]) {
      const { i18n, bundle, problems } = load(dir, given);
      expect(problems).toEqual([]);
      expect(JSON.stringify(bundle)).toBe(JSON.stringify(oracle(text)));
      expect(Object.getPrototypeOf(bundle)).toBe(Object.prototype);
      expect(i18n.t('long:s.10')).toBe('Choisissez **Enregistrer** 10 \\ "cité"');
      expect(i18n.t('long:s.11')).toBe('Sélectionnez **Enregistrer** 11 “中文”');
      expect(i18n.t('long:new.3')).toBe('nouveau 3');
    }
  });

  it('tells the store’s listeners (the terminal UI draws again)', () => {
    const dir = folderWith({ 'fr-FR/long.json': fileText(file()) });
    const i18n = createI18n('fr-FR');
    const added: string[] = [];
    i18n.store.on('added', (locale: string, namespace: string) => added.push(`${locale}/${namespace}`));
    loadNamespaces(i18n, dir, ['long']);
    expect(added).toContain('fr-FR/long');
  });

  it('that breaks near its end leaves none of its first runs merged: the article’s own strings show, and the reader is told where', () => {
    const text = fileText(file());
    const broken = text.replace('"s.29000"', '"s.29000" 1');
    const dir = folderWith({ 'fr-FR/long.json': broken });
    const { bundle, problems } = load(dir);
    expect(JSON.stringify(bundle)).toBe(JSON.stringify(own()));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/long\.json:\d+:\d+.*not valid JSON.*docflow:bad-resource/);
  });

  it('with a value that is not a string keeps its other strings, as a short file does, and says which', () => {
    const strings = file();
    const text = fileText(strings).replace(/"s\.29001": "[^"]*"/, '"s.29001": 42');
    const dir = folderWith({ 'fr-FR/long.json': text });
    const { bundle, problems } = load(dir);
    expect(JSON.stringify(bundle)).toBe(JSON.stringify(oracle(text)));
    expect(bundle['s.29001']).toBe(own()['s.29001']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/“s\.29001” is a number, not a string: left out/);
    expect(fs.readFileSync(path.join(dir, 'fr-FR', 'long.json'), 'utf8')).toBe(text);
  });
});
