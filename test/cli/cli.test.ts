import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { contentPath, FIXTURES, folderWith, memoryIo, ROOT, tempDir } from '../helpers.js';

async function cli(args: string[], env: NodeJS.ProcessEnv = {}, stdin = '') {
  const m = memoryIo(env, stdin);
  const code = await runCli(args, m.io);
  return { code, out: m.out(), err: m.err() };
}

describe('docflow parse', () => {
  it('prints the document as JSON', async () => {
    const { code, out } = await cli(['parse', contentPath('fr-FR', 'add-a-new-customer'), '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(out) as {
      locale: string;
      segments: { id: string; n: number; source: string; target: string; line: number; column: number }[];
      steps: { key: string; segments: number[]; labels: { source: string; target: string }[] }[];
    };
    expect(doc.locale).toBe('fr-FR');
    expect(doc.segments).toHaveLength(14);
    expect(doc.steps).toHaveLength(5);
    expect(doc.segments.find((s) => s.n === 110)).toMatchObject({
      id: 'be056-110',
      source: 'From the **Dashboard** menu, select **Customers** and then select **Add customer**.',
      line: 27,
      column: 5,
    });
    expect(doc.steps[3]).toMatchObject({ key: 'proc-1.step-4', segments: [113, 114] });
  });

  it('reports bad input with file:line:column and rule, exit 1, no stack trace', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'broken.md');
    fs.writeFileSync(file, '# x\n\n1. <span data-ttu-id="ab12c-7">cassé\n2. deux\n');
    const { code, err } = await cli(['parse', file]);
    expect(code).toBe(1);
    expect(err).toContain('3:4');
    expect(err).toContain('unbalanced-span');
    expect(err).not.toMatch(/\bat .*\.js:\d+/);
    const json = await cli(['parse', file, '--format', 'json']);
    expect(JSON.parse(json.out.slice(json.out.indexOf('['))) as unknown[]).toEqual([
      expect.objectContaining({ line: 3, column: 4, ruleId: 'docflow:unbalanced-span', file }),
    ]);
  });

  it('names UI labels it could not pair as info findings with their position, and still exits 0', async () => {
    const file = path.join(FIXTURES, 'zh-CN', 'mfa-for-users.md');
    const text = fs.readFileSync(file, 'utf8');
    const { code, err } = await cli(['parse', file]);
    expect(code).toBe(0);
    const unpaired = err.split('\n').filter((line) => line.includes('label-unpaired'));
    // Every label of this article is quoted in the translation: nothing to report.
    expect(unpaired).toEqual([]);
    const broken = path.join(tempDir(), 'unpaired.md');
    fs.writeFileSync(broken, text.replace('选择“启用”', '选择启用'));
    const second = await cli(['parse', broken, '--format', 'json']);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.out.slice(second.out.indexOf('['))) ).toEqual([
      expect.objectContaining({ line: 35, ruleId: 'docflow:label-unpaired', severity: 'info', message: expect.stringContaining('“Enable”') }),
    ]);
    fs.rmSync(path.dirname(broken), { recursive: true });
  });

  it('parses folders and files as one JSON line each, going on past a file that is not text', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'binary.md'), Buffer.from([0xff, 0xfe, 0x00, 0x81, 0x41]));
    const { code, out } = await cli(['parse', path.join(FIXTURES, 'zh-CN'), path.join(dir, 'binary.md'), '--json']);
    expect(code).toBe(1);
    const lines = out.trim().split('\n').map((line) => JSON.parse(line) as { path: string; segments?: number; messages: { ruleId: string; severity: string }[] });
    expect(lines.map((l) => path.basename(l.path))).toEqual(['azure-active-directory-tenants-and-partner-center.md', 'mfa-for-users.md', 'revoke-reinstate-csp.md', 'binary.md']);
    expect(lines[2]!.segments).toBeGreaterThan(0);
    expect(lines[3]!.messages).toEqual([expect.objectContaining({ ruleId: 'docflow:not-text', severity: 'error' })]);
    fs.rmSync(dir, { recursive: true });
  });

  it('reads an article with a few bytes that are not UTF-8, and says where the first is, as extract does', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'en-US', 'latin1.md');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, Buffer.concat([Buffer.from('# Caf'), Buffer.from([0xe9]), Buffer.from('\n\n1. Select **Save**.\n2. Done.\n')]));
    const parsed = await cli(['parse', file]);
    expect(parsed.err).toContain(`${file}:1:6 warning bytes that are not UTF-8 (shown as �): save the article as UTF-8 docflow:not-utf8`);
    expect(parsed.out).toContain('2 steps');
    const extracted = await cli(['extract', '--content', dir, '--locales', path.join(dir, 'locales'), '--no-cache']);
    expect(extracted.err).toContain(`${file}:1:6 warning bytes that are not UTF-8`);
  });

  it('says nothing of bytes that are not UTF-8 in a UTF-8 article that writes the character � itself (this README parsed gave a not-utf8 warning, exit 1)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'en-US', 'replacement.md');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, '# Bytes shown as �\n\n1. Select **Save**.\n2. Done.\n');
    const parsed = await cli(['parse', file]);
    expect(parsed.err).toBe('');
    expect(parsed.code).toBe(0);
    const extracted = await cli(['extract', '--content', dir, '--locales', path.join(dir, 'locales'), '--no-cache']);
    expect(extracted.err).toBe('');
    expect(extracted.code).toBe(0);
  });

  it('exits 2 for a file that does not exist', async () => {
    const { code, err } = await cli(['parse', 'nope.md']);
    expect(code).toBe(2);
    expect(err).toContain('nope.md');
  });
});

