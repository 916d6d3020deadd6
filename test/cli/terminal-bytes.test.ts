/**
 * Escape sequences planted in every input a command prints from (the article, a locale file, an
 * overlay, the answers a run is given) never reach the terminal: the plain walkthrough, the
 * checklist, warnings and error messages are read byte by byte. (The full-screen UI:
 * test/tui/terminal-safety.test.tsx.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { folderWith, memoryIo } from '../helpers.js';

const ESC = '\u001b';
const CLEAR = `${ESC}[2J${ESC}[H`;
const CLIPBOARD = `${ESC}]52;c;cm0gLXJmIH4=\u0007`;
const LINK = `${ESC}]8;;https://evil.example${ESC}\\`;
const ATTACKS = [`${ESC}]`, `${ESC}[`, '\u009b', '\u0007', 'evil.example', 'cm0gLXJmIH4=', '\u202e'];

function hostile() {
  const dir = folderWith({
    'en-US/evil.md': `# Set up${CLIPBOARD} the account\n\n1. Open the ${LINK}**Dashboard**${LINK} menu.${CLEAR}\n2. Select **Save** and wait.\n`,
    // A translator's string, an overlay's choices and the answers carry them too.
    'locales/fr-FR/evil.json': JSON.stringify({ 'title.1': `Configurer${CLEAR} le compte\u202e`, 'proc-1.step-1.2': `Ouvrez ${LINK}le menu` }),
    'overlays/evil.yaml': `inputs:\n  - { step: 1, name: plan, type: one-of, choices: ["Basic\\e[2J", "Pro\\e]52;c;cm0gLXJmIH4=\\a"] }\n`,
    'answers.yaml': `plan: "Premium\\e[2J\\e]0;pwned\\a"\n`,
  });
  return dir;
}

async function cli(dir: string, ...args: string[]) {
  const m = memoryIo();
  const code = await runCli([...args, '--content', dir, '--locales', path.join(dir, 'locales'), '--no-cache'], m.io);
  return { code, bytes: m.out() + m.err(), out: m.out(), err: m.err() };
}

describe('what commands print from hostile inputs', () => {
  it('the plain walkthrough and its error for a bad answer carry words, never escapes', async () => {
    const dir = hostile();
    for (const locale of ['en-US', 'fr-FR']) {
      const { code, bytes, err } = await cli(dir, 'run', 'evil', '--locale', locale, '--answers', path.join(dir, 'answers.yaml'));
      expect(code).toBe(1);
      // The answer is not one of the choices: said, with its words only.
      expect(err).toContain('Premium');
      for (const attack of ATTACKS) expect(bytes, `${locale} ${JSON.stringify(attack)}`).not.toContain(attack);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a checklist, and the problems of a damaged locale file, carry words, never escapes', async () => {
    const dir = hostile();
    const checklist = await cli(dir, 'checklist', 'evil', '--locale', 'fr-FR');
    expect(checklist.out).toContain('Configurer le compte');
    fs.writeFileSync(path.join(dir, 'locales', 'fr-FR', 'evil.json'), `{ "title.1": "x${CLEAR}", oops }`);
    const broken = await cli(dir, 'list', '--locale', 'fr-FR');
    expect(broken.err).toContain('docflow:bad-resource');
    for (const { bytes } of [checklist, broken]) for (const attack of ATTACKS) expect(bytes, JSON.stringify(attack)).not.toContain(attack);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
