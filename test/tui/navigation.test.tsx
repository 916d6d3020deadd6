/**
 * Finding one's way as a reader does: the picker filtered by typing, as tall as the terminal;
 * the help; the overview of steps; Esc back to the list; the English under each sentence; a
 * narrow terminal and a long step.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openSession } from '../../src/cli/context.js';
import { FIXTURES, folderWith, LOCALES, memoryIo } from '../helpers.js';
import { ACCOUNT, ENTER, ESC, renderApp, tick } from './render-app.js';
import { fitColumns } from '../../src/tui/components/Table.js';
import stringWidth from 'string-width';

const DOWN = '\u001B[B';
const PAGE_DOWN = '\u001B[6~';
const BACKSPACE = '\u007F';

function start(locale: string, options: { flow?: string; size?: { columns: number; rows: number }; named?: boolean } = {}) {
  const session = openSession(memoryIo().io, { locale }, (ws) => ws.slugs());
  const flows = session.workspace.workflows();
  const initial = options.flow ? flows.find((f) => f.id === options.flow) : undefined;
  // As `docflow run <flow>` opens: the flow and its neighbours, every procedure only on demand.
  const props = options.named && initial ? { flows: [initial], initial, allFlows: () => flows } : { flows, ...(initial ? { initial } : {}) };
  return renderApp(session.i18n, { ...props, localesFor: session.localesFor }, options.size);
}

let current: ReturnType<typeof start> | undefined;
afterEach(() => current?.unmount());

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** The app on a content folder of these en-US articles, open on `flow` (the first, by default); `overlays`: the content's overlay files by slug. */
function startIn(articles: Record<string, string>, flow?: string, size?: { columns: number; rows: number }, overlays: Record<string, string> = {}) {
  const dir = folderWith(
    Object.fromEntries([...Object.entries(articles).map(([slug, text]) => [`en-US/${slug}.md`, text]), ...Object.entries(overlays).map(([slug, text]) => [`overlays/${slug}.yaml`, text])]),
  );
  folders.push(dir);
  const session = openSession(memoryIo().io, { content: dir, locales: path.join(dir, 'locales'), locale: 'en-US', cache: false }, (ws) => ws.slugs());
  const flows = session.workspace.workflows();
  return renderApp(session.i18n, { flows, initial: (flow ? flows.find((f) => f.id === flow) : flows[0])!, localesFor: session.localesFor }, size);
}

/** The keys that move a menu's cursor (›) to the line that names `entry`. */
const menuTo = (frame: string, entry: string) => {
  const lines = frame.split('\n');
  const from = lines.findIndex((line) => line.startsWith('›'));
  const to = lines.findIndex((line) => line.includes(entry) && /^[› ] /.test(line));
  return Array<string>(Math.abs(to - from)).fill(to > from ? DOWN : '\u001B[A');
};
const listed = (frame: string) => frame.split('\n').filter((line) => /^[› ] \S/.test(line) && /étapes?|steps?|步/.test(line));

describe('the picker', () => {
  it('filters as the reader types, ignoring accents and case, and says how many match', async () => {
    current = start('fr-FR');
    await tick();
    const all = listed(current.frame()).length;
    expect(all).toBeGreaterThan(10);
    await current.type('ABONNE');
    const frame = current.frame();
    expect(frame).toContain('/ ABONNE');
    const shown = listed(frame);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(all);
    for (const line of shown) expect(line.toLowerCase()).toContain('abonne');
    expect(frame).toMatch(new RegExp(`1–${shown.length} sur ${shown.length}`));
    // Enter opens the first match.
    await current.press(ENTER);
    expect(current.frame()).toMatch(/abonnement/i);
    expect(current.frame()).toMatch(/Étape 1 sur \d/);
  });

  it('keeps the filter and the cursor while a flow opened from it is on screen: back from it, the search is as it was', async () => {
    current = start('fr-FR');
    await tick();
    await current.type('abonne');
    await current.press(DOWN);
    const chosen = listed(current.frame()).find((line) => line.startsWith('›'))!;
    await current.press(ENTER);
    expect(current.frame()).toMatch(/Étape 1 sur \d/);
    await current.press(ESC);
    const back = current.frame();
    expect(back).toContain('/ abonne');
    expect(listed(back).find((line) => line.startsWith('›'))).toBe(chosen);
    // The next match is one key away; Esc clears the filter, then quits, as ever.
    await current.press(DOWN, ESC);
    expect(current.frame()).toContain('tapez pour filtrer');
    await current.press(ESC);
    expect(await current.exited()).toBe(true);
  });

  it('keeps the search and the entry under the cursor when the language changes: in the flow opened from it, or with Tab', async () => {
    // A zh-CN reader searches 订阅 ("subscription"), opens the second match, switches to English
    // there and comes back: before, "Nothing matches “订阅”", the English titles had no 订阅.
    current = start('zh-CN');
    await tick();
    await current.type('订阅');
    const matched = listed(current.frame()).length;
    expect(matched).toBeGreaterThan(1);
    await current.press(DOWN, ENTER);
    const title = current.frame().split('\n')[0]!.replace(/\s+zh-CN$/, '');
    await current.press('l');
    await current.press(...menuTo(current.frame(), 'English'), ENTER);
    expect(current.frame()).toMatch(/Step 1 of \d/);
    const english = current.frame().split('\n')[0]!.replace(/\s+en-US$/, '');
    await current.press(ESC);
    const back = current.frame();
    expect(back).toContain('/ 订阅');
    expect(back).not.toContain('Nothing matches');
    expect(listed(back)).toHaveLength(matched);
    expect(listed(back).find((line) => line.startsWith('›'))).toContain(english);
    // And back to Chinese from the picker (Tab): the same entry still under the cursor.
    await current.press('\t');
    await current.press(...menuTo(current.frame(), '中文'), ENTER);
    expect(listed(current.frame()).find((line) => line.startsWith('›'))).toContain(title);
  });

  it('says when nothing matches; Backspace and Esc take the filter back, Esc on an empty one quits', async () => {
    current = start('fr-FR');
    await tick();
    await current.type('zzq');
    expect(current.frame()).toContain('Aucune procédure ne correspond à « zzq »');
    await current.press(BACKSPACE, BACKSPACE, BACKSPACE);
    expect(listed(current.frame()).length).toBeGreaterThan(10);
    await current.type('créer');
    await current.press(ESC);
    expect(current.frame()).toContain('tapez pour filtrer');
    await current.press(ESC);
    expect(await current.exited()).toBe(true);
  });

  it('keeps its title in view at 40×12 in French, whose key hints take three lines there', async () => {
    current = start('fr-FR', { size: { columns: 40, rows: 12 } });
    await tick();
    const lines = current.frame().split('\n');
    // Before: three entries, a line more than the screen, and the title scrolled off it.
    expect(lines.length).toBeLessThanOrEqual(12);
    expect(lines[0]).toMatch(/^Choisissez une procédure/);
    expect(listed(current.frame()).length).toBeGreaterThan(0);
    expect(current.frame()).toContain('Échap quitter');
  });

  it('Tab: the language menu of every UI language fits the terminal, its cursor in view as it moves', async () => {
    current = start('fr-FR', { size: { columns: 80, rows: 24 } });
    await tick();
    await current.press('\t');
    // Before: 21 languages in 26 lines, the title and the cursor on Français off the top of 24.
    const lines = current.frame().split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    expect(lines[0]).toBe('Langue');
    expect(current.frame()).toMatch(/^› Français {2}fr-FR {2}✔/m);
    for (let i = 0; i < 12; i++) await current.press(DOWN);
    expect(current.frame().split('\n').length).toBeLessThanOrEqual(24);
    expect(current.frame()).toMatch(/^› /m);
    await current.resize(40, 12);
    expect(current.frame().split('\n').length).toBeLessThanOrEqual(12);
    expect(current.frame()).toMatch(/^› /m);
  });

  it('at 40 columns, says what matches nothing with its quotes on one line (French sets a space inside « »)', async () => {
    current = start('fr-FR', { size: { columns: 40, rows: 12 } });
    await tick();
    await current.type('zzz');
    // Before: "Aucune procédure ne correspond à « zzz" over "».", wrapped at the space before ».
    expect(current.frame()).toMatch(/^Aucune procédure ne correspond à\n« zzz »\.$/m);
  });

  it('is as tall as the terminal, pages with PgDn and shows where it is', async () => {
    current = start('en-US', { size: { columns: 100, rows: 14 } });
    await tick();
    const frame = current.frame();
    expect(listed(frame)).toHaveLength(14 - 8);
    expect(frame.split('\n').length).toBeLessThanOrEqual(14);
    const total = Number(/of (\d+)/.exec(frame)![1]);
    expect(frame).toContain(`1–6 of ${total}`);
    await current.press(PAGE_DOWN);
    expect(current.frame()).toMatch(/› /);
    expect(current.frame()).toMatch(/\d+–\d+ of \d+/);
    expect(current.frame()).not.toContain(`1–6 of ${total}`);
  });

  it('? lists every key of the picker in the reader’s language; any key closes it', async () => {
    current = start('zh-CN');
    await tick();
    await current.press('?');
    expect(current.frame()).toContain('按键');
    expect(current.frame()).toMatch(/PgUp PgDn\s+Home End\s+上一页或下一页/);
    await current.press('x');
    expect(current.frame()).toContain('输入文字筛选');
  });
});

