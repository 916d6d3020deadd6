/**
 * Plain mode with a person at a terminal: a secret typed with the echo off, Backspace editing
 * it; a branch that ends the flow early said at the end; a run left part way offered again
 * (TERM=dumb, as a screen reader's user has it), with what was entered kept.
 */
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openSession } from '../../src/cli/context.js';
import { runCli } from '../../src/cli/program.js';
import { LineReader } from '../../src/cli/line-reader.js';
import { runPlain, type PlainRun } from '../../src/cli/plain-run.js';
import { folderWith, memoryIo, tempDir } from '../helpers.js';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';

/** The flow of a one-article folder in plain mode, a person typing what `type` writes: what it printed (the folder is removed). */
async function atKeyboard(files: Record<string, string>, type: (keyboard: PassThrough) => void, run: Partial<PlainRun> = {}, io = memoryIo(), locale = 'en-US'): Promise<{ out: string; err: string }> {
  const dir = folderWith(files);
  try {
    const m = io;
    const session = openSession(m.io, { content: dir, locales: path.join(dir, 'locales'), locale, cache: false }, (ws) => ws.slugs());
    const [workflow] = session.workspace.workflows();
    const keyboard = new PassThrough();
    const lines = new LineReader(keyboard);
    type(keyboard);
    await runPlain(m.io, workflow!, session.tr, { answers: new Map(), lines, ask: true, ...run });
    lines.close();
    return { out: m.out(), err: m.err() };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('plain mode with a person at the keyboard', () => {
  it('reads a secret with the echo off, raw-mode line ending and Backspace included, then asks for the way on', async () => {
    const echo: boolean[] = [];
    const { out, err } = await atKeyboard(
      {
        'en-US/login.md': '# Sign in\n\n1. Type the admin password.\n2. Select **Done**.\n',
        'overlays/login.yaml': 'inputs:\n  - { step: 1, name: password, type: secret }\n',
      },
      (keyboard) => {
        // In raw mode Enter arrives as \r and Backspace as DEL; the next Enters, typed later, as \n.
        keyboard.write('hunterX\u007f2\r');
        setTimeout(() => keyboard.write('\n'), 200);
        setTimeout(() => keyboard.end('\n'), 400);
      },
      { hideInput: (hidden) => echo.push(hidden) },
    );
    expect(echo).toEqual([true, false]);
    // Step 2 has no branch: no "1–9 choose" offered.
    expect(err).toContain('Enter next · b back · q quit › ');
    expect(err).not.toContain('choose');
    expect(out).toContain('Step 2 of 2');
    expect(out).toMatch(/Done: all 2 steps completed\./);
    expect(out + err).not.toContain('hunter');
  });

  it('asks for a value with the language’s own punctuation, as the screen does (“Nom de la société : ”)', async () => {
    const files = {
      'fr-FR/client.md': '# Ajouter un client\n\n1. Entrez le nom de la société.\n2. Sélectionnez **Envoyer**.\n',
      'overlays/client.yaml': 'inputs:\n  - { step: 1, name: company-name, type: text }\n',
    };
    const typing = (keyboard: PassThrough) => keyboard.end('Contoso\n\n\n');
    expect((await atKeyboard(files, typing, {}, memoryIo(), 'fr-FR')).err).toContain('Company name : ');
    expect((await atKeyboard(files, typing, {}, memoryIo(), 'en-US')).err).toContain('Company name: ');
  });

  it('says which steps were not gone through when a branch ends the flow early', async () => {
    const { out, err } = await atKeyboard(
      {
        'en-US/setup.md': '# Set up\n\n1. Select **Skip** if the account exists, else **Next**.\n2. Type the name.\n3. Select **Save**.\n',
        'overlays/setup.yaml': 'branches:\n  - { step: 1, label: Skip, goto: done }\n',
      },
      (keyboard) => keyboard.end('1\n'),
    );
    // The keys the step takes: its one branch, no way back from the first step.
    expect(err).toContain('Enter next · 1 choose · q quit › ');
    expect(out).not.toContain('Step 2 of 3');
    expect(out).toMatch(/Done: 1 of 3 steps completed; not done: 2 and 3\.\n$/);
  });
});

describe('plain mode piped through another program (`docflow run --plain | slow-reader`)', () => {
  it('shows each prompt after its step, however slowly the reader passes the steps on', async () => {
    // A real pipe, read by a program that passes each line on 100 ms late (a shell loop, as a
    // person's `| while read l; do …; done` or a loaded `| tee`): the terminal gets what it writes,
    // and what docflow writes on stderr, straight. Waiting for the pipe to drain and 50 ms more
    // showed the prompts above their steps.
    const dir = tempDir('hunt-ui-pipe-');
    const fifo = path.join(dir, 'out');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('sh', ['-c', 'while IFS= read -r l; do sleep 0.1; printf "%s\\n" "$l"; done < "$0"', fifo], { stdio: ['ignore', 'pipe', 'inherit'] });
    let screen = '';
    reader.stdout.on('data', (chunk: Buffer) => (screen += chunk.toString()));
    const ended = new Promise((resolve) => reader.on('close', resolve));
    const m = memoryIo();
    // Opened once the reader has its end open.
    m.io.stdout = fs.createWriteStream('', { fd: fs.openSync(fifo, 'w') });
    m.io.stderr = new Writable({ write: (chunk: Buffer, _encoding, done) => ((screen += chunk.toString()), done()) });
    await atKeyboard(
      {
        'en-US/setup.md': '# Set up\n\n1. Select **Next**.\n2. Type the name.\n',
        'overlays/setup.yaml': 'inputs:\n  - { step: 2, name: account, type: text }\n',
      },
      (keyboard) => keyboard.end('\nContoso\n\n'),
      // A broken sentence in step 2, told to the person with the step (it showed above it too).
      { problems: (_, step) => (step.number === 2 ? ['setup.md:4:4 warning broken pair docflow:unbalanced-span'] : []) },
      m,
    );
    m.io.stdout.end();
    await ended;
    const at = (text: string) => screen.indexOf(text);
    expect(at('Step 1 of 2')).toBeGreaterThan(-1);
    expect(at('Step 1 of 2')).toBeLessThan(at('Enter next · q quit ›'));
    expect(at('Enter next · q quit ›')).toBeLessThan(at('Step 2 of 2'));
    expect(at('Step 2 of 2')).toBeLessThan(at('docflow:unbalanced-span'));
    expect(at('docflow:unbalanced-span')).toBeLessThan(at('Account:'));
    // Each a line of its own: a reader that passes whole lines passes it on before the answer.
    expect(screen).toContain('\nEnter next · q quit ›\n');
    expect(screen).toContain('\nAccount:\n');
    expect(screen).toMatch(/Done: all 2 steps completed\.\n$/);
  }, 20_000);
});

describe('a run in plain text, left part way', () => {
  it('is saved after every step and offered again: Enter resumes where it was, with the value entered shown and kept by an empty line', async () => {
    const dir = folderWith({
      'content/en-US/setup.md': '# Set up\n\n1. Open the page.\n2. Type the company name.\n3. Select **Save**.\n',
      'content/overlays/setup.yaml': 'inputs:\n  - { step: 2, name: company, type: text, label: Company }\n',
    });
    try {
      // A person at a terminal that cannot redraw (TERM=dumb): what they type comes line by line.
      const at = async (typed: string, ...args: string[]) => {
        const m = memoryIo({ TERM: 'dumb', XDG_STATE_HOME: path.join(dir, 'state'), HOME: dir }, typed);
        Object.assign(m.io.stdin, { isTTY: true });
        const code = await runCli(['run', 'setup', '--content', path.join(dir, 'content'), '--locales', path.join(dir, 'locales'), '--locale', 'en-US', '--no-cache', ...args], m.io);
        return { code, out: m.out(), err: m.err() };
      };
      // Step 1, then the company, then q at step 2.
      const left = await at('\nContoso\nq\n');
      expect(left.code).toBe(0);
      expect(left.out).toContain('Step 2 of 3');
      expect(left.out).not.toContain('Step 3 of 3');
      // Next time: offered, resumed at step 2, the company shown and kept.
      const back = await at('\n\n\n\n');
      expect(back.err).toContain('Resume where you left off: step 2 of 3? (Enter resume, n start over)');
      expect(back.out).not.toContain('Step 1 of 3');
      expect(back.err).toMatch(/Company \[Contoso\]: /);
      expect(back.out).toMatch(/Done: all 3 steps completed\./);
      // Finished: not offered again.
      const again = await at('n\n\n\n\n');
      expect(again.err).not.toContain('Resume where you left off');
      expect(again.out).toContain('Step 1 of 3');
      // Left again, then started over with n: from step 1, nothing kept.
      await at('\nFabrikam\nq\n');
      const over = await at('n\n\nNorthwind\n\n\n');
      expect(over.out).toContain('Step 1 of 3');
      expect(over.err).not.toContain('[Fabrikam]');
      expect(over.out).toMatch(/Done: all 3 steps completed\./);
      // A script's run (answers from a pipe, no terminal) saves nothing.
      const saved = fs.readdirSync(path.join(dir, 'state', 'docflow'), { recursive: true }).length;
      const m = memoryIo({ TERM: 'dumb', XDG_STATE_HOME: path.join(dir, 'state'), HOME: dir }, 'Litware\n');
      expect(await runCli(['run', 'setup', '--content', path.join(dir, 'content'), '--locales', path.join(dir, 'locales'), '--no-cache'], m.io)).toBe(0);
      expect(fs.readdirSync(path.join(dir, 'state', 'docflow'), { recursive: true }).length).toBe(saved);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a flow open in another docflow', () => {
  it('runs without saving, told so, leaving the other one’s progress and lock; a killed one’s lock is taken over', async () => {
    const dir = folderWith({
      'content/en-US/setup.md': '# Set up\n\n1. Open the page.\n2. Type the company name.\n3. Select **Save**.\n',
      'content/overlays/setup.yaml': 'inputs:\n  - { step: 2, name: company, type: text, label: Company }\n',
    });
    const state = path.join(dir, 'state');
    const saved = path.join(state, 'docflow', 'runs', 'setup.json');
    const lock = path.join(state, 'docflow', 'runs', 'setup.lock');
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      const at = async (typed: string) => {
        const m = memoryIo({ TERM: 'dumb', XDG_STATE_HOME: state, HOME: dir }, typed);
        Object.assign(m.io.stdin, { isTTY: true });
        const code = await runCli(['run', 'setup', '--content', path.join(dir, 'content'), '--locales', path.join(dir, 'locales'), '--locale', 'en-US', '--no-cache'], m.io);
        return { code, out: m.out(), err: m.err() };
      };
      // A's run, left at step 2 with Contoso; then A is open again in another docflow.
      await at('\nContoso\nq\n');
      const before = fs.readFileSync(saved, 'utf8');
      fs.writeFileSync(lock, `${other.pid}\n`);
      // B: told, not offered A's run, and finishing it neither saves over A's nor removes it.
      const second = await at('\nFabrikam\n\n\n');
      expect(second.code).toBe(0);
      expect(second.err).toContain(`This procedure is open in another docflow (process ${other.pid}): its saved progress stays as it is there, and this run is not saved.`);
      expect(second.err).not.toContain('Resume where you left off');
      expect(second.out).toMatch(/Done: all 3 steps completed\./);
      expect(fs.readFileSync(saved, 'utf8')).toBe(before);
      expect(fs.readFileSync(lock, 'utf8').trim()).toBe(String(other.pid));
      // The other docflow killed: its lock is taken over, A's run offered, and let go at the end.
      other.kill('SIGKILL');
      await new Promise((resolve) => other.once('exit', resolve));
      const after = await at('\n\nq\n');
      expect(after.err).toContain('Resume where you left off: step 2 of 3?');
      expect(after.err).toMatch(/Company \[Contoso\]: /);
      expect(fs.existsSync(lock)).toBe(false);
    } finally {
      other.kill();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('when run leaves the full-screen UI for plain text', () => {
  it('at a terminal only when asked: --plain, --accessible, INK_SCREEN_READER, TERM=dumb or CI', async () => {
    const { lineMode } = await import('../../src/cli/commands/run.js');
    const tty = (env: NodeJS.ProcessEnv) => {
      const io = memoryIo(env).io;
      Object.assign(io.stdout, { isTTY: true });
      Object.assign(io.stdin, { isTTY: true });
      return io;
    };
    expect(lineMode(tty({ TERM: 'xterm-256color' }), {})).toBe(false);
    expect(lineMode(tty({}), { plain: true })).toBe(true);
    expect(lineMode(tty({}), { accessible: true })).toBe(true);
    expect(lineMode(tty({ INK_SCREEN_READER: 'true' }), {})).toBe(true);
    expect(lineMode(tty({ TERM: 'dumb' }), {})).toBe(true);
    expect(lineMode(tty({ CI: 'true' }), {})).toBe(true);
    // CI as Ink reads it: set at all (Ink drew nothing under `CI=` in a full-screen run), but not 0 or false.
    expect(lineMode(tty({ CI: '' }), {})).toBe(true);
    expect(lineMode(tty({ CONTINUOUS_INTEGRATION: 'true' }), {})).toBe(true);
    expect(lineMode(tty({ CI: 'false' }), {})).toBe(false);
    expect(lineMode(tty({ CI: '0' }), {})).toBe(false);
    // Piped either way.
    expect(lineMode(memoryIo().io, {})).toBe(true);
  });
});

describe('plain text at a terminal', () => {
  // Real articles (test/fixtures/README.md): French, whose words a line must not cut, and
  // Chinese, which wraps between characters, both with long addresses.
  const articles = {
    'fr-FR/azure-usage.md': { fixture: 'fr-FR/azure-usage.md' },
    'fr-FR/connector-salesforce.md': { fixture: 'fr-FR/connector-salesforce.md' },
    'zh-CN/mfa-for-users.md': { fixture: 'zh-CN/mfa-for-users.md' },
    'zh-CN/revoke-reinstate-csp.md': { fixture: 'zh-CN/revoke-reinstate-csp.md' },
  };
  const walkthrough = async (dir: string, slug: string, locale: string, terminal?: { columns: number }, ...args: string[]) => {
    const m = memoryIo({ TERM: 'dumb' });
    if (terminal) Object.assign(m.io.stdout, { isTTY: true, columns: terminal.columns });
    expect(await runCli(['run', slug, '--content', dir, '--locales', path.join(dir, 'locales'), '--locale', locale, '--no-cache', ...args], m.io)).toBe(0);
    return m.out();
  };
  const words = (text: string) => text.split(/\s+/).filter(Boolean);

  it('wraps to the terminal (TERM=dumb, 40 columns) between words, never cutting one, each line going on under its own text', async () => {
    const dir = folderWith(articles);
    try {
      for (const [slug, locale] of [['azure-usage', 'fr-FR'], ['connector-salesforce', 'fr-FR'], ['mfa-for-users', 'zh-CN'], ['revoke-reinstate-csp', 'zh-CN']] as const) {
        // The oracle: the same walkthrough piped, a paragraph a line, as it was before.
        const whole = await walkthrough(dir, slug, locale);
        const wrapped = await walkthrough(dir, slug, locale, { columns: 40 });
        expect(wrapped, slug).not.toBe(whole);
        // Nothing lost, added or moved: the same characters in the same order, and in French the
        // same words (a word cut at the edge of a dumb terminal made two).
        expect(wrapped.replace(/\s+/g, ''), slug).toBe(whole.replace(/\s+/g, ''));
        if (locale === 'fr-FR') expect(words(wrapped), slug).toEqual(words(whole));
        // Each address whole on one line.
        for (const address of whole.match(/https?:\/\/[^\s（）“”]+/g) ?? []) expect(wrapped.split('\n').some((line) => line.includes(address)), address).toBe(true);
        for (const line of wrapped.split('\n')) {
          // Wider than the terminal only when it is a word or address that no line holds.
          if (stringWidth(line) > 40) expect(line.trim().replace(/^(\[(?:\d+|[a-z]{1,2})\]|•|[a-z]\.)\s+/, ''), `${slug}: ${line}`).toMatch(/^\S+$/);
        }
        // A list item or a link goes on under its text, not under its marker: each line of the
        // piped walkthrough against the lines the terminal shows it as (a paragraph after a list
        // starts at the left edge, under no marker).
        const shown = wrapped.split('\n');
        let at = 0;
        for (const line of whole.split('\n')) {
          // The blank lines that set blocks apart at a terminal (tested below).
          while (line !== '' && shown[at] === '') at++;
          const group = [shown[at++]!];
          while (group.join('').replace(/\s+/g, '') !== line.replace(/\s+/g, '') && at < shown.length) group.push(shown[at++]!);
          const marker = /^(\s*(?:•|\[(?:\d+|[a-z])\])\s)/.exec(group[0]!)?.[1];
          if (!marker) continue;
          const hang = ' '.repeat(stringWidth(marker));
          // An address too wide for the room beside the marker has the line's start, whole.
          for (const next of group.slice(1)) if (!next.startsWith(hang)) expect(/^\S+$/.test(next) && stringWidth(next) > 40 - hang.length, `${slug}: ${group[0]} / ${next}`).toBe(true);
        }
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('sets blocks apart with a blank line, as the screen does, where a paragraph no longer ends a line', async () => {
    const files = {
      'en-US/setup.md': [
        '# Set up',
        '',
        'Partners set up their account once, before they sell anything to a customer.',
        '',
        '> [!NOTE]',
        '> Only a global admin can do this.',
        '',
        '1. Open the [settings](https://example.com/set) page and look at the account.',
        '',
        '   > [!TIP]',
        '   > The page remembers where you were.',
        '',
        '   - Billing',
        '   - Legal',
        '2. Select **Save**.',
        '',
      ].join('\n'),
    };
    const dir = folderWith(files);
    try {
      const piped = await walkthrough(dir, 'setup', 'en-US');
      // A pipe, a file, a screen reader: a paragraph a line, as before.
      expect(piped).toContain('Partners set up their account once, before they sell anything to a customer.\nNote: Only a global admin can do this.\n');
      expect(await walkthrough(dir, 'setup', 'en-US', { columns: 30 })).toContain(
        [
          'Partners set up their account',
          'once, before they sell',
          'anything to a customer.',
          '',
          'Note: Only a global admin can',
          'do this.',
          '',
          'Step 1 of 2',
          '  Open the settings[1] page',
          '  and look at the account.',
          '',
          '  Tip: The page remembers',
          '  where you were.',
          '',
          '    • Billing',
          '    • Legal',
          '',
          '  [1] https://example.com/set',
          '',
          'Step 2 of 2',
          '  Select Save.',
          '  → Then: Save',
        ].join('\n'),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('wraps its questions too, the answer typed after the last line', async () => {
    const files = {
      'fr-FR/setup.md': '# Configurer\n\n1. Sélectionnez **Ignorer** si le compte existe, sinon **Suivant**.\n2. Sélectionnez **Enregistrer**.\n',
      'overlays/setup.yaml': 'branches:\n  - { step: 1, label: Ignorer, goto: done }\n',
    };
    const typing = (keyboard: PassThrough) => keyboard.end('q\n');
    // The oracle: the same questions asked where nothing wraps.
    const whole = (await atKeyboard(files, typing, {}, memoryIo(), 'fr-FR')).err;
    const wrapped = (await atKeyboard(files, typing, { width: () => 30 }, memoryIo(), 'fr-FR')).err;
    expect(whole).toContain('Entrée suivant · 1 choisir · q quitter › ');
    for (const line of wrapped.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(30);
    expect(words(wrapped)).toEqual(words(whole));
    // Between keys, never inside one ("q" over "quitter"), the answer typed after the last line.
    expect(wrapped).toBe('Entrée suivant · 1 choisir ·\nq quitter › ');
  });

  it('lists the procedures (run without one) wrapped to the terminal, each title going on under its column', async () => {
    const list = async (columns?: number) => {
      const m = memoryIo({ TERM: 'dumb' });
      if (columns) Object.assign(m.io.stdout, { isTTY: true, columns });
      expect(await runCli(['run', '--locale', 'fr-FR'], m.io)).toBe(0);
      return m.out();
    };
    // The oracle: the list piped, an entry a line.
    const whole = await list();
    const entries = whole.split('\n').filter((line) => line.startsWith('  '));
    const lead = /^ {2}\S+\s+/.exec(entries[0]!)![0].length;
    for (const columns of [40, 100]) {
      const wrapped = await list(columns);
      expect(words(wrapped), `${columns}`).toEqual(words(whole));
      // Wider than the terminal only when it is one word no line holds (a slug).
      for (const line of wrapped.split('\n')) if (stringWidth(line) > columns) expect(line.trim(), `${columns}`).toMatch(/^\S+$/);
    }
    // At 100 columns the titles' column leaves room: a long title goes on under it.
    const wide = (await list(100)).split('\n');
    const going = wide.filter((line, i) => i > 0 && !/^ {2}\S/.test(line) && line.trim() !== '');
    expect(going.length).toBeGreaterThan(0);
    for (const line of going) expect(line.startsWith(' '.repeat(lead)), line).toBe(true);
    // At 40 it leaves none: each title under its slug, indented.
    for (const line of (await list(40)).split('\n').slice(1).filter(Boolean)) expect(line, line).toMatch(/^ {2}\S+$|^ {6}\S/);
  });

  it('keeps a paragraph a line for a pipe, a file or a screen reader', async () => {
    const dir = folderWith(articles);
    try {
      const whole = await walkthrough(dir, 'azure-usage', 'fr-FR');
      expect(Math.max(...whole.split('\n').map((line) => stringWidth(line)))).toBeGreaterThan(100);
      expect(await walkthrough(dir, 'azure-usage', 'fr-FR', { columns: 40 }, '--accessible')).toBe(whole);
      // At 200 columns, the screen's readable width.
      const wide = await walkthrough(dir, 'azure-usage', 'fr-FR', { columns: 200 });
      expect(Math.max(...wide.split('\n').filter((line) => !/https?:/.test(line)).map((line) => stringWidth(line)))).toBeLessThanOrEqual(100);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
