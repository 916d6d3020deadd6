import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listContent } from '../../src/catalog/content.js';
import { LocaleListing, localesWith, messageRuns, readMessages, resourcePath } from '../../src/catalog/locale-files.js';
import { fileKeyLines, keyLines } from '../../src/catalog/key-lines.js';
import { readProvenance, valueHash } from '../../src/catalog/provenance.js';
import { folderWith } from '../helpers.js';

describe('which locales have an article’s resources', () => {
  const dir = folderWith({
    'en-US/Archive/old.json': '{}',
    'en-US/new.json': '{}',
    'fr-fr/Archive/old.json': '{}',
    'zh-CN/new.json': '{}',
    'zh-CN/Archive/other.json': '{}',
    'de-DE/.keep': '',
    '_docflow/obsolete/fr-FR/new.json': '{}',
    'notes.txt': 'not a locale',
  });

  it('answers from one reading of the folder what a stat of each file answers, nested names and any folder casing', () => {
    const listing = new LocaleListing(dir);
    for (const namespace of ['Archive/old', 'new', 'Archive/other', 'missing', 'Archive']) {
      expect(listing.localesWith(namespace), namespace).toEqual(localesWith(dir, namespace));
    }
    expect(listing.localesWith('Archive/old')).toEqual(['en-US', 'fr-FR']);
    expect(listing.localesWith('new')).toEqual(['en-US', 'zh-CN']);
    expect([...listing.folders.keys()]).toEqual(['de-DE', 'en-US', 'fr-FR', 'zh-CN']);
    for (const locale of [...listing.folders.keys(), 'it-IT']) {
      for (const namespace of ['Archive/old', 'new', 'Archive/other', 'missing', 'Archive']) {
        expect(listing.has(locale, namespace), `${locale} ${namespace}`).toBe(fs.existsSync(resourcePath(dir, locale, namespace)));
      }
    }
  });

  it('has no locales where there is no folder', () => {
    expect(new LocaleListing(path.join(dir, 'none')).localesWith('new')).toEqual([]);
  });
});

describe('content listed from a folder given with a trailing separator', () => {
  it('names articles and files as without it', () => {
    const dir = folderWith({ 'fr-FR/deep/er/x.md': '# X\n', 'fr-FR/y.md': '# Y\n' });
    const plain = listContent(dir);
    const slashed = listContent(dir + path.sep);
    expect([...slashed.articles.keys()]).toEqual(['deep/er/x', 'y']);
    expect(slashed.articles.get('deep/er/x')!.get('fr-FR')!.path).toBe(plain.articles.get('deep/er/x')!.get('fr-FR')!.path);
  });
});