describe('in a flow', () => {
  it('g: Home and End go to the first step and back to the current one, as in the picker', async () => {
    current = start('en-US', { flow: 'add-a-new-customer' });
    await current.press(ENTER, ...ACCOUNT, ENTER, ESC, 'g');
    const cursorLine = () => current!.frame().split('\n').find((line) => line.startsWith('›'));
    expect(cursorLine()).toMatch(/^› ● +3\./);
    await current.press('\u001B[H');
    expect(cursorLine()).toMatch(/^› ✔ +1\./);
    // End did nothing: the cursor stayed on step 1.
    await current.press('\u001B[F');
    expect(cursorLine()).toMatch(/^› ● +3\./);
  });

  it('? shows the step’s keys in French, and the step is still there after', async () => {
    current = start('fr-FR', { flow: 'add-a-new-customer' });
    await current.press(ENTER, ...ACCOUNT, ENTER, ESC);
    expect(current.frame()).toContain('Étape 3 sur 5');
    await current.press('?');
    const help = current.frame();
    expect(help).toContain('Touches');
    expect(help).toMatch(/s\s+afficher ou masquer l’anglais/);
    // Its keys named as the key hints name them ("Entrée/→ suivant", "Échap fermer"): not "Enter" and "Esc" there.
    expect(help).toMatch(/^ {2}Entrée {2}→ +étape suivante/m);
    expect(help).toMatch(/^ {2}Échap +/m);
    expect(help).not.toMatch(/\b(Enter|Esc)\b/);
    expect(help).not.toContain('Étape 3 sur 5');
    await current.press(' ');
    expect(current.frame()).toContain('Étape 3 sur 5');
  });

  it('Esc and l in one read (tmux within its escape-time, 500 ms) leave the fields and open the language menu', async () => {
    current = start('en-US', { flow: 'add-a-new-customer' });
    await current.press(ENTER, 'Contoso');
    expect(current.frame()).toContain('Enter confirms each field');
    await current.type(ESC, 'l');
    expect(current.frame()).toContain('Français');
    expect(current.frame()).toContain('中文');
  });

  it('g lists the steps, the done ones ticked, and goes back to one with the inputs kept', async () => {
    current = start('en-US', { flow: 'add-a-new-customer' });
    await current.press(ENTER, ...ACCOUNT, ENTER, ESC);
    expect(current.frame()).toContain('Step 3 of 5');
    await current.press('g');
    const overview = current.frame();
    expect(overview).toContain('Steps (you are on step 3 of 5)');
    expect(overview).toMatch(/✔\s+1\./);
    expect(overview).toMatch(/✔\s+2\./);
    expect(overview).toMatch(/●\s+3\./);
    await current.press('\u001B[A', ENTER);
    expect(current.frame()).toContain('Step 2 of 5');
    await current.press(ESC);
    expect(current.frame()).toContain('Contoso Ltd');
  });

  it('after a branch forward past steps: g does not tick the steps passed over, and ← goes back to where the branch was taken', async () => {
    current = startIn(
      { delta: '# Delta\n\n1. If you already have an account, select **Skip**; otherwise select **Create**.\n2. Enter your name and select **Next**.\n3. Confirm your email and select **Next**.\n4. Select **Finish**.\n' },
      'delta',
      undefined,
      { delta: 'branches:\n  - { step: 1, label: Skip, goto: 4 }\n' },
    );
    await tick();
    await current.press('1');
    expect(current.frame()).toContain('Step 4 of 4');
    await current.press('g');
    const overview = current.frame();
    expect(overview).toMatch(/✔\s+1\./);
    // Before: ✔ 2. and ✔ 3., steps the reader was told to skip, which the done screen counts as not done.
    expect(overview).not.toMatch(/✔\s+[23]\./);
    await current.press(ESC, '\u001B[D');
    // Before: step 3.
    expect(current.frame()).toContain('Step 1 of 4');
  });

  it('Esc goes back to the picker with every procedure, even when the app opened on one', async () => {
    current = start('en-US', { flow: 'add-a-new-customer', named: true });
    await tick();
    expect(current.frame()).toContain('Step 1 of 5');
    await current.press(ESC);
    expect(current.frame()).toContain('Choose a procedure');
    expect(listed(current.frame()).length).toBeGreaterThan(10);
    await current.press(DOWN, ENTER);
    expect(current.frame()).toMatch(/Step 1 of \d/);
  });

  it('s shows the English source under each translated sentence, and hides it again', async () => {
    current = start('zh-CN', { flow: 'add-a-new-customer' });
    await tick();
    await current.press('s');
    const frame = current.frame();
    const chinese = frame.indexOf('在“仪表板”菜单中');
    const english = frame.indexOf('From the Dashboard menu, select Customers');
    expect(chinese).toBeGreaterThan(-1);
    expect(english).toBeGreaterThan(chinese);
    await current.press('s');
    expect(current.frame()).not.toContain('From the Dashboard menu');
  });

  it('s: the English under a sentence wraps in line with itself, never a line opened by the space between two words', async () => {
    // At each width some line of the note's English fills it exactly; the space after it stood at
    // the next line's start ("│  you should request a reseller"), one column out of line.
    for (let columns = 30; columns <= 45; columns++) {
      current = start('fr-FR', { flow: 'add-a-new-customer', size: { columns, rows: 80 } });
      await tick();
      await current.press('s');
      const lines = current.frame().split('\n');
      // The note's English, to the end of its box.
      const from = lines.findIndex((line) => line.includes('If you want'));
      const note = lines.slice(from, from + lines.slice(from).findIndex((line) => !line.startsWith('│')));
      expect(note.length, `${columns} columns`).toBeGreaterThan(1);
      expect(note.filter((line) => !/^│ \S/.test(line)), `${columns} columns`).toEqual([]);
      current.unmount();
      current = undefined;
    }
    // Sixteen screens rendered: 6 s in CI, over the default 20 s on a box loaded by two workers.
  }, 60_000);

  it('at 40 columns the key hints break between hints, never inside one', async () => {
    current = start('fr-FR', { flow: 'add-a-new-customer', size: { columns: 40, rows: 40 } });
    await tick();
    const lines = current.frame().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    for (const hint of ['Entrée/→ suivant', 'l langue', '? aide', 'q quitter']) expect(lines.some((line) => line.includes(hint))).toBe(true);
  });

  it('at 200 columns the text keeps a readable width', async () => {
    current = start('fr-FR', { flow: 'add-a-new-customer', size: { columns: 200, rows: 40 } });
    await tick();
    for (const line of current.frame().split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('at 200 columns the picker shows every title whole with its step count: a row is scanned, not read', async () => {
    current = start('fr-FR', { size: { columns: 200, rows: 40 } });
    await tick();
    const rows = listed(current.frame());
    expect(rows.length).toBeGreaterThan(10);
    // Cut at 100 columns, with the other 100 empty, before.
    expect(rows.filter((row) => row.includes('…'))).toEqual([]);
    expect(rows).toContainEqual(expect.stringMatching(/^ {2}Mettre à jour votre profil de partenaire — Mettre à jour vos informations de profil de facturation du partenaire {2}4 étapes$/));
    for (const line of current.frame().split('\n')) expect(line.length).toBeLessThanOrEqual(200);
  });

  it('re-flows to the new width when the terminal is resized', async () => {
    current = start('fr-FR', { flow: 'add-a-new-customer', size: { columns: 100, rows: 40 } });
    await tick();
    expect(current.frame()).toContain('│ À partir de la tableau de bord menu, sélectionnez clients , puis sélectionnez ajouter un client. │');
    await current.resize(50, 40);
    // Past the moment a terminal's screen is drawn again after a resize (App's useRedrawAfterResize).
    await new Promise((resolve) => setTimeout(resolve, 150));
    const lines = current.frame().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(50);
    expect(lines.some((line) => line.startsWith('│ À partir de la tableau de bord menu,'))).toBe(true);
  });

  it('a step taller than the screen scrolls; the key hints stay on screen', async () => {
    current = start('fr-FR', { flow: 'add-a-new-customer', size: { columns: 40, rows: 16 } });
    await tick();
    const frame = current.frame();
    expect(frame).toMatch(/lignes 1–\d+ sur \d+/);
    expect(frame).toContain('q quitter');
    expect(frame.split('\n').length).toBeLessThanOrEqual(16);
    await current.press(DOWN);
    expect(current.frame()).toMatch(/lignes 2–\d+ sur \d+/);
  });
});

describe('a list cut to the pane', () => {
  // Before, the language menu and the overview looked whole when they were cut, and the picker's
  // "1–2 sur 18" did not say which way the rest lay. Each is at most as tall as the pane, its title on top.
  const position = (frame: string) => frame.split('\n').find((line) => /^\d+–\d+ (sur|of) \d+/.test(line));
  const fits = (frame: string, title: RegExp) => {
    const lines = frame.split('\n');
    expect(lines.length).toBeLessThanOrEqual(12);
    expect(lines[0]).toMatch(title);
  };

  it('the picker says which way more procedures lie: ↓ at the top, ↑/↓ between, ↑ at the end', async () => {
    current = start('fr-FR', { size: { columns: 40, rows: 12 } });
    await tick();
    const total = Number(/sur (\d+)/.exec(position(current.frame())!)![1]);
    expect(position(current.frame())).toMatch(new RegExp(`^1–\\d+ sur ${total} · ↓$`));
    await current.press('\u001B[F');
    expect(position(current.frame())).toMatch(new RegExp(`^\\d+–${total} sur ${total} · ↑$`));
    await current.press('\u001B[A', '\u001B[A', '\u001B[A');
    expect(position(current.frame())).toMatch(/ · ↑\/↓$/);
    fits(current.frame(), /^Choisissez une procédure/);
    // A filter all of whose matches are shown: no way to go.
    await current.type('ajouter un client');
    expect(position(current.frame())).toMatch(/^1–(\d+) sur \1$/);
  });

  it('the language menu says how many languages there are and which way the others lie', async () => {
    // The oracle: the UI's languages, the folders of locales/ with a ui.json.
    const languages = fs.readdirSync(LOCALES).filter((dir) => fs.existsSync(path.join(LOCALES, dir, 'ui.json'))).length;
    current = start('fr-FR', { size: { columns: 40, rows: 12 } });
    await tick();
    await current.press('\t');
    const frame = current.frame();
    fits(frame, /^Langue$/);
    const [, from, to] = /^(\d+)–(\d+) sur (\d+) · ↑\/↓$/.exec(position(frame)!)!.map(Number);
    expect(position(frame)).toContain(`sur ${languages}`);
    // As many lines as it says it shows, Français among them.
    expect(frame.split('\n').filter((line) => /^[› ] \S.*[a-z]{2}-[A-Z]{2}/.test(line))).toHaveLength(to! - from! + 1);
    expect(frame).toMatch(/^› Français {2}fr-FR {2}✔/m);
    await current.resize(80, 40);
    expect(position(current.frame())).toBeUndefined();
  });

  it('the overview says which way more steps lie', async () => {
    const steps = Array.from({ length: 20 }, (_, i) => `${i + 1}. Select **Option ${i + 1}**.`).join('\n');
    current = startIn({ twenty: `# Twenty steps\n\n${steps}\n` }, undefined, { columns: 40, rows: 12 });
    await tick();
    await current.press('g');
    fits(current.frame(), /^Steps/);
    expect(position(current.frame())).toMatch(/^1–\d+ of 20 · ↓$/);
    await current.press(ESC, ...Array<string>(11).fill(ENTER), 'g');
    expect(current.frame()).toMatch(/●\s+12\./);
    expect(position(current.frame())).toMatch(/^\d+–\d+ of 20 · ↑\/↓$/);
    fits(current.frame(), /^Steps/);
  });
});

describe('a procedure of 3,000 steps', () => {
  const steps = Array.from({ length: 3000 }, (_, i) => `${i + 1}. Select **Settings**, then option ${i + 1}.`).join('\n');
  const article = `---\ntitle: A very long procedure\n---\n\n# A very long procedure\n\nTo set the account up:\n\n${steps}\n`;

  it('draws its bar on one line at 40 columns, moves on at once, and its overview holds the pane', async () => {
    current = startIn({ long: article }, undefined, { columns: 40, rows: 20 });
    const bar = (frame: string) => frame.split('\n').filter((line) => /[■□]/.test(line));
    expect(current.frame()).toContain('Step 1 of 3000');
    expect(bar(current.frame())).toHaveLength(1);
    expect(bar(current.frame())[0]).toMatch(/■□+$/);
    await current.press(ENTER, ENTER);
    expect(current.frame()).toContain('Step 3 of 3000');
    await current.press('g');
    const overview = current.frame().split('\n');
    expect(overview.length).toBeLessThanOrEqual(20);
    expect(overview.join('\n')).toMatch(/●\s+3\./);
    // Back to the first step from the overview: GOTO an earlier step.
    await current.press('\u001B[H', ENTER);
    expect(current.frame()).toContain('Step 1 of 3000');
    // Its machine is built in a moment (one with a GOTO on every step to each earlier one took 55 s here).
  }, 20_000);
});

describe('the header', () => {
  it('names a zone pivot without a heading of its own under the title, as the picker does', async () => {
    const pivots = '# Sign in\n\n::: zone pivot="cli"\n\n1. Open a terminal.\n2. Run the login.\n\n::: zone-end\n\n::: zone pivot="portal"\n\n1. Open the portal.\n2. Select **Sign in**.\n\n::: zone-end\n';
    current = startIn({ 'sign-in': pivots }, 'sign-in#2');
    await tick();
    // Before, the header said "Sign in" alone for either pivot.
    const [title, procedure] = current.frame().split('\n');
    expect(title).toMatch(/^Sign in\s+en-US$/);
    expect(procedure!.trim()).toBe('portal');
  });
});

describe('links in a step', () => {
  it('are numbered, their targets listed, and one to another procedure opens with o', async () => {
    current = startIn(
      {
        billing: '# Billing\n\n1. Open [the billing page](https://example.com/billing) and check the totals.\n2. Follow [Create a subscription](create.md) for a new one.\n',
        create: '# Create a subscription\n\n1. Select **New**.\n2. Select **Save**.\n',
      },
      'billing',
    );
    await tick();
    expect(current.frame()).toContain('Open the billing page[1] and check the totals.');
    expect(current.frame()).toContain('[1] https://example.com/billing');
    await current.press(ENTER);
    expect(current.frame()).toContain('Follow Create a subscription[1] for a new one.');
    expect(current.frame()).toMatch(/\[1\] Create a subscription\s+o open/);
    await current.press('o');
    expect(current.frame()).toContain('Select New.');
  });

  it('declared by the overlay are listed under the step and open with o; a procedure number the article lacks, or the flow itself, is not offered', async () => {
    current = startIn(
      {
        setup: '# Set up\n\n1. Select **Start**.\n2. Select **Finish**.\n',
        agreement: '# Agreement\n\n## Sign\n\n1. Select **Sign**.\n2. Select **Save**.\n\n## Renew\n\n1. Select **Renew**.\n2. Select **Save**.\n',
      },
      'setup',
      undefined,
      { setup: 'links:\n  - { step: 1, flow: agreement#3 }\n  - { step: 1, flow: setup }\n  - { step: 1, flow: agreement#2 }\n' },
    );
    await tick();
    const frame = current.frame();
    expect(frame).toContain(' o Agreement — Renew');
    // agreement#3 once opened the article's first procedure, Sign, without a word.
    expect(frame).not.toContain('Sign');
    expect(frame.match(/^ o /gm)).toEqual([' o ']);
    await current.press('o');
    expect(current.frame()).toContain('Select Renew.');
  });

  it('to several procedures: o asks which, by its number in the step; Esc leaves the step as it was', async () => {
    current = startIn(
      {
        billing: '# Billing\n\n1. Follow [Create a subscription](create.md), read [the guide](https://example.com/guide) or [Suspend a subscription](suspend.md).\n2. Select **Done**.\n',
        create: '# Create a subscription\n\n1. Select **New**.\n2. Select **Save**.\n',
        suspend: '# Suspend a subscription\n\n1. Select **Suspend**.\n2. Select **Save**.\n',
      },
      'billing',
    );
    await tick();
    expect(current.frame()).toMatch(/\[1\] Create a subscription {2}o open[^\n]*\n[^\n]*\[2\] https:\/\/example\.com\/guide[^\n]*\n[^\n]*\[3\] Suspend a subscription {2}o open/);
    await current.press('o');
    expect(current.frame()).toMatch(/ 1 Create a subscription\n 3 Suspend a subscription\n+1–3 open {2}· {2}Esc close/);
    // The address's number opens nothing: the step as it was.
    await current.press('2');
    expect(current.frame()).toContain('Follow Create a subscription[1]');
    expect(current.frame()).not.toContain('Esc close');
    await current.press('o', ESC);
    expect(current.frame()).toContain('Enter/→ next');
    await current.press('o', '3');
    expect(current.frame()).toContain('Select Suspend.');
    await current.press(ESC, 'o', '1');
    expect(current.frame()).toContain('Select New.');
  });

  const NATO = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India'];
  /** A step that links to `count` procedures (mpn-find-benefits of the fr-fr corpus has seven), on a pane of `rows`. */
  const linkingTo = (count: number, rows: number) => {
    const names = NATO.slice(0, count);
    const article = (name: string) => `# ${name} setup\n\n1. Select **New**.\n2. Select **Save**.\n`;
    return startIn(
      {
        benefits: `# Find your benefits\n\n1. Select **Benefits**.\n2. Explore ${names.map((name) => `[${name}](${name.toLowerCase()}.md)`).join(', ')}.\n`,
        ...Object.fromEntries(names.map((name) => [name.toLowerCase(), article(name)])),
      },
      'benefits',
      { columns: 40, rows },
    );
  };

  it.each([
    [7, 'Golf'],
    [9, 'India'],
  ])('to %i procedures at 40×12: the list under the step leaves the title in view, on a line of its own', async (count, last) => {
    current = linkingTo(count, 12);
    await tick();
    await current.press(ENTER, 'o');
    const lines = current.frame().split('\n');
    // Before: 13 lines (the step kept at least four; with nine, the title and where it is kept
    // over the list), the title off the top (mpn-find-benefits, fr-fr corpus, tmux).
    expect(lines.length).toBeLessThanOrEqual(12);
    expect(lines[0]).toMatch(/^Find your benefits/);
    expect(current.frame()).toContain(` ${count} ${last} setup`);
    expect(current.frame()).toContain(`1–${count} open`);
  });

  it('to seven procedures at 40×12: the line under the step says how long it is while the list is open', async () => {
    current = linkingTo(7, 60);
    await tick();
    await current.press(ENTER);
    // The step whole, counted on a pane tall enough for it: its lines down to the gap over the keys.
    const whole = current.frame().split('\n');
    const length = whole.findIndex((line) => line.startsWith('Enter/→ next')) - 1;
    expect(whole[length - 1]).toMatch(/finish/);
    await current.resize(40, 12);
    await current.press('o');
    // Before: "lines 1–2 of 15", the step's text shrunk to the pane it was measured in.
    expect(current.frame()).toContain(`lines 1–2 of ${length}`);
  });

  it('to a heading opens the procedure under it, in another article or the same one; the done screen offers them', async () => {
    const procedure = (title: string, action: string) => `## ${title}\n\n1. Select **${action}**.\n2. Select **Save**.\n`;
    current = startIn(
      {
        budget: `# Budgets\n\n## Set a budget\n\n1. Select **Set**.\n2. Select **Save**, or [remove it](#remove-a-budget).\n\nTo undo it, see [Remove a budget](#remove-a-budget) or [suspend the subscription](subscriptions.md#suspend-a-subscription).\n\n${procedure('Remove a budget', 'Remove')}`,
        subscriptions: `# Subscriptions\n\n${procedure('Create a subscription', 'New')}\n${procedure('Suspend a subscription', 'Suspend')}`,
      },
      'budget#1',
    );
    await tick();
    await current.press(ENTER);
    expect(current.frame()).toMatch(/\[1\] Budgets — Remove a budget\s+o open/);
    await current.press('o');
    expect(current.frame()).toContain('Select Remove.');
    await current.press(ESC);
    await current.press(ENTER);
    const done = current.frame();
    expect(done).toMatch(/1 +Budgets — Remove a budget/);
    expect(done).toMatch(/2 +Subscriptions — Suspend a subscription/);
    expect(done).not.toContain('Create a subscription');
    await current.press('2');
    expect(current.frame()).toContain('Select Suspend.');
  });

  it('in the intro, the preamble and the epilogue are lettered, their addresses listed under them', async () => {
    // Before, their words were underlined and nothing said where they lead (the step's `o` opens only the step's).
    current = startIn(
      {
        setup: '# Set up\n\nRead [the overview](https://example.com/overview) first.\n\n## Prepare\n\nYou need [an account](https://example.com/account).\n\n1. Select **Start**.\n2. Select **Finish**.\n\nThen see [Create a subscription](create.md) or [the FAQ](https://example.com/faq).\n',
        create: '# Create a subscription\n\n1. Select **New**.\n2. Select **Save**.\n',
      },
      'setup',
    );
    await tick();
    const first = current.frame();
    expect(first).toContain('Read the overview[a] first.');
    expect(first).toContain('You need an account[b].');
    expect(first).toMatch(/\[a\] https:\/\/example\.com\/overview\n\[b\] https:\/\/example\.com\/account\n/);
    // Only the step's links open with `o`: none here.
    expect(first).not.toContain('o open');
    await current.press(ENTER, ENTER);
    const done = current.frame();
    expect(done).toContain('Then see Create a subscription[a] or the FAQ[b].');
    expect(done).toMatch(/\[a\] create\.md \(see “Create a subscription”\)\n\[b\] https:\/\/example\.com\/faq\n/);
    // The done screen's own number opens it, and names no other link: the FAQ is [b], not 2.
    expect(done).not.toMatch(/\[[12]\]/);
    expect(done).toMatch(/1 +Create a subscription/);
  });

  it('of the intro and of the first step, on one screen, never share a mark; `o` takes the step\'s number', async () => {
    // Before, both lists counted from 1: "[1] https://example.com/overview" and "[1] create.md", one screen.
    current = startIn(
      {
        setup: '# Set up\n\nRead [the overview](https://example.com/overview) first.\n\n1. Select **Start**, or see [Create a subscription](create.md) and [Delete one](delete.md).\n2. Select **Finish**.\n',
        create: '# Create a subscription\n\n1. Select **New**.\n2. Select **Save**.\n',
        delete: '# Delete a subscription\n\n1. Select **Delete**.\n2. Select **Yes**.\n',
      },
      'setup',
    );
    await tick();
    const first = current.frame();
    expect(first).toContain('Read the overview[a] first.');
    expect(first).toContain('see Create a subscription[1] and Delete one[2].');
    const marks = [...first.matchAll(/^[│ ]*\[(\w+)\] /gm)].map((m) => m[1]);
    expect(marks).toEqual(['a', '1', '2']);
    await current.press('o', '2');
    expect(current.frame()).toContain('Select Delete.');
  });

  it('shows a long address whole at 40 columns, going on under itself, not cut short', async () => {
    const url = 'https://help.salesforce.com/articleView?err=1&id=notes_admin_setup.htm&type=5';
    current = startIn({ notes: `# Notes\n\n1. Turn on [Notes](${url}) in Salesforce.\n2. Select **Save**.\n` }, 'notes', { columns: 40, rows: 30 });
    await tick();
    const lines = current.frame().split('\n');
    const first = lines.findIndex((line) => line.includes('[1] https://'));
    expect(first).toBeGreaterThan(-1);
    const column = lines[first]!.indexOf('https://');
    // The address's lines, inside the step's box: each starts under the first's start.
    const address = lines
      .slice(first, first + 4)
      .map((line) => line.slice(column).replace(/[│\s]+$/u, ''))
      .join('');
    expect(address.startsWith(url)).toBe(true);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
  });
});

describe('tables and pictures in a step', () => {
  const TABLE = '# Fields\n\n1. Check the fields:\n\n   | Field | Value |\n   |---|---|\n   | Name | Contoso |\n   | 国家 | 中国 |\n   | PartnerId | A partner identifier in GUID format, unique to each partner account |\n\n2. Open the page. ![The settings page](images/settings.png)\n';
  /** Display columns before each `│` separator of the table's lines (CJK characters take two). */
  const separators = (frame: string) =>
    frame
      .split('\n')
      .filter((line) => /^│ {3}\S.* │ /.test(line))
      // Measured by string-width (what Ink lays out with), not by the code under test.
      .map((line) => stringWidth(line.slice(0, line.indexOf(' │ ', 2))));

  it('lines the columns up by display width, the header over a rule', async () => {
    current = startIn({ fields: TABLE });
    await tick();
    const frame = current.frame();
    expect(frame).toMatch(/│ {3}Field {5}│ Value/);
    expect(frame).toMatch(/│ {3}─{20,}/);
    const at = separators(frame);
    expect(at.length).toBe(4);
    expect(new Set(at).size).toBe(1);
  });

  it('fits a narrow terminal: the cells wrap inside their columns, no line wider than the screen', async () => {
    current = startIn({ fields: TABLE }, undefined, { columns: 40, rows: 40 });
    await tick();
    const frame = current.frame();
    for (const line of frame.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    expect(new Set(separators(frame)).size).toBe(1);
    // A wrapped row keeps its column separator on every line.
    expect(frame).toMatch(/│ {13}│ in GUID format, unique │\n│ {13}│ to each partner {8}│\n│ {13}│ account/);
  });

  it('shows a picture in the text as its alt text, marked as a picture', async () => {
    current = startIn({ fields: TABLE });
    await current.press(ENTER);
    expect(current.frame()).toContain('Open the page. [Image: The settings page]');
  });

  it('keeps a picture whole when its alt text holds one of the step’s UI labels', async () => {
    current = startIn({ pick: '# Pick\n\n1. Select **OR** to join them. ![the OR operator joins groups](img/or.png)\n2. Done.\n' });
    await tick();
    expect(current.frame()).toContain('[Image: the OR operator joins groups]');
  });

  describe('a raw HTML table of a side-by-side article (real excerpt, see test/fixtures/README.md)', () => {
    const FIXTURE = 'create-user-accounts-table.md';
    /** The app on the fixture in fr-FR and zh-CN, at the screen after its five steps, where the table that follows them stands. */
    const atTheEnd = async (size: { columns: number; rows: number }) => {
      const dir = folderWith({ [`fr-FR/${FIXTURE}`]: { fixture: `html-table/fr-FR/${FIXTURE}` }, [`zh-CN/${FIXTURE}`]: { fixture: `html-table/zh-CN/${FIXTURE}` } });
      folders.push(dir);
      const session = openSession(memoryIo().io, { content: dir, locales: path.join(dir, 'locales'), locale: 'fr-FR', cache: false }, (ws) => ws.slugs());
      const flows = session.workspace.workflows();
      current = renderApp(session.i18n, { flows, initial: flows[0]!, localesFor: session.localesFor }, size);
      await tick();
      await current.press(ENTER, ENTER, ENTER, ENTER, ENTER);
      expect(current.frame()).toContain('Terminé');
      return current;
    };
    /** Display columns before each column separator of the table's lines, a list a line. */
    const columns = (frame: string) =>
      frame
        .split('\n')
        .filter((line) => line.includes(' │ ') || / │$/.test(line))
        .map((line) => [...line.matchAll(/ │(?= |$)/g)].map((m) => stringWidth(line.slice(0, m.index))));

    it('shows rows and columns, the header over a rule, as a GFM table, not a paragraph a cell', async () => {
      const app = await atTheEnd({ columns: 120, rows: 40 });
      const frame = app.frame();
      expect(frame).toMatch(/^ {2}Rôle dans l’espace partenaires +│ Marche à suivre +│ Ce qu’ils ne peuvent pas faire$/m);
      expect(frame).toMatch(/^ {2}─{40,}$/m);
      expect(frame).toMatch(/^ {2}Administrateur de facturation +│ • Peut accéder à toutes les/m);
      const at = columns(frame);
      expect(at.length).toBeGreaterThanOrEqual(4);
      // Every line of every row has its two separators at the header's places.
      for (const line of at) expect(line).toEqual(at[0]);
    });

    it('keeps its columns at 40 columns, as a GFM table does: the cells wrap inside them', async () => {
      const app = await atTheEnd({ columns: 40, rows: 80 });
      const frame = app.frame();
      for (const line of frame.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(40);
      const at = columns(frame);
      expect(at.length).toBeGreaterThan(10);
      for (const line of at) expect(line).toEqual(at[0]);
    });

    it('draws no line wider than 40 columns on the way there: a wider one wraps in the terminal and stays on the screen, over the title', async () => {
      const app = await atTheEnd({ columns: 40, rows: 80 });
      // Every frame the terminal was sent, the one drawn before the table had measured its room too.
      for (const line of app.frames().flatMap((frame) => frame.split('\n'))) expect(stringWidth(line), line).toBeLessThanOrEqual(40);
    });

    it('says the same cells in Chinese when the language changes on that screen', async () => {
      const app = await atTheEnd({ columns: 120, rows: 40 });
      await app.press('l');
      await app.press(...menuTo(app.frame(), '中文'), ENTER);
      const frame = app.frame();
      expect(frame).toMatch(/^ {2}在合作伙伴中心中的角色 +│ 它们可以执行的操作 +│ 它们不能执行的操作$/m);
      expect(frame).toMatch(/^ {2}计费管理员 +│ • 可使用完整权限访问所有帐单和对帐文件/m);
      expect(frame).not.toContain('Marche à suivre');
      const at = columns(frame);
      for (const line of at) expect(line).toEqual(at[0]);
    });
  });

  it('cuts only the widest columns, to one level, when they do not fit', () => {
    expect(fitColumns([5, 10, 40], 60)).toEqual([5, 10, 40]);
    expect(fitColumns([5, 10, 40], 30)).toEqual([5, 10, 15]);
    expect(fitColumns([5, 30, 40], 30)).toEqual([5, 12, 12]);
  });
});

describe('callouts and colours', () => {
  it('sets a warning, an important point and a tip apart by mark and name, not by colour alone', async () => {
    current = startIn({
      careful: '# Careful\n\n1. Open the page.\n\n   > [!WARNING]\n   > Deleting cannot be undone.\n\n   > [!IMPORTANT]\n   > Only admins can do this.\n\n   > [!TIP]\n   > Use search.\n\n   > [!NOTE]\n   > - first point\n   > - second point\n\n2. Close it.\n',
    });
    await tick();
    const frame = current.frame();
    // Inside the step's box: a bold bar for warnings and important points, a thin one for tips.
    expect(frame).toMatch(/│ ┃ ⚠ Warning\s+│\n│ ┃ Deleting cannot be undone\./);
    expect(frame).toMatch(/│ ┃ ! Important\s+│\n│ ┃ Only admins can do this\./);
    expect(frame).toMatch(/│ │ ✓ Tip\s+│\n│ │ Use search\./);
    // A list inside a note keeps its items on lines of their own.
    expect(frame).toMatch(/│ │ ℹ Note\s+│\n│ │ {3}• first point\s+│\n│ │ {3}• second point/);
  });

  it('picks colours for the terminal’s background: COLORFGBG, DOCFLOW_THEME, and none under NO_COLOR', async () => {
    const { DARK, LIGHT, NO_COLOURS, themeFor } = await import('../../src/tui/theme.js');
    expect(themeFor({})).toBe(DARK);
    expect(themeFor({ COLORFGBG: '0;15' })).toBe(LIGHT);
    expect(themeFor({ COLORFGBG: '0;default;7' })).toBe(LIGHT);
    expect(themeFor({ COLORFGBG: '15;0' })).toBe(DARK);
    expect(themeFor({ COLORFGBG: '15;0', DOCFLOW_THEME: 'light' })).toBe(LIGHT);
    expect(themeFor({ NO_COLOR: '1', DOCFLOW_THEME: 'light' })).toBe(NO_COLOURS);
    // Nothing that washes out on white in the light set.
    expect(Object.values(LIGHT).filter((colour) => /yellow|cyan|white/i.test(String(colour)))).toEqual([]);
  });
});

describe('a right-to-left language chosen on a step', () => {
  it('draws the step box as a Hebrew flow opened in Hebrew draws it: rules above and below, the text where it starts there', async () => {
    const dir = folderWith({ 'he-IL/export-power-apps.md': fs.readFileSync(path.join(FIXTURES, 'he-IL', 'export-power-apps.md'), 'utf8') });
    folders.push(dir);
    const open = (locale: string) => {
      const session = openSession(memoryIo().io, { content: dir, locales: path.join(dir, 'locales'), locale, cache: false }, (ws) => ws.slugs());
      const flows = session.workspace.workflows();
      return renderApp(session.i18n, { flows, initial: flows[0]!, localesFor: session.localesFor }, { columns: 80, rows: 40 });
    };
    // The step's own line, as it is drawn (the box's rules and the key lines aside).
    const stepLine = (frame: string) => {
      const lines = frame.split('\n');
      return lines[lines.findIndex((line) => line.startsWith('─')) + 1];
    };
    const hebrew = open('he-IL');
    await tick();
    await hebrew.press(ENTER);
    const drawn = stepLine(hebrew.frame());
    hebrew.unmount();
    current = open('en-US');
    await tick();
    await current.press(ENTER, 'l', DOWN, ENTER);
    expect(current.frame()).toMatch(/שלב 2 מתוך/);
    expect(stepLine(current.frame())).toBe(drawn);
  });
});

describe('a bullet whose text is one column wider than the room beside its marker', () => {
  it('wraps inside the step box: nothing over its padding, no blank line under it', async () => {
    // Room in the box at 40 columns: 40 − 2 borders − 2 padding − 2 list indent − 2 marker = 32.
    const words = 'aaaa bbbb cccc dddd eeee ffff ggggg';
    expect(words.length).toBe(35);
    const text = words.slice(0, 33);
    current = startIn({ list: `# List\n\n1. Check these:\n\n   - ${text}\n   - short\n\n2. Done.\n` }, undefined, { columns: 40, rows: 30 });
    await tick();
    const lines = current.frame().split('\n');
    const box = lines.filter((line) => line.startsWith('│'));
    for (const line of box) expect(line.at(-2), line).toBe(' ');
    const item = box.findIndex((line) => line.includes('• aaaa'));
    expect(box[item + 1]).toMatch(/^│ {5}\S/);
    expect(box[item + 2]).toMatch(/• short/);
  });
});

describe('a related procedure whose title is longer than the line', () => {
  it('wraps under its title on the done screen, not back under its number', async () => {
    const title = 'Request a reseller relationship with a customer of yours';
    current = startIn({ one: '# One\n\n1. Read [the other](two.md).\n2. Done.\n', two: `# ${title}\n\n1. A.\n2. B.\n` }, 'one', { columns: 40, rows: 30 });
    await current.press(ENTER, ENTER);
    const lines = current.frame().split('\n');
    const first = lines.findIndex((line) => line.startsWith(' 1 Request'));
    expect(first).toBeGreaterThan(-1);
    expect(lines[first + 1]).toMatch(/^ {3}\S/);
  });

  it('wraps under its title where a step offers it with o', async () => {
    const title = 'Request a reseller relationship with a customer of yours';
    current = startIn({ one: '# One\n\n1. Start.\n2. Done.\n', two: `# ${title}\n\n1. A.\n2. B.\n` }, 'one', { columns: 40, rows: 30 }, { one: 'links:\n  - { step: 1, flow: two }\n' });
    await tick();
    const lines = current.frame().split('\n');
    const first = lines.findIndex((line) => line.startsWith(' o Request'));
    expect(first).toBeGreaterThan(-1);
    expect(lines[first + 1]).toMatch(/^ {3}\S/);
  });
});

describe('the way on and the branches, longer than the line', () => {
  it('wrap under their label, not back under Enter or the branch’s number', async () => {
    const text = '# One\n\n1. If it has one, select **Open the customer account of the reseller**. Then select **Add a new customer account for a reseller**.\n2. Done.\n';
    const overlay = 'branches:\n  - { step: 1, label: Open the customer account of the reseller, goto: done }\n';
    current = startIn({ one: text }, 'one', { columns: 40, rows: 40 }, { one: overlay });
    await tick();
    const lines = current.frame().split('\n');
    for (const marker of [' Enter ', ' 1 ']) {
      const first = lines.findIndex((line) => line.startsWith(marker));
      expect(first, marker).toBeGreaterThan(-1);
      expect(lines[first + 1], marker).toMatch(new RegExp(`^ {${marker.length}}\\S`));
    }
  });
});

describe('a Chinese title longer than the line, beside the locale', () => {
  it('wraps within the pane at any width: the first line stays on screen', async () => {
    const title = '使用合作伙伴贡献指标来获得云业务应用程序能力';
    for (const columns of [40, 41]) {
      current = startIn({ wide: `# ${title}\n\n1. 选择**设置**。\n2. 完成。\n` }, undefined, { columns, rows: 20 });
      await tick();
      const lines = current.frame().split('\n');
      expect(lines[0], `${columns} columns`).toMatch(/^使用.*en-US$/);
      for (const line of lines) expect(stringWidth(line), `${columns} columns: ${line}`).toBeLessThanOrEqual(columns);
      current.unmount();
    }
    current = undefined;
  });
});

describe('the overview of a Chinese procedure at an odd width', () => {
  it('cuts each step’s sentence within the line: no ellipsis on a line of its own', async () => {
    current = start('zh-CN', { flow: 'add-a-new-customer', size: { columns: 41, rows: 20 } });
    await current.press('g');
    const lines = current.frame().split('\n');
    expect(lines.join('\n')).toMatch(/●\s+1\./);
    expect(lines.filter((line) => /^\s*…$/.test(line))).toEqual([]);
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(41);
  });
});

describe('a done screen taller than the pane', () => {
  it('scrolls as a step does: the title stays at the top, the key hints at the bottom', async () => {
    const after = Array.from({ length: 12 }, (_, i) => `Next, read section ${i + 1} of the guide.`).join('\n\n');
    current = startIn({ tall: `# Set up the account\n\n1. Open **Settings**.\n2. Select **Save**.\n\n${after}\n` }, undefined, { columns: 40, rows: 12 });
    await current.press(ENTER, ENTER);
    const lines = current.frame().split('\n');
    expect(lines[0]).toMatch(/^Set up the account/);
    expect(lines.length).toBeLessThanOrEqual(12);
    expect(lines.join('\n')).toMatch(/q quit/);
    await current.press(PAGE_DOWN, PAGE_DOWN, PAGE_DOWN);
    expect(current.frame()).toContain('section 12');
  });
});

describe('Backspace in the picker', () => {
  it('erases a character as the reader sees it: a letter with its accent typed decomposed, an emoji with its skin tone', async () => {
    current = start('fr-FR');
    await current.press('c', 'r', 'e\u0301', BACKSPACE);
    expect(current.frame()).toMatch(/^\/ cr\s*$/m);
    await current.press(BACKSPACE, BACKSPACE, '👍🏽', BACKSPACE);
    expect(current.frame()).not.toContain('👍');
  });
});

describe('fields at the end of a step taller than the screen', () => {
  const hint = 'Entrée valide chaque champ';
  const address = '1 quai de la Gare, bâtiment B, 3e étage, 75013 Paris, auprès du service comptable';

  it('stay in view as a long value wraps and as a refusal appears under one', async () => {
    current = start('fr-FR', { flow: 'add-a-new-customer', size: { columns: 40, rows: 20 } });
    await tick();
    await current.press(ENTER);
    expect(current.frame()).toContain(hint);
    // Typed in a burst, as a paste comes: three lines at 40 columns.
    await current.type(address);
    expect(current.frame()).toContain('comptable');
    expect(current.frame()).toContain(hint);
    // The address left empty: its reason is said, the fields and their keys still in view.
    await current.press(ENTER, ENTER);
    expect(current.frame()).toContain('Ce champ est obligatoire');
    expect(current.frame()).toContain(hint);
    expect(current.frame().split('\n').length).toBeLessThanOrEqual(20);
  });

  it('name Esc as the other hints and the help do (Échap in French)', async () => {
    current = start('fr-FR', { flow: 'add-a-new-customer' });
    await tick();
    await current.press(ENTER);
    expect(current.frame()).toContain(`${hint}  ·  Échap ↩`);
    expect(current.frame()).not.toMatch(/\bEsc\b/);
  });

  it('have the whole screen: the step’s hints, not shown while they are typed in, take no rows', async () => {
    current = start('fr-FR', { flow: 'add-a-new-customer', size: { columns: 40, rows: 20 } });
    await tick();
    await current.press(ENTER);
    expect(current.frame().split('\n')).toHaveLength(20);
    // Three rows more of the step: where it is in the procedure stays in view.
    expect(current.frame()).toContain('Étape 2 sur 5');
    expect(current.frame()).toContain(hint);
  });
});

describe('values entered at 40 columns', () => {
  it('go on under their label when one wraps, not at the left edge', async () => {
    current = start('fr-FR', { flow: 'add-a-new-customer', size: { columns: 40, rows: 40 } });
    await tick();
    await current.press(ENTER);
    await current.type('Contoso');
    await current.press(ENTER);
    await current.type('1 quai de la Gare, bâtiment B, 3e étage, 75013 Paris');
    await current.press(ENTER);
    // Confirmed (✔ Adresse : …), then left (Esc): the address on two lines, the second under the first.
    const under = (frame: string) => frame.split('\n').find((line) => line.includes('75013'));
    expect(under(current.frame())).toMatch(/^ {2}\S/);
    await current.press(ESC);
    expect(current.frame()).toContain('Adresse : 1 quai de la Gare');
    expect(under(current.frame())).toMatch(/^ {2}\S/);
  });

  it('start no line with the space a full line pushed down', async () => {
    current = start('fr-FR', { flow: 'add-a-new-customer', size: { columns: 40, rows: 40 } });
    await tick();
    await current.press(ENTER);
    // "Nom de la société : Contoso Consulting" fills the 38 columns beside the mark exactly.
    await current.type('Contoso Consulting Ltd');
    await current.press(ENTER, ESC);
    expect(current.frame()).toContain('Nom de la société : Contoso Consulting');
    expect(current.frame().split('\n')).toContain('  Ltd');
  });
});
