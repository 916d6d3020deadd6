/** Names and links that try to leave the folders docflow was given, and object keys that try to reach the prototype. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { folderWith, memoryIo } from '../helpers.js';

const outside = folderWith({ 'secret.md': '# Secret\n\n1. Leaked one.\n2. Leaked two.\n' });
const content = folderWith({ 'en-US/a.md': '# A\n\n1. One, see [the secret](../../secret.md).\n2. Two.\n' });
fs.symlinkSync(path.join(outside, 'secret.md'), path.join(content, 'en-US', 'linked.md'));
fs.symlinkSync(outside, path.join(content, 'en-US', 'out'));
afterAll(() => {
  fs.rmSync(outside, { recursive: true, force: true });
  fs.rmSync(content, { recursive: true, force: true });
});

async function cli(...args: string[]) {
  const m = memoryIo();
  const code = await runCli([...args, '--content', content, '--locales', path.join(content, 'locales'), '--no-cache'], m.io);
  return { code, out: m.out(), err: m.err() };
}

describe('paths', () => {
  it('reads no article through a symlink that points out of the content', async () => {
    const { code, out } = await cli('list');
    expect(code).toBe(0);
    expect(out).toContain('A');
    expect(out).not.toContain('Secret');
  });

  it('takes a flow name or a locale that climbs out as unknown: a usage error', async () => {
    for (const name of ['../../secret', '/etc/passwd', 'C:\\Windows\\win', '..%2F..%2Fsecret']) {
      const { code, err } = await cli('run', name, '--locale', 'en-US');
      expect(code, name).toBe(2);
      expect(err).not.toContain('Leaked');
    }
    expect((await cli('checklist', 'a', '--locale', '../../x')).code).toBe(2);
  });

  it('does not follow a link that leaves the content: the checklist keeps only its words', async () => {
    const { out } = await cli('checklist', 'a', '--locale', 'en-US');
    expect(out).toContain('the secret');
    expect(out).not.toContain('Leaked');
  });

  it('changes nothing on Object.prototype, whatever the keys of a resource file', async () => {
    fs.mkdirSync(path.join(content, 'locales', 'fr-FR'), { recursive: true });
    fs.writeFileSync(path.join(content, 'locales', 'fr-FR', 'a.json'), '{ "__proto__": { "polluted": "yes" }, "constructor": "x", "prototype": "y" }');
    await cli('checklist', 'a', '--locale', 'fr-FR');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('keeps `__proto__` and `constructor` keys of a resource file as keys, values and all, when extract sets them aside', async () => {
    const docs = folderWith({ 'fr-FR/multichannel.md': { fixture: 'fr-FR/multichannel.md' } });
    const locales = path.join(docs, 'locales');
    const extract = () => runCli(['extract', '--content', docs, '--locales', locales, '--no-cache'], memoryIo().io);
    await extract();
    const file = path.join(locales, 'fr-FR', 'multichannel.json');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('{\n', '{\n  "__proto__": "proto value",\n  "constructor": "ctor value",\n'));
    await extract();
    // Twice: read back from the set-aside file, they stay.
    await extract();
    const aside = JSON.parse(fs.readFileSync(path.join(locales, '_docflow', 'fr-FR', 'multichannel.json'), 'utf8')) as { obsolete: Record<string, { value: string }> };
    expect(Object.getOwnPropertyDescriptor(aside.obsolete, '__proto__')?.value).toEqual({ value: 'proto value' });
    expect(aside.obsolete.constructor).toEqual({ value: 'ctor value' });
  });
});
