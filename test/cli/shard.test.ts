/**
 * A CI matrix: the articles split by --shard i/n, every article in exactly one part, and the
 * parts joined (files for extract, `docflow merge` for status and lint) equal to one whole run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { inShard, parseShard } from '../../src/cli/shard.js';
import { unpackLintPart } from '../../src/quality/lint.js';
import { CONTENT, folderWith, LOCALES, memoryIo, tempDir } from '../helpers.js';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { io, out, err } = memoryIo();
  const code = await runCli(args, io);
  return { code, out: out(), err: err() };
}

function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[path.relative(dir, path.join(entry.parentPath, entry.name))] = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
  }
  return out;
}

const PARTS = ['1/3', '2/3', '3/3'];

/** The parts of a matrix of three of `command` (in `format`), written in `dir`: their files. */
async function writtenParts(dir: string, command: 'status' | 'lint', format = 'text'): Promise<string[]> {
  const parts = [];
  for (const [i, part] of PARTS.entries()) {
    const file = path.join(dir, `${command}-${i}.json`);
    fs.writeFileSync(file, (await cli(command, '--no-cache', '--shard', part, '--format', format)).out);
    parts.push(file);
  }
  return parts;
}

describe('--shard i/n', () => {
  it('puts every article in exactly one part, the same one every time', () => {
    const slugs = Array.from({ length: 200 }, (_, i) => `folder/article-${i}`);
    const parts = PARTS.map((p) => inShard(slugs, parseShard(p)));
    expect(parts.flat().sort()).toEqual([...slugs].sort());
    expect(parts.every((p) => p.length > 40)).toBe(true);
    expect(inShard(slugs, parseShard('2/3'))).toEqual(parts[1]);
  });

  it('refuses a part that is not i/n', async () => {
    for (const bad of ['0/3', '4/3', '1', 'a/b', '1/0']) {
      const run = await cli('status', '--shard', bad);
      expect(run.code, bad).toBe(2);
      expect(run.err).toContain('--shard takes i/n');
    }
  });

  it('extract parts together write what one extract writes', async () => {
    const whole = tempDir();
    expect((await cli('extract', '--locales', whole, '--no-cache')).code).toBe(0);
    const joined = tempDir();
    for (const part of PARTS) expect((await cli('extract', '--locales', joined, '--no-cache', '--shard', part)).code).toBe(0);
    expect(files(joined)).toEqual(files(whole));
  });

  it('status parts merged give the whole status', async () => {
    const dir = tempDir();
    const whole = JSON.parse((await cli('status', '--format', 'json', '--no-cache')).out);
    const parts = [];
    for (const [i, part] of PARTS.entries()) {
      const file = path.join(dir, `status-${i}.json`);
      fs.writeFileSync(file, (await cli('status', '--format', 'json', '--no-cache', '--shard', part)).out);
      parts.push(file);
    }
    const merged = JSON.parse((await cli('merge', ...parts, '--format', 'json')).out);
    expect(merged.totals).toEqual(whole.totals);
    // The same report, byte for byte, in whatever order the parts are given (the text's first
    // stale sentences are the whole run's).
    const wholeText = (await cli('status', '--format', 'json', '--no-cache')).out;
    expect((await cli('merge', ...parts, '--format', 'json')).out).toBe(wholeText);
    expect((await cli('merge', ...[...parts].reverse(), '--format', 'json')).out).toBe(wholeText);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses parts of a matrix given twice, left out or of another matrix, naming the part at its top with a rule id (status and lint)', async () => {
    const dir = tempDir();
    for (const command of ['status', 'lint']) {
      const part = async (shard: string) => {
        const file = path.join(dir, `${command}-${shard.replace('/', 'of')}.json`);
        fs.writeFileSync(file, (await cli(command, ...(command === 'status' ? ['--format', 'json'] : []), '--no-cache', '--shard', shard)).out);
        return file;
      };
      const [one, two, three] = [await part('1/3'), await part('2/3'), await part('3/3')];
      // Each said as a problem, at the part that shows it, with its rule (for a CI annotation).
      const twice = await cli('merge', one, two, three, one);
      expect([twice.code, twice.err]).toEqual([2, `${one}:1:1 error shard 1/3 is ${one} again docflow:matrix-parts\n`]);
      const missing = await cli('merge', one, three);
      expect([missing.code, missing.err]).toEqual([2, `${one}:1:1 error shard 2/3 missing: merge every part of the matrix docflow:matrix-parts\n`]);
      const otherCount = await part('2/2');
      const other = await cli('merge', one, two, otherCount);
      expect([other.code, other.err]).toEqual([2, `${otherCount}:1:1 error shard 2/2, the other parts are of 3 shards docflow:matrix-parts\n`]);
      const glossary = path.join(dir, 'glossary-2of3.jsonl');
      expect((await cli('glossary', '--no-cache', '--shard', '2/3', '--out', glossary)).code).toBe(0);
      const mixed = await cli('merge', one, glossary, three);
      expect([mixed.code, mixed.err]).toEqual([2, `${glossary}:1:1 error the parts are of different commands: merge the status, lint or glossary parts of one matrix docflow:matrix-parts\n`]);
      // An empty file among glossary parts (a job that failed) is said empty, not another command's part.
      const empty = path.join(dir, 'glossary-empty.jsonl');
      fs.writeFileSync(empty, '');
      const none = await cli('merge', glossary, empty);
      expect([none.code, none.err]).toEqual([2, `${empty}:1:1 error empty, not a part: the job that wrote it printed nothing (did its command fail?) docflow:bad-part\n`]);
      // A part whose shard was edited by hand to one its matrix cannot have.
      for (const shard of ['4/3', '0/3', 'three']) {
        const edited = path.join(dir, `${command}-edited.json`);
        fs.writeFileSync(edited, fs.readFileSync(three, 'utf8').replace('"shard": "3/3"', `"shard": "${shard}"`).replace('"shard":"3/3"', `"shard":"${shard}"`));
        const wrong = await cli('merge', one, two, three, edited);
        expect(wrong.code, shard).toBe(2);
        expect(wrong.err).toContain(`${edited}:1:1 error shard “${shard}” is none of a matrix's (i/n, i from 1 to n)`);
      }
      expect((await cli('merge', three, one, two)).code).toBe(0);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gates the merged status on a coverage threshold, as one whole run does, saying which locale is below it', async () => {
    const dir = tempDir();
    const locales = tempDir();
    fs.cpSync(LOCALES, locales, { recursive: true });
    // One French sentence left to do: fr-FR at 99.9% of the bundled content's 1,047.
    const file = path.join(locales, 'fr-FR', 'add-a-new-customer.json');
    fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(fs.readFileSync(file, 'utf8')), 'title.103': '' }, null, 2));
    const parts = [];
    for (const [i, part] of PARTS.entries()) {
      const out = path.join(dir, `status-${i}.json`);
      const run = await cli('status', '--format', 'json', '--no-cache', '--locales', locales, '--shard', part, '--out', out);
      parts.push(out);
      expect(run.code).not.toBe(2);
    }
    const whole = await cli('status', '--no-cache', '--locales', locales, '--fail-under', '100');
    expect(whole.code).toBe(1);
    const merged = await cli('merge', ...parts, '--fail-under', '100');
    expect(merged.code).toBe(1);
    expect(merged.err).toBe('docflow: fr-FR is at 99.9% (1046 of 1047 sentences translated), below --fail-under 100\n');
    expect(merged.err).toBe(whole.err);
    expect((await cli('merge', ...parts, '--fail-under', '99.9')).code).toBe(0);
    expect((await cli('merge', ...parts, '--fail-under', 'all')).code).toBe(2);
    // Lint parts have no coverage to gate.
    const lint = path.join(dir, 'lint.json');
    fs.writeFileSync(lint, (await cli('lint', '--no-cache', '--shard', '1/1')).out);
    const notStatus = await cli('merge', lint, '--fail-under', '90');
    expect(notStatus.code).toBe(2);
    expect(notStatus.err).toContain('--fail-under gates the coverage of status parts: these are not');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a whole status report given with its parts, or twice: its articles were counted twice', async () => {
    const dir = tempDir();
    const whole = path.join(dir, 'whole.json');
    fs.writeFileSync(whole, (await cli('status', '--format', 'json', '--no-cache')).out);
    const parts = [];
    for (const [i, part] of PARTS.entries()) {
      const file = path.join(dir, `status-${i}.json`);
      fs.writeFileSync(file, (await cli('status', '--format', 'json', '--no-cache', '--shard', part)).out);
      parts.push(file);
    }
    const slug = JSON.parse(fs.readFileSync(parts[0]!, 'utf8')).rows[0].slug as string;
    const withParts = await cli('merge', whole, ...parts);
    expect(withParts.code).toBe(2);
    expect(withParts.out).toBe('');
    expect(withParts.err).toMatch(new RegExp(`${parts[0]}:1:1 error ${slug} \\([\\w-]+\\) is in ${whole} too: a report given twice, or a whole run's with its parts`));
    expect((await cli('merge', whole, whole)).code).toBe(2);
    expect((await cli('merge', whole)).code).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses status parts counted for one locale among parts of every locale, and merges those of one locale', async () => {
    const dir = tempDir();
    const part = async (shard: string, ...locale: string[]) => {
      const file = path.join(dir, `status-${shard.replace('/', 'of')}${locale.join('')}.json`);
      fs.writeFileSync(file, (await cli('status', '--format', 'json', '--no-cache', '--shard', shard, ...locale)).out);
      return file;
    };
    const [frOne, frTwo, allTwo] = [await part('1/2', '--locale', 'fr-FR'), await part('2/2', '--locale', 'fr-FR'), await part('2/2')];
    const mixed = await cli('merge', frOne, allTwo);
    expect(mixed.code).toBe(2);
    expect(mixed.err).toContain(`${allTwo}:1:1 error counted every locale, ${frOne} fr-FR: parts of different matrices`);
    expect((await cli('merge', allTwo, frOne)).code).toBe(2);
    const fr = await cli('merge', frOne, frTwo, '--format', 'json');
    expect(fr.code).toBe(0);
    expect(fr.out).toBe((await cli('status', '--format', 'json', '--no-cache', '--locale', 'fr-FR')).out);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses status parts counted with other names allowed (`--config` allow:), saying which, and merges parts counted with the same', async () => {
    const dir = tempDir();
    const config = path.join(dir, 'allow.yaml');
    const part = async (shard: string, allow?: string[]) => {
      const file = path.join(dir, `status-${shard.replace('/', 'of')}-${allow?.join('-') ?? 'none'}.json`);
      if (allow) fs.writeFileSync(config, `allow:\n${allow.map((name) => `  - ${name}\n`).join('')}`);
      const run = await cli('status', '--format', 'json', '--no-cache', '--shard', shard, ...(allow ? ['--config', config] : []));
      expect(run.code).toBe(0);
      fs.writeFileSync(file, run.out);
      return file;
    };
    const plainOne = await part('1/2');
    const allowingTwo = await part('2/2', ['Fabrikam', 'Contoso', 'Fabrikam']);
    // The part says the names, in name order, once each; a part without names says none.
    expect(JSON.parse(fs.readFileSync(allowingTwo, 'utf8')).allow).toEqual(['Contoso', 'Fabrikam']);
    expect(JSON.parse(fs.readFileSync(plainOne, 'utf8'))).not.toHaveProperty('allow');
    const mixed = await cli('merge', plainOne, allowingTwo);
    expect(mixed.code).toBe(2);
    expect(mixed.out).toBe('');
    expect(mixed.err).toContain(`${allowingTwo}:1:1 error counted with 2 names allowed (Contoso, Fabrikam), ${plainOne} with no name allowed: parts of different matrices`);
    const otherOne = await part('1/2', ['Contoso', 'Northwind']);
    const other = await cli('merge', otherOne, allowingTwo);
    expect(other.code).toBe(2);
    expect(other.err).toContain(`${allowingTwo}:1:1 error counted with 2 names allowed (Contoso, Fabrikam), ${otherOne} with 2 names allowed (Contoso, Northwind) (Fabrikam in ${allowingTwo} only): parts of different matrices`);
    // Parts counted with the same names, however each config listed them, are the whole run's.
    const allowingOne = await part('1/2', ['Contoso', 'Fabrikam']);
    fs.writeFileSync(config, 'allow:\n  - Contoso\n  - Fabrikam\n');
    const whole = (await cli('status', '--format', 'json', '--no-cache', '--config', config)).out;
    const merged = await cli('merge', allowingTwo, allowingOne, '--format', 'json');
    expect(merged.code).toBe(0);
    expect(merged.out).toBe(whole);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses status and lint parts run on named articles among parts of every article, and merges parts of the same articles', async () => {
    const dir = tempDir();
    const named = ['add-a-new-customer', 'billing', 'customer-support'];
    for (const command of ['status', 'lint']) {
      const part = async (shard: string, ...slugs: string[]) => {
        const file = path.join(dir, `${command}-${shard.replace('/', 'of')}-${slugs.length}.json`);
        fs.writeFileSync(file, (await cli(command, ...slugs, ...(command === 'status' ? ['--format', 'json'] : []), '--no-cache', '--shard', shard)).out);
        return file;
      };
      const verb = command === 'status' ? 'counted' : 'checked';
      const [one, everyTwo] = [await part('1/2', 'add-a-new-customer'), await part('2/2')];
      // Shard 1's other articles were left out: 16 of the 31 articles, 100%, exit 0.
      const short = await cli('merge', one, everyTwo);
      expect(short.code, command).toBe(2);
      expect(short.out).toBe('');
      expect(short.err).toContain(`${everyTwo}:1:1 error ${verb} every article, ${one} 1 named article (add-a-new-customer): parts of different matrices`);
      expect((await cli('merge', everyTwo, one)).err).toContain(`${one}:1:1 error ${verb} 1 named article (add-a-new-customer), ${everyTwo} every article`);
      // Lists that begin alike are told apart by a name only one has.
      const [three, four] = [await part('1/2', ...named, 'multichannel'), await part('2/2', ...named, 'multipartner')];
      expect((await cli('merge', three, four)).err).toContain(`${four}:1:1 error ${verb} 4 named articles (add-a-new-customer, billing, customer-support, …), ${three} 4 named articles (add-a-new-customer, billing, customer-support, …) (multipartner in ${four} only)`);
      // Every job given the same articles (in any order): one matrix, the same as one run on them.
      const [same1, same2] = [await part('1/2', ...named), await part('2/2', ...[...named].reverse())];
      const merged = await cli('merge', same1, same2, '--format', 'json');
      expect(merged.code, command).not.toBe(2);
      expect(merged.out).toBe((await cli(command, ...named, '--format', 'json', '--no-cache')).out);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses status and lint parts made from other files (a job given another --content, or another commit)', async () => {
    const dir = tempDir();
    // An article only the second job's content has, in shard 1 of 2: the first job's part did not count it.
    const extra = folderWith({ 'fr-FR/another-new.md': fs.readFileSync(path.join(CONTENT, 'fr-FR', 'billing.md'), 'utf8') });
    expect(inShard(['another-new'], parseShard('1/2'))).toEqual(['another-new']);
    for (const command of ['status', 'lint']) {
      const part = async (shard: string, ...content: string[]) => {
        const file = path.join(dir, `${command}-${shard.replace('/', 'of')}-${content.length}.json`);
        fs.writeFileSync(file, (await cli(command, ...(command === 'status' ? ['--format', 'json'] : []), '--no-cache', '--shard', shard, ...content)).out);
        return file;
      };
      const [one, two] = [await part('1/2'), await part('2/2', '--content', CONTENT, '--content', extra)];
      const other = await cli('merge', one, two);
      expect(other.code, command).toBe(2);
      expect(other.out).toBe('');
      expect(other.err).toContain(`${two}:1:1 error made from other files than ${one} (their listings differ): parts of different content`);
      // The same content at another path (another checkout) is the same listing.
      const copy = tempDir();
      fs.cpSync(CONTENT, copy, { recursive: true });
      expect((await cli('merge', one, await part('2/2', '--content', copy))).code, command).not.toBe(2);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('lint parts merged give the whole lint, the rules across articles included', async () => {
    const dir = tempDir();
    const whole = JSON.parse((await cli('lint', '--format', 'json', '--no-cache')).out) as object[];
    expect(whole.some((m) => (m as { ruleId: string }).ruleId === 'docflow:inconsistent-translation')).toBe(true);
    const parts = [];
    for (const [i, part] of PARTS.entries()) {
      const file = path.join(dir, `lint-${i}.json`);
      fs.writeFileSync(file, (await cli('lint', '--no-cache', '--shard', part)).out);
      parts.push(file);
    }
    const merged = JSON.parse((await cli('merge', ...parts, '--format', 'json')).out) as object[];
    // The same findings in the same order, the usual translations quoted alike.
    expect(merged).toEqual(whole);
    // Written where --out says (it was printed, and the file never written), in either format.
    const out = path.join(dir, 'merged.json');
    const toFile = await cli('merge', ...parts, '--format', 'json', '--out', out);
    expect([toFile.code, toFile.out, toFile.err]).toEqual([0, `merged into ${out}\n`, '']);
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toEqual(whole);
    const text = await cli('merge', ...parts, '--out', out);
    // The findings as a whole lint prints them (its output), their count beside them on standard error.
    const lint = await cli('lint', '--no-cache');
    expect(fs.readFileSync(out, 'utf8')).toBe(lint.out);
    expect(text.err).toBe(lint.err);
    // A part in columns is smaller than the lists a build before wrote; those still merge.
    const written = JSON.parse(fs.readFileSync(parts[0]!, 'utf8'));
    expect(Array.isArray(written.part.sentences.names)).toBe(true);
    fs.writeFileSync(parts[0]!, JSON.stringify({ ...written, part: unpackLintPart(written.part) }));
    expect(JSON.parse((await cli('merge', ...parts, '--format', 'json')).out)).toEqual(whole);
    // One cut short is refused with its name, not half merged.
    fs.writeFileSync(parts[1]!, JSON.stringify({ ...written, part: { findings: [], sentences: { names: [], numbers: [1, 2], texts: [] }, labels: [] } }));
    const cut = await cli('merge', ...parts);
    expect(cut.code).toBe(2);
    expect(cut.err).toContain(`${parts[1]}:1:1 error a \`docflow lint --shard\` part whose findings or sentences are missing or cut`);
    // A finding of another shape, or levels that are not pairs: the same, never a stack trace.
    for (const bad of [{ ...written, part: { ...written.part, findings: [null] } }, { ...written, part: { ...written.part, findings: [['whitespace']] } }, { ...written, severities: 'x' }]) {
      fs.writeFileSync(parts[1]!, JSON.stringify(bad));
      const run = await cli('merge', ...parts);
      expect(run.code).toBe(2);
      expect(run.err).toContain(`${parts[1]}:1:1 error a \`docflow lint --shard\` part whose findings or sentences are missing or cut`);
    }
    // A rule this build does not have: a part of another docflow version, named.
    fs.writeFileSync(parts[1]!, JSON.stringify({ ...written, part: { ...written.part, findings: [['smart-quotes', 'a.md', 'curly', 1, 1]] } }));
    const newer = await cli('merge', ...parts);
    expect(newer.code).toBe(2);
    expect(newer.err).toContain(`${parts[1]}:1:1 error a finding of rule “smart-quotes”, which this docflow does not have: a part of another docflow version`);
  });

  it('a lint job of a matrix writes its part to --out and shows, counts and exits by its shard\'s findings in --format, as a whole lint does (they were ignored, exit 0)', async () => {
    const dir = tempDir();
    try {
      // whitespace as an error: the bundled content has such findings, in some shards and not all.
      const levels = ['--no-cache', '--rule', 'whitespace=error'];
      const whole = JSON.parse((await cli('lint', ...levels, '--format', 'json')).out) as { ruleId: string; severity: string }[];
      const acrossArticles = ['docflow:inconsistent-translation', 'docflow:label-glossary'];
      const parts: string[] = [];
      const shown: object[] = [];
      const codes: number[] = [];
      for (const [i, shard] of PARTS.entries()) {
        const file = path.join(dir, `lint-${i}.json`);
        const json = await cli('lint', ...levels, '--shard', shard, '--out', file, '--format', 'json');
        const findings = JSON.parse(json.out) as { severity: string }[];
        expect(json.code).toBe(findings.some((f) => f.severity === 'error') ? 1 : 0);
        codes.push(json.code);
        shown.push(...findings);
        parts.push(file);
        // The text job: the same findings and their counts on standard output, the same exit.
        const text = await cli('lint', ...levels, '--shard', shard, '--out', file, '--stats');
        expect(text.code).toBe(json.code);
        const lines = text.out.split('\n').filter((line) => / docflow:[\w-]+$/.test(line));
        expect(lines).toHaveLength(findings.length);
        const whitespace = lines.filter((line) => line.endsWith(' docflow:whitespace')).length;
        if (whitespace > 0) expect(text.out).toContain(`${String(whitespace).padStart(7)}  whitespace\n`);
      }
      // Between them the jobs show every finding of the whole lint but those comparing articles (the merge's).
      const byText = (list: object[]) => list.map((f) => JSON.stringify(f)).sort();
      expect(byText(shown)).toEqual(byText(whole.filter((f) => !acrossArticles.includes(f.ruleId))));
      expect(codes).toContain(1);
      expect(codes).toContain(0);
      // The parts written (nothing else left in the folder) merge into the whole lint.
      expect(fs.readdirSync(dir).sort()).toEqual(parts.map((p) => path.basename(p)).sort());
      const merged = await cli('merge', ...parts, '--format', 'json');
      expect(JSON.parse(merged.out)).toEqual(whole);
      expect(merged.code).toBe(1);
      // Printed, the part is all of standard output: JSON findings or counts there are refused.
      for (const asked of [['--format', 'json'], ['--stats']]) {
        const run = await cli('lint', ...levels, '--shard', '1/3', ...asked);
        expect([run.code, run.out]).toEqual([2, '']);
        expect(run.err).toContain('say where the part goes with --out <file>');
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a lint job says on standard error where it wrote its part, as status and merge say it; standard output stays its findings', async () => {
    const dir = tempDir();
    try {
      const file = path.join(dir, 'lint-1.json');
      const json = await cli('lint', '--no-cache', '--shard', '1/3', '--out', file, '--format', 'json');
      expect(json.err).toBe(`lint part written to ${file}\n`);
      expect(Array.isArray(JSON.parse(json.out))).toBe(true);
      const text = await cli('lint', '--no-cache', '--shard', '1/3', '--out', file);
      expect(text.err.split('\n')[0]).toBe(`lint part written to ${file}`);
      expect(text.out.split('\n').filter(Boolean).every((line) => / docflow:[\w-]+$/.test(line))).toBe(true);
      // Without --out the part is standard output: the findings go to standard error.
      const printed = await cli('lint', '--no-cache', '--shard', '1/3');
      expect(JSON.parse(printed.out)).toHaveProperty('part');
      expect(printed.err.split('\n').filter((line) => / docflow:[\w-]+$/.test(line))).toEqual(text.out.split('\n').filter(Boolean));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses lint parts run with other rule levels, other allowed names or another --locale, whichever comes first', async () => {
    const dir = tempDir();
    const part = async (shard: string, ...rule: string[]) => {
      const file = path.join(dir, `lint-${shard.replace('/', 'of')}${rule.length}.json`);
      fs.writeFileSync(file, (await cli('lint', '--no-cache', '--shard', shard, ...rule)).out);
      return file;
    };
    const strict = ['--rule', 'whitespace=error', '--rule', 'numbers=off'];
    const [one, two] = [await part('1/2', ...strict), await part('2/2', ...strict)];
    const plainTwo = await part('2/2');
    for (const [first, second, levels] of [[one, plainTwo, 'the default levels'], [plainTwo, one, 'numbers=off, whitespace=error']] as const) {
      const mixed = await cli('merge', first, second);
      expect(mixed.code).toBe(2);
      expect(mixed.err).toContain(`${second}:1:1 error linted with ${levels}, ${first} with `);
      expect(mixed.err).toContain('parts of different matrices');
    }
    // A part of one locale among parts of every locale: its other locales' findings were left out.
    const frTwo = path.join(dir, 'fr.json');
    fs.writeFileSync(frTwo, (await cli('lint', '--no-cache', '--shard', '2/2', '--locale', 'fr-FR', ...strict)).out);
    const local = await cli('merge', one, frTwo);
    expect(local.code).toBe(2);
    expect(local.err).toContain(`${frTwo}:1:1 error checked fr-FR, ${one} every locale: parts of different matrices`);
    // A part whose --config allows names the others do not: its `untranslated` findings were not theirs.
    const config = path.join(dir, 'allow.yaml');
    fs.writeFileSync(config, 'allow:\n  - Contoso\n  - Fabrikam\n');
    const allowing = path.join(dir, 'allowing.json');
    fs.writeFileSync(allowing, (await cli('lint', '--no-cache', '--shard', '2/2', '--config', config, ...strict)).out);
    const allowed = await cli('merge', one, allowing);
    expect(allowed.code).toBe(2);
    expect(allowed.err).toContain(`${allowing}:1:1 error linted with 2 names allowed (Contoso, Fabrikam), ${one} with no name allowed: parts of different matrices`);
    fs.writeFileSync(config, 'allow:\n  - Fabrikam\n  - Contoso\n  - Contoso\n');
    const allowingOne = path.join(dir, 'allowing-1.json');
    fs.writeFileSync(allowingOne, (await cli('lint', '--no-cache', '--shard', '1/2', '--config', config, ...strict)).out);
    expect((await cli('merge', allowingOne, allowing)).code).not.toBe(2);
    // The same levels given in another order are the same matrix.
    const reordered = path.join(dir, 'reordered.json');
    fs.writeFileSync(reordered, (await cli('lint', '--no-cache', '--shard', '2/2', '--rule', 'numbers=off', '--rule', 'whitespace=error')).out);
    expect((await cli('merge', one, reordered)).code).not.toBe(2);
    expect((await cli('merge', two, one)).code).not.toBe(2);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads parts a shell wrote as UTF-16 (Windows PowerShell 5.1\'s >), either byte order, as it reads them as UTF-8', async () => {
    const dir = tempDir();
    const utf8 = await writtenParts(dir, 'lint');
    const expected = await cli('merge', ...utf8, '--format', 'json');
    const little = path.join(dir, 'lint-0-le.json');
    const big = path.join(dir, 'lint-1-be.json');
    const text = (file: string) => fs.readFileSync(file, 'utf8');
    fs.writeFileSync(little, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text(utf8[0]!), 'utf16le')]));
    fs.writeFileSync(big, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text(utf8[1]!), 'utf16le').swap16()]));
    const merged = await cli('merge', little, big, utf8[2]!, '--format', 'json');
    expect(merged.err).toBe(expected.err);
    expect([merged.code, merged.out]).toEqual([expected.code, expected.out]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a status or lint part cut mid-line at its line and column, with its rule, and writes no report', async () => {
    const dir = tempDir();
    for (const [command, format] of [['status', 'json'], ['lint', 'text']] as const) {
      const parts = await writtenParts(dir, command, format);
      // An upload that failed half-way: the file ends inside its first key (on the second line
      // of a status report, the first of a lint part), said where that string opens.
      const text = fs.readFileSync(parts[1]!, 'utf8');
      const quote = text.indexOf('"');
      fs.writeFileSync(parts[1]!, text.slice(0, quote + 3));
      const line = text.slice(0, quote).split('\n').length;
      const column = quote - (text.lastIndexOf('\n', quote) + 1) + 1;
      expect([command, line, column]).toEqual(command === 'status' ? ['status', 2, 3] : ['lint', 1, 2]);
      const out = path.join(dir, `${command}.txt`);
      const run = await cli('merge', ...parts, '--out', out);
      expect(run.code).toBe(2);
      expect(run.err).toBe(`${parts[1]}:${line}:${column} error not valid JSON: a string that is not closed (a part cut short, or not a part) docflow:bad-part\n`);
      expect(fs.existsSync(out)).toBe(false);
    }
  });

  it('refuses a lint part whose bytes are no longer UTF-8 (re-encoded to a code page on its way) at the first such byte, as it merged its sentences as U+FFFD', async () => {
    const dir = tempDir();
    const parts = await writtenParts(dir, 'lint');
    // Its first letter past ASCII written as Windows-1252 writes it (é is one byte, 0xE9).
    const text = fs.readFileSync(parts[1]!, 'utf8');
    const at = text.search(/[^\x00-\x7f]/);
    fs.writeFileSync(parts[1]!, Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xe9]), Buffer.from(text.slice(at + 1))]));
    const out = path.join(dir, 'lint.txt');
    const run = await cli('merge', ...parts, '--out', out);
    expect(run.err).toBe(`${parts[1]}:1:${at + 1} error bytes that are not UTF-8 (the file was re-encoded on its way, to Windows-1252 or Latin-1 say): give it as docflow wrote it, in UTF-8 docflow:bad-part\n`);
    expect([run.code, fs.existsSync(out)]).toEqual([2, false]);
    // Cut inside that letter (an upload that stopped there) it is cut short, not re-encoded: said
    // where the string it cuts opens.
    fs.writeFileSync(parts[1]!, Buffer.from(text).subarray(0, Buffer.byteLength(text.slice(0, at)) + 1));
    const cut = await cli('merge', ...parts, '--out', out);
    expect([cut.code, cut.err]).toEqual([2, `${parts[1]}:1:${text.lastIndexOf('"', at) + 1} error not valid JSON: a string that is not closed (a part cut short, or not a part) docflow:bad-part\n`]);
  });

  it('will not merge parts of different commands, or what is not a part', async () => {
    const dir = tempDir();
    const status = path.join(dir, 's.json');
    const lintPart = path.join(dir, 'l.json');
    const other = path.join(dir, 'x.json');
    fs.writeFileSync(status, (await cli('status', '--format', 'json', '--no-cache', '--shard', '1/2')).out);
    fs.writeFileSync(lintPart, (await cli('lint', '--no-cache', '--shard', '1/2')).out);
    fs.writeFileSync(other, '{"hello": 1}');
    expect((await cli('merge', status, lintPart)).code).toBe(2);
    const bad = await cli('merge', other);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('not the output of');
    // A report whose rows are not a status run's (another tool's, or edited): named, no stack.
    const report = JSON.parse(fs.readFileSync(status, 'utf8'));
    for (const rows of [[{ slug: 5 }], [{ ...report.rows[0], origins: undefined }], [{ ...report.rows[0], segments: '14' }]]) {
      fs.writeFileSync(other, JSON.stringify({ ...report, rows }));
      const run = await cli('merge', other);
      expect(run.code).toBe(2);
      expect(run.err).toContain(`${other}:1:1 error a \`docflow status --format json\` report whose rows or sentences are not whole`);
    }
    fs.writeFileSync(other, JSON.stringify({ ...report, items: [null] }));
    expect((await cli('merge', other)).code).toBe(2);
    // A CI job whose command failed left its redirect's file empty; artifacts downloaded as a folder.
    fs.writeFileSync(other, '\n');
    const empty = await cli('merge', status, other);
    expect(empty.code).toBe(2);
    expect(empty.err).toContain(`${other}:1:1 error empty, not a part: the job that wrote it printed nothing (did its command fail?)`);
    const folder = await cli('merge', dir);
    expect(folder.code).toBe(2);
    expect(folder.err).toContain(`${dir}:1:1 error a folder, not a part: give the parts in it (${dir}/*.json)`);
  });
});
