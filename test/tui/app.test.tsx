import fs from 'node:fs';
import path from 'node:path';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { flowOpener } from '../../src/cli/commands/run.js';
import { openSession, titlesSession, type FolderOptions } from '../../src/cli/context.js';
import { frenchOnly } from '../french-only.js';
import { isWholeWorkflow, type FlowEntry } from '../../src/model/workflow.js';
import { folderWith, memoryIo, tempDir } from '../helpers.js';
import { RunRecorder } from '../../src/flow/run-recorder.js';
import type { SavedRun } from '../../src/flow/run-store.js';
import type { Workflow } from '../../src/model/workflow.js';
import { ACCOUNT, ESC, renderApp, SUBSCRIPTIONS, tick } from './render-app.js';
import { shortTitle } from '../../src/tui/components/FlowPicker.js';
import { displayWidth } from '../../src/text/display-width.js';
import stringWidth from 'string-width';

const ENTER = '\r';
const RIGHT = '\u001B[C';
const LEFT = '\u001B[D';
const DOWN = '\u001B[B';
const UP = '\u001B[A';


// As `docflow run` opens it: the reader's language read, another when the reader switches to it.
function start(locale: string, flow?: string, folders: FolderOptions = {}, size?: { columns: number; rows: number }) {
  const session = openSession(memoryIo().io, { locale, ...folders }, (ws) => ws.slugs(), undefined, { oneLocale: true });
  const flows = session.workspace.workflows();
  const initial = flow ? flows.find((f) => f.id === flow) : undefined;
  return renderApp(session.i18n, { flows, ...(initial ? { initial } : {}), localesFor: session.localesFor }, size);
}

let current: ReturnType<typeof start> | undefined;
afterEach(() => current?.unmount());