describe('usage', () => {
  it('--help works on every command', async () => {
    for (const command of ['run', 'list', 'checklist', 'parse', 'extract']) {
      const { code, out } = await cli([command, '--help']);
      expect(code, command).toBe(0);
      expect(out, command).toContain('Usage: docflow');
      expect(out, command).toContain('Example');
    }
  });

  it('exits 2 on an unknown option or command', async () => {
    expect((await cli(['checklist', 'x', '--bogus'])).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
  });

  it('exits 2 for an article that is not there, saying so, writing nothing; a folder named instead is pointed to --content', async () => {
    const locales = tempDir();
    for (const command of ['extract', 'lint', 'status']) {
      const { code, err } = await cli([command, 'no-such-article', '--locales', locales]);
      expect(code).toBe(2);
      expect(err).toContain('no article named no-such-article');
      expect(err).not.toContain('internal error');
    }
    expect(fs.readdirSync(locales)).toEqual([]);
    const folder = await cli(['extract', FIXTURES, '--locales', locales]);
    expect(folder.code).toBe(2);
    expect(folder.err).toContain(`give it as --content ${FIXTURES}`);
  });

  it('suggests the article meant for a mistyped one, as run suggests a procedure (exit 2)', async () => {
    for (const command of [['extract'], ['lint'], ['status'], ['export', '--locale', 'fr-FR', '--out', 'never.xlf'], ['apply', '--dry-run']]) {
      const { code, err } = await cli([command[0]!, 'add-a-new-custmer', ...command.slice(1), '--locales', tempDir()]);
      expect(code, command[0]).toBe(2);
      expect(err, command[0]).toBe('docflow: no article named add-a-new-custmer. Did you mean add-a-new-customer?\n');
    }
  });

  it('run given a folder where a procedure goes says how to open its articles, in the reader\'s language (exit 2)', async () => {
    // A new reader's first try: `docflow run ./docs`. It said "No procedure named …".
    const english = await cli(['run', FIXTURES, '--locale', 'en-US']);
    expect(english.code).toBe(2);
    expect(english.err).toBe(`docflow: “${FIXTURES}” is a folder, not a procedure. To open the procedures of its articles: \`docflow run --content ${FIXTURES}\`.\n`);
    const french = await cli(['run', FIXTURES, '--locale', 'fr-FR']);
    expect(french.err).toContain(`est un dossier, pas une procédure. Pour ouvrir les procédures de ses articles : \`docflow run --content ${FIXTURES}\``);
  });

  it('says in words why a file given to an option cannot be read, not as Node’s code or message (exit 2)', async () => {
    const dir = tempDir();
    const missing = path.join(dir, 'none.json');
    const given = [
      [['merge', missing], `${missing}:1:1 error cannot read it (ENOENT: no such file) docflow:bad-part\n`],
      [['checklist', 'add-a-new-customer', '--from-run', missing], `docflow: ${missing}: cannot read it (ENOENT: no such file)\n`],
      [['run', 'add-a-new-customer', '--answers', missing], `${missing}:1:1 error the answers file: cannot read it (ENOENT: no such file) docflow:answers\n`],
      [['lint', '--glossary', missing], `${missing}:1:1 error cannot read it (ENOENT: no such file) docflow:bad-glossary\n`],
      [['lint', '--config', dir], `docflow: ${dir}: cannot read it (EISDIR: it is a folder)\n`],
      [['checklist', 'add-a-new-customer', '--from-run', dir], `docflow: ${dir}: cannot read it (EISDIR: it is a folder)\n`],
    ] as const;
    for (const [args, said] of given) {
      const { code, err } = await cli([...args]);
      expect(code, args.join(' ')).toBe(2);
      expect(err, args.join(' ')).toBe(said);
    }
  });

  it('says where a --config file is not valid YAML, not that it cannot be read (its parser\'s code was taken for the system\'s)', async () => {
    const config = path.join(tempDir(), 'lint.yaml');
    fs.writeFileSync(config, 'rules:\n  whitespace: [\n');
    const { code, err } = await cli(['lint', '--config', config]);
    expect(code).toBe(2);
    expect(err).toMatch(new RegExp(`^${config}:3:1 error not valid JSON or YAML: .+ docflow:lint-config\n$`));
    expect(err).not.toContain('cannot read it');
  });

  it('says a --content that is a file is a file, not a folder that is not found (exit 2)', async () => {
    const file = path.join(tempDir(), 'README.md');
    fs.writeFileSync(file, '# Notes\n');
    for (const command of [['list', '--locale', 'en-US'], ['status'], ['run', 'add-a-new-customer', '--locale', 'en-US'], ['extract']]) {
      const { code, err } = await cli([...command, '--content', file, '--locales', tempDir()]);
      expect(code, command[0]).toBe(2);
      expect(err, command[0]).toBe(`docflow: Content folder is a file, not a folder: ${file} (--content takes the folder of the articles)\n`);
    }
  });

  it('says a --locales that is a file is not a folder (exit 2, no stack trace); a --cache that cannot be written only costs time', async () => {
    const file = path.join(tempDir(), 'locales.json');
    fs.writeFileSync(file, '{}');
    for (const command of [['list', '--locale', 'en-US'], ['status'], ['lint'], ['run', 'add-a-new-customer', '--locale', 'en-US'], ['extract']]) {
      const { code, err } = await cli([...command, '--locales', file]);
      expect(code, command[0]).toBe(2);
      expect(err, command[0]).toBe(`docflow: Locales folder is a file, not a folder: ${file}\n`);
    }
    expect(fs.readFileSync(file, 'utf8')).toBe('{}');
    const listed = await cli(['list', '--locale', 'en-US', '--cache', file]);
    expect(listed.err).not.toContain('internal error');
    expect(listed.code).toBe(0);
    expect(listed.out).toContain('add-a-new-customer');
  });

  it('exits 2 with a localized message for an unknown procedure or locale', async () => {
    const flow = await cli(['checklist', 'no-such-thing', '--locale', 'fr-FR']);
    expect(flow.code).toBe(2);
    expect(flow.err).toContain('Aucune procédure nommée « no-such-thing »');
    const article = await cli(['run', 'multichannel', '--locale', 'en-US']);
    expect(article.code).toBe(1);
    expect(article.err).toContain('“multichannel” has no procedure');
    const locale = await cli(['checklist', 'add-a-new-customer', '--locale', 'xx-YY']);
    expect(locale.code).toBe(2);
    expect(locale.err).toContain('xx-YY');
  });

  it('suggests the command or the procedure a name is a typo of', async () => {
    const command = await cli(['lst', '--locale', 'en-US']);
    expect(command.code).toBe(2);
    expect(command.err).toContain('“lst” is neither a command nor a procedure. Did you mean `docflow list`?');
    const flow = await cli(['run', 'add-a-new-custmer', '--locale', 'fr-FR']);
    expect(flow.code).toBe(2);
    expect(flow.err).toContain('Vouliez-vous dire « add-a-new-customer » ?');
    // Far from everything: no guess.
    expect((await cli(['run', 'zzzzzzzz', '--locale', 'en-US'])).err).not.toContain('Did you mean');
  });

  it('refuses an option value a command does not know, naming the ones it does', async () => {
    const { code, err } = await cli(['lint', '--format', 'xml']);
    expect(code).toBe(2);
    expect(err).toMatch(/'xml' is invalid\. Allowed choices are text, json\.$/m);
    // A typo of one of them: that one is suggested.
    const typo = await cli(['status', '--format', 'jsn']);
    expect(typo.code).toBe(2);
    expect(typo.err).toContain("'jsn' is invalid. Allowed choices are text, json, html. Did you mean json?");
    const rule = await cli(['lint', '--rule', 'whitespce=warnign']);
    expect(rule.code).toBe(2);
    expect(rule.err).toContain('no rule “whitespce”; did you mean “whitespace”?');
    expect((await cli(['lint', '--rule', 'whitespace=warnign'])).err).toContain('“warnign” is not one of off, info, warning, error; did you mean “warning”?');
    const locale = await cli(['list', '--locale', 'fr-FRR']);
    expect(locale.code).toBe(2);
    expect(locale.err).toMatch(/Locale “fr-FRR” is not available\. Available: .*\. Did you mean “fr-FR”\?/);
  });
});

/** What add-a-new-customer asks for, a line each: the account (step 2), then an offer by number and the licenses (step 3). */
const ANSWERS = ['Contoso Ltd', '1 Main Street', 'China', 'Li Lei', 'li@contoso.com', '+86 10 1234 5678', '1', '5'].join('\n');

describe('docflow run without a terminal', () => {
  it('takes the locale from LANG, prints each step and reads what they ask for line by line', async () => {
    const { code, out } = await cli(['run', 'add-a-new-customer'], { LANG: 'fr_FR.UTF-8' }, ANSWERS);
    expect(code).toBe(0);
    expect(out).toContain('Ajouter un client');
    expect(out).toContain('Étape 5 sur 5');
    expect(out).toContain('1 Sélectionnez mise à jour : retour à l’étape 2');
    expect(out).toContain('Terminé');
  });

  it('stops with exit 1 and says which answer is missing, never a silent default', async () => {
    const { code, out, err } = await cli(['run', 'add-a-new-customer', '--locale', 'en-US'], { CI: 'true' }, 'Contoso Ltd\n1 Main Street\n');
    expect(code).toBe(1);
    expect(out).toContain('Step 2 of 5');
    expect(out).not.toContain('Step 3 of 5');
    expect(err).toMatch(/No answer for “.+” \(step 2\): give `country-region` in --answers <file>, or a line on standard input\./);
  });

  it('takes answers from a YAML or JSON file, checked as the screen checks them', async () => {
    const dir = tempDir();
    const yaml = path.join(dir, 'answers.yaml');
    fs.writeFileSync(yaml, 'company-name: Contoso Ltd\naddress: 1 Main Street\ncountry-region: China\ncontact-name: Li Lei\ncontact-email: li@contoso.com\ncontact-phone: "+86 10 1234 5678"\noffers: [Azure plan]\nlicenses: 5\n');
    const good = await cli(['run', 'add-a-new-customer', '--locale', 'zh-CN', '--answers', yaml]);
    expect(good.code).toBe(0);
    expect(good.out).toContain('第 5 步，共 5 步');
    const json = path.join(dir, 'answers.json');
    fs.writeFileSync(json, JSON.stringify({ 'company-name': 'Contoso', address: 'x', 'country-region': 'y', 'contact-name': 'z', 'contact-email': 'not-an-email', 'contact-phone': '123456', offers: ['Azure plan'], licenses: 1 }));
    const bad = await cli(['run', 'add-a-new-customer', '--locale', 'en-US', '--answers', json]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('(step 2, `contact-email`): Enter an email address');
    fs.writeFileSync(yaml, 'company-name: [unclosed\n');
    const broken = await cli(['run', 'add-a-new-customer', '--answers', yaml]);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/answers\.yaml:\d+:\d+ error not valid JSON or YAML: .+ docflow:answers/);
    fs.writeFileSync(yaml, 'company-name: Contoso\naddress:\n  street: 1 Main St\n');
    const nested = await cli(['run', 'add-a-new-customer', '--answers', yaml]);
    expect(nested.code).toBe(2);
    expect(nested.err).toContain('answers.yaml:3:3 error the answer for “address” must be text, a number or a list docflow:answers');
  });

  it('says which answers no step asks for, where they are and what was meant', async () => {
    const yaml = path.join(tempDir(), 'answers.yaml');
    fs.writeFileSync(yaml, 'company-name: Contoso Ltd\naddress: 1 Main Street\ncountry-region: China\ncontact-name: Li Lei\ncontact-email: li@contoso.com\ncontact-phone: "+86 10 1234 5678"\noffers: [Azure plan]\nlicenses: 5\nlicences: 3\nnickname: Lee\n');
    const run = await cli(['run', 'add-a-new-customer', '--locale', 'en-US', '--answers', yaml]);
    expect(run.code).toBe(0);
    expect(run.err).toContain(`${yaml}:9:1 warning no step asks for “licences”; did you mean “licenses”? docflow:unknown-answer`);
    expect(run.err).toContain(`${yaml}:10:1 warning no step asks for “nickname” docflow:unknown-answer`);
    expect(run.out).toContain('Step 5 of 5');
  });

  it('falls back to en-US for a locale it does not have, and LC_ALL wins over LANG', async () => {
    expect((await cli(['run', 'add-a-new-customer'], { LANG: 'sw_KE.UTF-8' })).out).toContain('Step 1 of 5');
    // German app strings; the article has no German, so its sentences are the English ones.
    const german = (await cli(['run', 'add-a-new-customer'], { LANG: 'de_DE.UTF-8' })).out;
    expect(german).toContain('Schritt 1 von 5');
    expect(german).toContain('From the **Dashboard** menu'.replace(/\*\*/g, ''));
    expect((await cli(['run', 'add-a-new-customer'], { LANG: 'fr_FR.UTF-8', LC_ALL: 'zh_CN.UTF-8' })).out).toContain(
      '第 1 步，共 5 步',
    );
  });

  it('accepts an article by its file name, and prints it in the chosen language', async () => {
    const { code, out } = await cli(['run', 'add-a-new-customer.md', '--locale', 'fr-FR'], {}, ANSWERS);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('Ajouter un client');
  });

  it('without a flow lists the procedures instead of prompting', async () => {
    const { code, out } = await cli(['run', '--locale', 'zh-CN']);
    expect(code).toBe(0);
    expect(out).toContain('add-a-new-customer');
    expect(out).toContain('添加新客户');
  });

  it('never lets control characters from a document reach the terminal', async () => {
    const dir = folderWith({ 'en-US/evil.md': '# Evil\u001b[2J title\n\n1. Step \u001b]0;pwned\u0007one\n2. Two\n' });
    const { code, out } = await cli(['run', 'evil', '--content', dir, '--locales', path.join(dir, 'locales')]);
    expect(code).toBe(0);
    expect(out).toContain('Evil title');
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});

describe('docflow on another documentation folder', () => {
  it('--content and --locales: extract then run the fixtures, French and Chinese', async () => {
    const locales = tempDir();
    const extract = await cli(['extract', '--content', FIXTURES, '--locales', locales]);
    expect(extract.code).toBe(0);
    expect(fs.existsSync(path.join(locales, 'en-US', 'revoke-reinstate-csp.json'))).toBe(true);
    expect(fs.existsSync(path.join(locales, 'he-IL', 'export-teams-bot.json'))).toBe(true);
    const list = await cli(['list', '--content', FIXTURES, '--locales', locales, '--locale', 'zh-CN']);
    expect(list.out).toContain('revoke-reinstate-csp');
    const run = await cli(['checklist', 'plain-procedure', '--content', FIXTURES, '--locales', locales, '--locale', 'en-US']);
    expect(run.code).toBe(0);
    expect(run.out.match(/^- \[ \] /gm)).toHaveLength(4);
  });

  it('reports an overlay that names a label the step does not have, with its position', async () => {
    const dir = folderWith({
      'en-US': { fixture: 'en-US' },
      'overlays/plain-procedure.yaml': 'branches:\n  - step: 4\n    label: Cancel\n    goto: 1\n',
    });
    const { code, err } = await cli(['extract', '--content', dir, '--locales', path.join(dir, 'out')]);
    expect(code).toBe(1);
    expect(err).toContain('plain-procedure.yaml');
    expect(err).toContain('2:5');
    expect(err).toContain('overlay-unknown-label');
  });

  it('names a broken resource file at its line and column, and goes on without it', async () => {
    const locales = folderWith({ 'fr-FR/add-a-new-customer.json': '{\n  "title.103": "Ajouter",\n  "proc-1.step-1.110": }\n' });
    const { code, out, err } = await cli(['checklist', 'add-a-new-customer', '--locales', locales, '--locale', 'fr-FR']);
    expect(code).toBe(0);
    expect(err).toContain(`${path.join(locales, 'fr-FR', 'add-a-new-customer.json')}:3:24 warning not valid JSON: expected a value, found "}"`);
    expect(err).toContain('its strings are left out and the next language shows instead docflow:bad-resource');
    // The article's own French stands in.
    expect(out).toContain('Ajouter un client');
  });

  it('says which resource value is not a string, and leaves only that one out', async () => {
    const locales = folderWith({ 'fr-FR/add-a-new-customer.json': '{\n  "title.103": 42,\n  "__proto__": "x"\n}\n' });
    const { code, out, err } = await cli(['checklist', 'add-a-new-customer', '--locales', locales, '--locale', 'fr-FR']);
    expect(code).toBe(0);
    expect(err).toContain(`${path.join(locales, 'fr-FR', 'add-a-new-customer.json')}:2:1 warning “title.103” is a number, not a string: left out docflow:bad-resource`);
    expect(out).toContain('Ajouter un client');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('extract leaves a translator’s broken file as it is, says where, exit 1, and writes the rest', async () => {
    const content = tempDir();
    fs.cpSync(path.join(ROOT, 'content'), content, { recursive: true });
    const locales = folderWith({ 'fr-FR/add-a-new-customer.json': '{ "title.103": "Ajouter" ' });
    const broken = path.join(locales, 'fr-FR', 'add-a-new-customer.json');
    const before = fs.readFileSync(broken, 'utf8');
    const { code, err } = await cli(['extract', '--content', content, '--locales', locales, '--no-cache']);
    expect(code).toBe(1);
    expect(err).toMatch(new RegExp(`${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:\\d+ error not valid JSON.+ docflow:bad-resource`));
    expect(fs.readFileSync(broken, 'utf8')).toBe(before);
    expect(fs.existsSync(path.join(locales, 'zh-CN', 'add-a-new-customer.json'))).toBe(true);
    // Said again on the next run: a failed outcome is not replayed from the memo.
    expect((await cli(['extract', '--content', content, '--locales', locales])).code).toBe(1);
    // status and lint say it too, and count or check every other locale.
    for (const command of ['status', 'lint']) {
      const run = await cli([command, '--content', content, '--locales', locales, '--no-cache']);
      expect(run.code, command).toBe(1);
      // A finding of lint's, its output; beside status's table, on standard error.
      const said = command === 'lint' ? run.out : run.err;
      expect(said, command).toMatch(/add-a-new-customer\.json:1:\d+ error not valid JSON.+ docflow:bad-resource/);
      expect(run.out + run.err, command).not.toContain('    at ');
    }
    expect((await cli(['status', '--content', content, '--locales', locales, '--no-cache'])).out).toContain('zh-CN');
  });

  it('reads a localized docs repository as it is checked out: locale from each file, slug from its path', async () => {
    const repo = folderWith({
      'partner-center/revoke-reinstate-csp.md': { fixture: 'fr-FR/revoke-reinstate-csp.md' },
      'multichannel.md': { fixture: 'fr-FR/multichannel.md' },
      'README.md': '# A repository\n\n1. not\n2. an article\n',
    });
    const locales = tempDir();
    const list = await cli(['list', '--content', repo, '--locales', locales, '--locale', 'fr-FR', '--json']);
    expect(list.code).toBe(0);
    expect((JSON.parse(list.out) as { id: string }[]).map((f) => f.id)).toEqual(['partner-center/revoke-reinstate-csp']);
    const extract = await cli(['extract', '--content', repo, '--locales', locales]);
    expect(extract.code).toBe(0);
    expect(fs.existsSync(path.join(locales, 'fr-FR', 'partner-center', 'revoke-reinstate-csp.json'))).toBe(true);
    expect(fs.existsSync(path.join(locales, 'en-US', 'multichannel.json'))).toBe(true);
    const run = await cli(['run', 'partner-center/revoke-reinstate-csp', '--content', repo, '--locales', locales, '--locale', 'fr-FR']);
    expect(run.out).toContain('Étape 1 sur 6');
  });
});