describe('a locale’s resource file as read', () => {
  it('keeps every string under its key, __proto__ and toString too, and leaves out what is not a string with a warning at its line', () => {
    const dir = folderWith({ 'fr-FR/a.json': '{\n  "__proto__": "gardé",\n  "toString": "aussi",\n  "step.1": "Un",\n  "step.2": 2,\n  "step.3": null\n}\n' });
    const warnings: string[] = [];
    const messages = readMessages(path.join(dir, 'fr-FR', 'a.json'), (problem) => warnings.push(problem));
    expect(Object.keys(messages)).toEqual(['__proto__', 'toString', 'step.1']);
    expect(messages['__proto__']).toBe('gardé');
    expect(Object.getPrototypeOf(messages)).toBe(Object.prototype);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/a\.json:5:.*“step\.2” is a number, not a string: left out docflow:bad-resource/);
    expect(warnings[1]).toMatch(/a\.json:6:.*“step\.3” is null/);
  });

  it('says where a key is written twice (JSON.parse keeps the last in silence): the file’s error when docflow rewrites it, else a warning', () => {
    const twice = '{\n  "step.1": "Mon édition",\n  "step.1": "Un",\n  "step.2": "Deux \\":"\n}\n';
    const dir = folderWith({ 'fr-FR/twice.json': twice, 'fr-FR/colons.json': '{\n  "step.1": "a \\": b",\n  "step.2": "c"\n}\n' });
    const file = path.join(dir, 'fr-FR', 'twice.json');
    const warnings: string[] = [];
    expect(() => readMessages(file, undefined, undefined, true)).toThrow(/twice\.json:3:1 error “step\.1” is written twice, on lines 2 and 3: keep the one meant docflow:bad-resource/);
    expect(readMessages(file, (problem) => warnings.push(problem))).toEqual({ 'step.1': 'Un', 'step.2': 'Deux ":' });
    expect(warnings).toEqual([expect.stringMatching(/twice\.json:3:1 warning “step\.1” is written twice, on lines 2 and 3: the last is read docflow:bad-resource/)]);
    expect(readMessages(path.join(dir, 'fr-FR', 'colons.json'), undefined, undefined, true)).toEqual({ 'step.1': 'a ": b', 'step.2': 'c' });
  });

  it('reads a long file (past a megabyte, read in runs from the file) as JSON.parse reads it whole, and says where a broken one breaks', () => {
    const long = Object.fromEntries(Array.from({ length: 30_000 }, (_, i) => [`step.${i}`, `Sélectionnez **Mettre à jour** ${i} “中文” \\ "cité"`]));
    const text = `${JSON.stringify(long, null, 2)}\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(1 << 20);
    const broken = text.replace('"step.29000"', '"step.29000" 1');
    const dir = folderWith({ 'fr-FR/long.json': text, 'fr-FR/broken.json': broken });
    expect(JSON.stringify(readMessages(path.join(dir, 'fr-FR', 'long.json')))).toBe(JSON.stringify(JSON.parse(text)));
    const line = broken.slice(0, broken.indexOf('"step.29000" 1')).split('\n').length;
    expect(() => readMessages(path.join(dir, 'fr-FR', 'broken.json'))).toThrow(new RegExp(`broken\\.json:${line}:\\d+.*not valid JSON.*docflow:bad-resource`));
  });
});

describe('a file a Windows editor saved (UTF-8 with a byte order mark, CRLF)', () => {
  it('reads a resource file, short or long, and a provenance file as without the mark; a broken one breaks where an editor shows it', () => {
    const short = { 'title.103': 'Ajouter un client', 'step.1': 'Un' };
    const long = Object.fromEntries(Array.from({ length: 30_000 }, (_, i) => [`step.${i}`, `Sélectionnez **Mettre à jour** ${i}`]));
    const provenance = { docflow: 1, strings: { 'title.103': { from: 'Add a new customer', origin: 'human', hash: valueHash('Ajouter un client') } } };
    const windows = (value: object) => `\uFEFF${JSON.stringify(value, null, 2).replace(/\n/g, '\r\n')}\r\n`;
    const dir = folderWith({
      'fr-FR/short.json': windows(short),
      'fr-FR/long.json': windows(long),
      'fr-FR/broken.json': '\uFEFF{\r\n  "a": "b",\r\n  "c"\r\n}\r\n',
      '_docflow/fr-FR/short.json': windows(provenance),
    });
    try {
      expect(readMessages(path.join(dir, 'fr-FR', 'short.json'))).toEqual(short);
      expect(Buffer.byteLength(windows(long))).toBeGreaterThan(1 << 20);
      expect(JSON.stringify(readMessages(path.join(dir, 'fr-FR', 'long.json')))).toBe(JSON.stringify(long));
      expect(() => readMessages(path.join(dir, 'fr-FR', 'broken.json'))).toThrow(/broken\.json:4:1 error not valid JSON: expected “:” after the key/);
      expect(readProvenance(path.join(dir, '_docflow', 'fr-FR', 'short.json')).strings['title.103']).toEqual(provenance.strings['title.103']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a resource file an editor saved in another encoding than UTF-8', () => {
  it('is a bad-resource error where its first such byte is, short or long, never read with U+FFFD in place of its letters', () => {
    const short = '{\n  "title.103": "Ajouter un client",\n  "step.1": "Sélectionnez"\n}\n';
    const long = `${JSON.stringify(Object.fromEntries(Array.from({ length: 30_000 }, (_, i) => [`step.${i}`, `Sélectionnez **Mettre à jour** ${i}`])), null, 2)}\n`;
    const dir = folderWith({ 'fr-FR/real.json': '{\n  "step.1": "un vrai \uFFFD"\n}\n' });
    fs.writeFileSync(path.join(dir, 'fr-FR', 'latin1.json'), Buffer.from(short, 'latin1'));
    fs.writeFileSync(path.join(dir, 'fr-FR', 'long.json'), Buffer.from(long, 'latin1'));
    fs.writeFileSync(path.join(dir, 'fr-FR', 'utf16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(short, 'utf16le')]));
    const given: string[] = [];
    try {
      expect(() => readMessages(path.join(dir, 'fr-FR', 'latin1.json'), undefined, undefined, true)).toThrow(/latin1\.json:3:15 error bytes that are not UTF-8 .*: save it as UTF-8 docflow:bad-resource/);
      expect(fs.statSync(path.join(dir, 'fr-FR', 'long.json')).size).toBeGreaterThan(1 << 20);
      expect(() => readMessages(path.join(dir, 'fr-FR', 'long.json'))).toThrow(/long\.json:2:15 error bytes that are not UTF-8/);
      expect(messageRuns(path.join(dir, 'fr-FR', 'long.json'), (run) => given.push(...Object.keys(run)))).toBe(false);
      expect(() => readMessages(path.join(dir, 'fr-FR', 'utf16.json'))).toThrow(/utf16\.json:1:1 error bytes that are not UTF-8/);
      expect(readMessages(path.join(dir, 'fr-FR', 'real.json'))).toEqual({ 'step.1': 'un vrai \uFFFD' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('where a key of a resource file is', () => {
  it('gives the line each key is written on, as JSON.stringify lays a file out, for any keys and values (fixed seed)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string()), (messages) => {
        const text = `${JSON.stringify(messages, null, 2)}\n`;
        const lineOf = keyLines(() => [text]);
        const lines = text.split('\n');
        for (const key of Object.keys(messages)) {
          // The oracle: the line that starts with the key as JSON writes it.
          expect(lines[lineOf(key) - 1]!.startsWith(`  ${JSON.stringify(key)}: `)).toBe(true);
        }
        expect(lineOf('a key the file does not have \u0000')).toBe(1);
      }),
      { seed: 20261204, numRuns: 200 },
    );
  });

  it('gives the line a key opens on however the members are laid out and the text is cut (fixed seed)', () => {
    const space = fc.constantFrom('', ' ', '\n', '\n  ', '\t', '\r\n');
    const member = fc.tuple(fc.string(), fc.oneof(fc.string(), fc.constant('a "quoted": value'), fc.constant('\\')), space, space, space);
    fc.assert(
      fc.property(fc.uniqueArray(member, { selector: (m) => m[0], maxLength: 12 }), fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 5 }), (members, cuts) => {
        // Built here, so each key's line is known: one more than the line breaks before it.
        let text = '{';
        const expected = new Map<string, number>();
        members.forEach(([key, value, before, beforeColon, afterColon], i) => {
          text += `${i > 0 ? ',' : ''}${before}`;
          expected.set(key, text.split('\n').length);
          text += `${JSON.stringify(key)}${beforeColon}:${afterColon}${JSON.stringify(value)}`;
        });
        text += '\n}\n';
        // JSON, with those keys.
        expect(Object.keys(JSON.parse(text)).sort()).toEqual(members.map((m) => m[0]).sort());
        // Cut into pieces of the sizes given, over and over: strings and escapes split anywhere.
        const pieces: string[] = [];
        for (let at = 0, k = 0; at < text.length; at += cuts[k++ % cuts.length]!) pieces.push(text.slice(at, at + cuts[k % cuts.length]!));
        expect(pieces.join('')).toBe(text);
        const lineOf = keyLines(() => pieces);
        for (const [key, line] of expected) expect(lineOf(key), key).toBe(line);
      }),
      { seed: 20261205, numRuns: 1000 },
    );
  });

  it('reads a file a block at a time for it, as from its text', () => {
    const messages = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`step.${i}`, `Sélectionnez “${i}” \\ "cité"`]));
    const text = `${JSON.stringify(messages, null, 2)}\n`;
    const dir = folderWith({ 'fr-FR/long.json': text });
    const fromFile = fileKeyLines(path.join(dir, 'fr-FR', 'long.json'));
    const fromText = keyLines(() => [text]);
    for (const key of Object.keys(messages)) expect(fromFile(key)).toBe(fromText(key));
    expect(fromFile('step.4999')).toBe(5001);
  });
});