describe('the flow screen', () => {
  it('shows the article intro and its note before the first step, in order', async () => {
    current = start('fr-FR', 'add-a-new-customer');
    const frame = current.frame();
    const intro = frame.indexOf('Lorsque vous créez votre base de clients');
    const note = frame.indexOf('Remarque');
    expect(intro).toBeGreaterThan(-1);
    expect(note).toBeGreaterThan(intro);
    expect(frame.indexOf('Étape 1 sur 5')).toBeGreaterThan(note);
    // The legacy note's own bold label is not repeated under the coloured kind.
    expect(frame.match(/Remarque/g)).toHaveLength(1);
  });

  it('shows the zh-CN title, applies-to, progress, the step and localized key hints', async () => {
    current = start('zh-CN', 'add-a-new-customer');
    await tick();
    const frame = current.frame();
    expect(frame).toContain('添加新客户');
    expect(frame).toContain('适用于：由世纪互联运营的合作伙伴中心');
    expect(frame).toContain('第 1 步，共 5 步');
    expect(frame).toContain('在“仪表板”菜单中，选择“客户”，然后选择“添加客户”。');
    // The note named by the article's own word (its `>**注意**<br>`), not the UI's 说明.
    expect(frame).toContain('ℹ 注意');
    expect(frame).not.toContain('说明');
    expect(frame).toContain('q 退出');
  });

  it('walks an English reader through an article with no English in its own French', async () => {
    current = start('en-US', 'revoke', { ...frenchOnly(), cache: false });
    await tick();
    const frame = current.frame();
    expect(frame).toContain('Rétablir les privilèges d’administrateur');
    expect(frame).toContain('Step 1 of 3');
    expect(frame).toContain('Connectez-vous au tableau de bord de l’Espace partenaires.');
    await current.press(ENTER);
    expect(current.frame()).toContain('Dans le menu de l’Espace partenaires, sélectionnez Clients.');
  });

  it('says an article is not in the reader’s language, and in which it is, under its title; not once it is', async () => {
    // de-DE: docflow speaks German, the bundled articles are not translated into it.
    current = start('de-DE', 'add-a-new-customer');
    await tick();
    const german = current.frame();
    expect(german).toContain('Noch nicht übersetzt. Sprache des Textes: Englisch.');
    expect(german.indexOf('Noch nicht übersetzt')).toBeGreaterThan(german.indexOf('Add a new customer'));
    expect(german).toContain('Schritt 1 von 5');
    current.unmount();
    current = start('zh-CN', 'add-a-new-customer');
    await tick();
    expect(current.frame()).not.toMatch(/尚未翻译/);
    current.unmount();
    // An English reader of an article in French only is told it is French.
    current = start('en-US', 'revoke', { ...frenchOnly(), cache: false });
    await tick();
    expect(current.frame()).toContain('Not translated yet. Language of the text: French.');
  });

  it('keeps the reader’s own language in the language menu where the article is not in it, to come back to', async () => {
    current = start('de-DE', 'add-a-new-customer');
    await current.press('l');
    expect(current.frame()).toMatch(/Deutsch\s+de-DE\s+✔/);
    await current.press(DOWN, DOWN, ENTER);
    expect(current.frame()).toContain('Étape 1 sur 5');
    await current.press('l');
    expect(current.frame()).toMatch(/Deutsch\s+de-DE/);
    await current.press(UP, UP, ENTER);
    expect(current.frame()).toContain('Schritt 1 von 5');
  });

  it('Enter and → advance; ← and b go back', async () => {
    current = start('zh-CN', 'add-a-new-customer');
    await current.press(ENTER);
    expect(current.frame()).toContain('第 2 步，共 5 步');
    await current.press(...ACCOUNT, RIGHT);
    expect(current.frame()).toContain('第 3 步，共 5 步');
    // Esc leaves the step's fields; then ← and b go back.
    await current.press(ESC, LEFT);
    expect(current.frame()).toContain('第 2 步，共 5 步');
    await current.press(ESC, 'b');
    expect(current.frame()).toContain('第 1 步，共 5 步');
  });

  it('back on a step with answers, its fields further on show what they hold, not bare labels', async () => {
    current = start('en-US', 'add-a-new-customer');
    await current.press(ENTER, ...ACCOUNT, ENTER, ESC, 'b');
    const frame = current.frame();
    expect(frame).toContain('Step 2 of 5');
    // The first field open to change, the others as entered.
    expect(frame).toMatch(/› Company name\s+Contoso Ltd/);
    expect(frame).toContain('Address: 1 Main Street, Beijing');
    expect(frame).toContain('Contact phone: +86 10 1234 5678');
  });

  it('writes a field and its answer as the language does, as the entered list under the step does', async () => {
    current = start('zh-CN', 'add-a-new-customer');
    await current.press(ENTER, ...ACCOUNT.slice(0, 2));
    expect(current.frame()).toContain('✔ 公司名称：Contoso Ltd');
    await current.press(ESC, 'l', DOWN, DOWN, ENTER, ENTER, ENTER);
    expect(current.frame()).toContain('Étape 2 sur 5');
    expect(current.frame()).toContain('✔ Nom de la société : Contoso Ltd');
  });

  it('labels the way on with the step’s own UI label', async () => {
    current = start('fr-FR', 'add-a-new-customer');
    await current.press(ENTER, ...ACCOUNT);
    expect(current.frame()).toMatch(/Entrée suivant\u00a0: Abonnements\s+passer à l’étape 3/);
  });

  it('l opens the languages by their own names and switches, keeping the step and the inputs', async () => {
    current = start('zh-CN', 'add-a-new-customer');
    await current.press(ENTER, ...ACCOUNT, ENTER, ESC);
    expect(current.frame()).toContain('第 3 步，共 5 步');
    await current.press('l');
    const menu = current.frame();
    expect(menu).toContain('语言');
    expect(menu).toMatch(/English\s+en-US/);
    expect(menu).toMatch(/Français\s+fr-FR/);
    expect(menu).toMatch(/› 中文\s+zh-CN\s+✔/);
    await current.press(UP, UP, ENTER);
    expect(current.frame()).toContain('Step 3 of 5');
    expect(current.frame()).toContain('On the Subscriptions page');
    await current.press('l', DOWN, ENTER);
    expect(current.frame()).toContain('Étape 3 sur 5');
    expect(current.frame()).toContain('Ajouter un client');
    // Esc closes the menu and nothing changes.
    await current.press('l', DOWN, ESC);
    expect(current.frame()).toContain('Étape 3 sur 5');
    await current.press('g');
    expect(current.frame()).toMatch(/✔\s+2\./);
  });

  it('keeps what was typed in a field and not confirmed when Esc leaves the fields to switch language', async () => {
    current = start('en-US', 'add-a-new-customer');
    await current.press(ENTER);
    await current.type('Contoso Pharmaceuticals');
    await current.press(ESC, 'l', DOWN, ENTER);
    expect(current.frame()).toContain('Étape 2 sur 5');
    await current.press(ENTER);
    expect(current.frame()).toContain('Contoso Pharmaceuticals');
    // Confirmed, it is the value, as if typed at once.
    await current.press(ENTER);
    expect(current.frame()).toMatch(/✔ Nom de la société ?: Contoso Pharmaceuticals/);
  });

  it('scrolls the help in a short pane, under its title, ↑/↓ and PgUp/PgDn moving it and any other key closing it', async () => {
    const open = (locale: string, columns: number, rows: number) => {
      const session = openSession(memoryIo().io, { locale }, (ws) => ws.slugs(), undefined, { oneLocale: true });
      const flows = session.workspace.workflows();
      return renderApp(session.i18n, { flows, initial: flows.find((f) => f.id === 'add-a-new-customer')!, localesFor: session.localesFor }, { columns, rows });
    };
    /** The help fits the pane with its title first, and no description starts back under the keys' column. */
    const inPane = (rows: number, ...atLeft: string[]) => {
      const lines = current!.frame().split('\n');
      expect(lines.length).toBeLessThan(rows);
      expect(lines[0]).toMatch(/^(Touches|Keys)$/);
      expect(lines.filter((line) => /^\S/.test(line)).every((line) => [lines[0]!, ...atLeft].some((left) => line.startsWith(left)))).toBe(true);
    };
    // 11 keys in 12 rows of 40 columns: they were cut to a line each and still pushed the title off.
    current = open('fr-FR', 40, 12);
    await current.press('?');
    inPane(12, 'lignes ', 'Toute autre touche ferme l’aide.');
    expect(current.frame()).toMatch(/Entrée {2}→ +étape suivante/);
    expect(current.frame()).toMatch(/lignes 1–\d+ sur \d+ · ↑\/↓ défiler/);
    await current.press('\u001B[B');
    inPane(12, 'lignes ', 'Toute autre touche ferme l’aide.');
    expect(current.frame()).toMatch(/lignes 2–/);
    await current.press('\u001B[6~', '\u001B[6~', '\u001B[6~', '\u001B[6~', '\u001B[6~', '\u001B[6~');
    // Every key is there to read, its description whole.
    expect(current.frame()).toMatch(/q {2}Ctrl\+C +quitter \(votre/);
    expect(current.frame()).toContain('enregistrée)');
    await current.press('\u001B[5~');
    expect(current.frame()).toContain('Touches');
    await current.press('x');
    expect(current.frame()).not.toContain('Touches');
    expect(current.frame()).toContain('Ajouter un client');
    current.unmount();
    // A tall pane shows every key at once, and any key, ↓ too, closes it.
    current = open('en-US', 100, 40);
    await current.press('?');
    inPane(40, 'Any key closes this help.');
    expect(current.frame()).toMatch(/Enter {2}→ +next step[^]*q {2}Ctrl\+C +quit \(your progress is saved\)/);
    expect(current.frame()).not.toContain('↑/↓ scroll');
    await current.press('\u001B[B');
    expect(current.frame()).not.toContain('Any key closes this help.');
    expect(current.frame()).toContain('Step 1 of 5');
    current.unmount();
  });

  it('offers Update and Submit on the review step; Update goes back to account info', async () => {
    current = start('en-US', 'add-a-new-customer');
    await current.press(ENTER, ...ACCOUNT, ENTER, ...SUBSCRIPTIONS, ENTER);
    const review = current.frame();
    expect(review).toContain('Step 4 of 5');
    expect(review).toMatch(/1 Update\s+back to step 2/);
    expect(review).toMatch(/Enter Submit\s+on to step 5/);
    // The review shows everything entered.
    expect(review).toContain('What you entered');
    expect(review).toContain('Company name: Contoso Ltd');
    expect(review).toContain('Offers: Microsoft 365 Business Basic');
    expect(review).toContain('Licenses: 5');
    await current.press('1');
    expect(current.frame()).toContain('Step 2 of 5');
    expect(current.frame()).toContain('On the Account info page');
    // Back on account info, the values are kept: Enter confirms each as it is.
    await current.press(ENTER, ENTER, ENTER, ENTER, ENTER, ENTER);
    expect(current.frame()).toContain('Company name: Contoso Ltd');
    expect(current.frame()).toContain('Contact email: li@contoso.com');
    expect(current.frame()).toMatch(/Enter Next: Subscriptions\s+on to step 3/);
  });

  it('ends on a done screen that offers the linked procedures', async () => {
    current = start('fr-FR', 'add-a-new-customer');
    await current.press(ENTER, ...ACCOUNT, ENTER, ...SUBSCRIPTIONS, ENTER, ENTER, ENTER);
    expect(current.frame()).toContain('Terminé : les 5 étapes sont effectuées.');
    // What the section says after the last step shows here, not lost.
    expect(current.frame()).toContain('Pour ajouter un nouvel abonnement à un compte client, consultez');
    // The article links to four articles; two of them are procedures.
    expect(current.frame()).toMatch(/1 Demander une relation de revendeur avec un client\s+2 Créer un abonnement/);
    await current.press('2');
    expect(current.frame()).toContain('Étape 1 sur 4');
    expect(current.frame()).toContain('Créer un abonnement');
    // Esc goes back where the reader came from: this done screen, not the list of procedures.
    await current.press(ESC);
    expect(current.frame()).toContain('Terminé : les 5 étapes sont effectuées.');
    expect(current.frame()).not.toContain('Choisissez une procédure');
  });
});

describe('a linked procedure', () => {
  it('opens from its step with o, and comes back to that step when done', async () => {
    current = start('fr-FR', 'add-a-new-customer');
    await current.press(ENTER, ...ACCOUNT, ENTER, ...SUBSCRIPTIONS, ENTER, ENTER);
    expect(current.frame()).toContain('Étape 5 sur 5');
    expect(current.frame()).toMatch(/ o Créer un abonnement/);
    await current.press('o');
    expect(current.frame()).toContain('Créer un abonnement');
    expect(current.frame()).toContain('Étape 1 sur 4');
    await current.press(ENTER, ENTER, ENTER, ENTER);
    expect(current.frame()).toContain('Terminé : les 4 étapes sont effectuées.');
    expect(current.frame()).toContain('←/b retour');
    await current.press('b');
    expect(current.frame()).toContain('Ajouter un client');
    expect(current.frame()).toContain('Étape 5 sur 5');
    await current.press(ENTER);
    expect(current.frame()).toContain('Terminé : les 5 étapes sont effectuées.');
  });

  it('keeps the run it left: back from the linked one, its steps done are still done, and its record is one run', async () => {
    const dir = tempDir();
    try {
      const session = openSession(memoryIo().io, { locale: 'fr-FR' }, (ws) => ws.slugs(), undefined, { oneLocale: true });
      const flows = session.workspace.workflows();
      const runs = { plan: () => ({}), recorder: (flow: Workflow, from?: SavedRun) => new RunRecorder(dir, flow, 'content', from, () => undefined) };
      current = renderApp(session.i18n, { flows, initial: flows.find((f) => f.id === 'add-a-new-customer')!, localesFor: session.localesFor, runs });
      await current.press(ENTER, ...ACCOUNT, ENTER, ...SUBSCRIPTIONS, ENTER, ENTER, 'o', ESC);
      expect(current.frame()).toContain('Étape 5 sur 5');
      await current.press(ENTER);
      expect(current.frame()).toContain('Terminé : les 5 étapes sont effectuées.');
      const records = fs.readdirSync(path.join(dir, 'records')).map((f) => JSON.parse(fs.readFileSync(path.join(dir, 'records', f), 'utf8')) as SavedRun & { outcome: string });
      const parent = records.find((r) => r.flow === 'add-a-new-customer')!;
      expect(parent).toMatchObject({ outcome: 'finished' });
      expect(parent.steps.map((step) => step.number)).toEqual([1, 2, 3, 4, 5]);
    } finally {
      current?.unmount();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the picker', () => {
  it('lists the procedures titled in the chosen language and opens one', async () => {
    current = start('fr-FR');
    await tick();
    expect(current.frame()).toContain('Choisissez une procédure');
    expect(current.frame()).toContain('› Ajouter un client');
    await current.press(DOWN, ENTER);
    expect(current.frame()).toContain('Mettre à niveau un abonnement client existant');
    expect(current.frame()).toContain('Étape 1 sur 3');
  });

  it('keeps its title on the first line when its key hints wrap (a narrow terminal, a longer language)', async () => {
    for (const [columns, rows] of [[80, 24], [40, 20], [60, 14]] as const) {
      const session = openSession(memoryIo().io, { locale: 'fr-FR' }, (ws) => ws.slugs(), undefined, { oneLocale: true });
      current = renderApp(session.i18n, { flows: session.workspace.workflows(), localesFor: session.localesFor }, { columns, rows });
      await tick();
      const lines = current.frame().split('\n');
      expect(lines[0]).toContain('Choisissez une procédure');
      expect(lines.length).toBeLessThanOrEqual(rows);
      expect(lines.at(-1)).toMatch(/quitter/);
      current.unmount();
    }
  });

  it('keeps the procedure’s part of a cut title, so two procedures of one article read apart', () => {
    const article = 'Découvrez comment lire les éléments de ligne dans vos fichiers de rapprochement de l’espace partenaires';
    const [one, two] = ['Factures', 'Relevés'].map((procedure) => shortTitle(`${article} — ${procedure}`, 60));
    expect(one).toMatch(/^Découvrez comment lire .*… — Factures$/);
    expect(two).toMatch(/… — Relevés$/);
    expect(displayWidth(one!)).toBeLessThanOrEqual(60);
    // A title that fits is as it was.
    expect(shortTitle('Customer support — To submit a service request', 60)).toBe('Customer support — To submit a service request');
  });

  it('keeps both parts of a cut title in a 40-column pane, where the procedure’s is long too (connector-salesforce, fr-FR)', () => {
    const article = 'Connecteur de covente pour Salesforce CRM - vue d’ensemble';
    const procedures = ['Installation du package Salesforce pour les champs personnalisés Microsoft', 'Installation et configuration de la solution Power Automate', 'SCÉNARIO'];
    const cut = procedures.map((procedure) => shortTitle(`${article} — ${procedure}`, 38));
    expect(new Set(cut).size).toBe(3);
    for (const [i, title] of cut.entries()) {
      expect(displayWidth(title)).toBeLessThanOrEqual(38);
      expect(title).toMatch(/^Connecteur[^—]*… — /u);
      expect(procedures[i]!.startsWith(title.split(' — ')[1]!.replace(/…$/u, ''))).toBe(true);
    }
  });

  it('reads apart, in a 40-column pane, procedures whose titles begin with the same words: the words they share give way (update-your-partner-profile, fr-FR)', async () => {
    current = start('fr-FR', undefined, {}, { columns: 40, rows: 14 });
    await tick();
    await current.type('profil');
    const rows = current.frame().split('\n').filter((line) => /^[› ] Mettre/u.test(line));
    expect(rows).toHaveLength(3);
    // Before, the first two were both "Mettre à jo… — Mettre à jour vos info…".
    expect(new Set(rows.map((row) => row.slice(2).trim())).size).toBe(3);
    expect(rows[1]).toMatch(/ — …facturation du part/u);
    for (const row of rows) expect(displayWidth(row)).toBeLessThanOrEqual(40);
    // Where the rest of the procedure's part says the same anyway, it is cut at its end, as before.
    expect(rows[0]).toMatch(/ — …partenaire {2}4 étapes$/u);
    expect(rows[2]).toMatch(/ — Mettre à jour les inf/u);
  });

  it('cuts a Thai step in the overview where the pane ends: its vowels and tone marks take no column (th-TH at 40 columns)', async () => {
    const dir = folderWith({ 'th-TH/add-a-new-customer.md': { fixture: 'th-TH/add-a-new-customer.md' } });
    try {
      const session = openSession(memoryIo().io, { content: dir, locales: path.join(dir, 'locales'), locale: 'th-TH', cache: false }, (ws) => ws.slugs(), undefined, { oneLocale: true });
      const flows = session.workspace.workflows();
      current = renderApp(session.i18n, { flows, initial: flows[0]!, localesFor: session.localesFor }, { columns: 40, rows: 30 });
      await tick();
      await current.press('g');
      const rows = current.frame().split('\n').filter((line) => /^[› ] . +[1-5]\. /u.test(line));
      expect(rows).toHaveLength(5);
      expect(rows[0]).toMatch(/1\. จากเมนูแดชบอร์ด ให้เลือกลูกค้า/u);
      // Each sentence is longer than the pane: cut with as much of it as fits (the columns a
      // terminal gives it, which string-width counts), not a sixth short of the edge.
      for (const row of rows) {
        expect(row.endsWith('…'), row).toBe(true);
        expect(stringWidth(row), row).toBeGreaterThanOrEqual(39);
        expect(stringWidth(row), row).toBeLessThanOrEqual(40);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('wraps Thai between words and Japanese before no comma, losing nothing, in a 40-column pane', async () => {
    for (const locale of ['th-TH', 'ja-JP']) {
      const dir = folderWith({ [`${locale}/add-a-new-customer.md`]: { fixture: `${locale}/add-a-new-customer.md` } });
      try {
        const session = openSession(memoryIo().io, { content: dir, locales: path.join(dir, 'locales'), locale, cache: false }, (ws) => ws.slugs(), undefined, { oneLocale: true });
        const flows = session.workspace.workflows();
        current = renderApp(session.i18n, { flows, initial: flows[0]!, localesFor: session.localesFor }, { columns: 40, rows: 40 });
        await tick();
        const frame = current.frame();
        const lines = frame.split('\n');
        // The note's text, its lines joined: every character of it (Ink gave a Thai tone mark
        // that began a line a cell, and the line lost its last letter, "รายนั้น" → "รายนั้").
        const bar = lines.findIndex((line) => line.startsWith('│ ℹ'));
        const end = lines.findIndex((line, i) => i > bar && !line.startsWith('│ '));
        const note = lines.slice(bar + 1, end).map((line) => line.slice(2)).join('');
        // Its links lettered after their words, as the intro's links are (listed under it).
        let link = 0;
        const text = session.tr.text('add-a-new-customer', 'note.108').replace(/\[([^\]]*)\]\([^)]*\)/g, (_, words: string) => `${words}[${'abc'[link++]}]`).replace(/ /g, '');
        expect(note.replace(/ /g, ''), locale).toBe(text);
        for (const line of lines) {
          expect(stringWidth(line), line).toBeLessThanOrEqual(40);
          // No line of text begins with a mark (cut from its letter) or a Japanese closing mark.
          expect(line.replace(/^[│ ]+/u, ''), line).not.toMatch(/^[\p{M}、。」]/u);
        }
      } finally {
        current?.unmount();
        current = undefined;
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  });

  it('lists the seven procedures of one article apart at 40 columns, each cut once', async () => {
    const dir = folderWith({ 'fr-FR/connector-salesforce.md': { fixture: 'fr-FR/connector-salesforce.md' } });
    try {
      const session = openSession(memoryIo().io, { content: dir, locales: path.join(dir, 'locales'), locale: 'fr-FR', cache: false }, (ws) => ws.slugs());
      current = renderApp(session.i18n, { flows: session.workspace.workflows(), localesFor: session.localesFor }, { columns: 40, rows: 30 });
      await tick();
      const rows = current.frame().split('\n').filter((line) => line.startsWith('› Connecteur') || line.startsWith('  Connecteur'));
      expect(rows).toHaveLength(7);
      expect(new Set(rows.map((row) => row.slice(2))).size).toBe(7);
      for (const row of rows) {
        expect(displayWidth(row)).toBeLessThanOrEqual(40);
        expect(row).not.toMatch(/…\s*…/u);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists entries, not whole workflows, as `docflow run` does, and opens the whole flow picked', async () => {
    const { session, flows } = titlesSession(memoryIo().io, { locale: 'fr-FR' });
    expect(flows.length).toBeGreaterThan(1);
    expect(flows.some(isWholeWorkflow)).toBe(false);
    const opened: string[] = [];
    const open = flowOpener(session);
    const prepare = (flow: FlowEntry) => (opened.push(flow.id), open(flow));
    current = renderApp(session.i18n, { flows, prepare, localesFor: session.localesFor });
    await tick();
    expect(current.frame()).toContain('› Ajouter un client');
    await current.press(ENTER);
    expect(opened).toEqual(['add-a-new-customer']);
    expect(current.frame()).toContain('Étape 1 sur 5');
    expect(current.frame()).toContain('Lorsque vous créez votre base de clients');
  });

  it('ends the run with the error, not a crash, when a picked flow cannot be read whole', async () => {
    const { session, flows } = titlesSession(memoryIo().io, { locale: 'en-US' });
    const prepare = (flow: FlowEntry): never => {
      throw new Error(`${flow.id} is gone`);
    };
    current = renderApp(session.i18n, { flows, prepare, localesFor: session.localesFor });
    await tick();
    const ended = expect(current.exited()).rejects.toThrow('add-a-new-customer is gone');
    await current.press(ENTER);
    await ended;
  });

  it('acts on keys typed faster than the screen renders', async () => {
    current = start('fr-FR');
    await tick();
    await current.type(DOWN, DOWN, ENTER);
    expect(current.frame()).toContain('Vérifier l’état du service');
  });
});

describe('fast typing in a flow', () => {
  it('a burst of a whole walk, answers and all, then 1 takes the branch of step 4', async () => {
    current = start('en-US', 'add-a-new-customer');
    await tick();
    await current.type(ENTER, ...ACCOUNT, ENTER, ...SUBSCRIPTIONS, ENTER, '1');
    expect(current.frame()).toContain('Step 2 of 5');
  });

  it('does not go on past a required value left out: Enter after Esc opens the form again', async () => {
    current = start('en-US', 'add-a-new-customer');
    await tick();
    await current.press(ENTER, ESC);
    expect(current.frame()).not.toContain('Enter confirms each field');
    await current.press(ENTER);
    expect(current.frame()).toContain('Step 2 of 5');
    await current.press(ENTER);
    expect(current.frame()).toMatch(/This field is required|required/);
    expect(current.frame()).toContain('Step 2 of 5');
  });

  it('checks what is entered, in the reader’s language', async () => {
    current = start('fr-FR', 'add-a-new-customer');
    await current.press(ENTER, ENTER);
    expect(current.frame()).toContain('Ce champ est obligatoire.');
    await current.press('Contoso', ENTER, 'x', ENTER, 'y', ENTER, 'z', ENTER, 'pas un e-mail', ENTER);
    expect(current.frame()).toContain('Entrez une adresse e-mail, par exemple nom@contoso.com.');
  });
});

describe('a whole onboarding typed as one burst', () => {
  it('loses no key when every answer of a step arrives in one chunk, as a paste or tmux send-keys does', async () => {
    current = start('en-US', 'add-a-new-customer');
    await current.type(ENTER, ...ACCOUNT, ENTER);
    expect(current.frame()).toContain('Step 3 of 5');
    await current.type(...SUBSCRIPTIONS, ENTER);
    expect(current.frame()).toContain('Step 4 of 5');
    expect(current.frame()).toContain('1 Main Street, Beijing');
    expect(current.frame()).toContain('Microsoft 365 Business Basic');
    expect(current.frame()).toMatch(/Licenses\W+5/);
  });
});

describe('keys the screens have no use for', () => {
  it('go by without a crash: Ctrl+F1, a focus report, a paste with colours and a tab, into a field', async () => {
    current = start('en-US', 'add-a-new-customer');
    await current.press(ENTER, '\u001B[1;5P', '\u001B[I', 'Contoso');
    await current.type('\u001B[200~\u001B[1;31m Ltd\u001B[0m\tGroup\u001B[201~');
    expect(current.frame()).toContain('Contoso Ltd Group');
    expect(current.frame()).not.toContain('[I');
  });
});

describe('Ctrl+letters from a shell’s habits', () => {
  it('type nothing into a field (Ctrl+U) and neither quit (Ctrl+Q) nor open the language menu (Ctrl+L) on a step', async () => {
    current = start('en-US', 'add-a-new-customer');
    await current.press(ENTER, 'Contoso', '\u0015', '\u0001', ENTER);
    expect(current.frame()).toMatch(/Company name: Contoso$/m);
    await current.press(ESC, '\u000c', '\u0011');
    expect(await current.exited()).toBe(false);
    expect(current.frame()).toContain('Step 2 of 5');
    expect(current.frame()).not.toMatch(/Language|English/);
  });
});

describe('a field edited by the characters a reader sees', () => {
  it('erases an emoji, or a CJK character beyond the BMP, whole with Backspace, and ← steps over it', async () => {
    current = start('en-US', 'add-a-new-customer');
    await current.press(ENTER, 'A', '👍', '\u007f', 'B', ENTER);
    expect(current.frame()).toMatch(/Company name: AB$/m);
    await current.press('𠮷', '👍🏽', LEFT, 'x', '\u007f', '\u007f', 'y', ENTER);
    expect(current.frame()).toMatch(/Address: y👍🏽$/m);
  });
});

describe('a paste', () => {
  it('is text, not keys: on a step whose fields were left, its q does not quit, its l opens no menu', async () => {
    current = start('en-US', 'add-a-new-customer');
    await current.press(ENTER, ESC);
    await current.type('\u001B[200~Contoso Ltd, 1 quai de la Tournelle\u001B[201~');
    expect(await current.exited()).toBe(false);
    expect(current.frame()).toContain('Step 2 of 5');
    expect(current.frame()).not.toMatch(/Language|English/);
  });
});

describe('wrapped text', () => {
  it('never starts a wrapped line with the space between two words', async () => {
    const { Box } = await import('ink');
    const { Inline } = await import('../../src/tui/components/Inline.js');
    const text = 'Sur le **révision** page, vérifiez les entrées pour la précision. Sélectionnez **mise à jour** si vous avez besoin';
    for (let width = 12; width <= 40; width++) {
      const app = render(
        <Box width={width}>
          <Inline markdown={text} />
        </Box>,
      );
      const lines = (app.lastFrame() ?? '').split('\n');
      app.unmount();
      expect(lines.filter((line) => line.startsWith(' ')), `width ${width}`).toEqual([]);
    }
  });
});
