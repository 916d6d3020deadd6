// `npm run bench [-- <folder> [rounds]]`: whole processes side by side on one docs repository,
// in the same run, on this machine: bare remark-parse (the baseline) against docflow's commands
// cold (no cache) and warm (nothing changed, or one article changed), with medians of wall time,
// CPU time and peak memory, and each one's ratio to the baseline. Then how cost grows with the
// repository (1×, 2×, 4× copies) and with one large article. A benchmark, not a test: it never
// fails on a time. `BENCH_QUICK=1` (CI) runs one round and skips the scaling table.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { po4aInstalled, po4aProcess, po4aReadable } from './po4a.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const source = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'corpus', 'partner-center-pr.fr-fr'));
const quick = process.env.BENCH_QUICK === '1';
const rounds = Number(process.argv[3] ?? (quick ? 1 : 3));
if (!fs.existsSync(source)) {
  console.error(`bench: ${source} not found (pass a folder of .md files)`);
  process.exit(2);
}
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'docflow-bench-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));

const markdown = (dir) => fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => path.join(e.parentPath, e.name));
const repo = path.join(work, 'repo');
fs.cpSync(source, repo, { recursive: true });
const files = markdown(repo);
const megabytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0) / 1e6;

/** One process: wall seconds, CPU seconds and peak RSS in MB. */
function measure(args, env = {}) {
  const usage = path.join(work, 'usage.json');
  fs.rmSync(usage, { force: true });
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--require', path.join(here, 'usage.cjs'), ...args], { cwd: root, env: { ...process.env, ...env, BENCH_USAGE: usage }, stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = (performance.now() - start) / 1000;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')}: exit ${result.status}\n${result.stderr}`);
  return { wall, ...JSON.parse(fs.readFileSync(usage, 'utf8')) };
}

/** A process that is not Node (po4a): wall seconds and peak RSS from GNU time, when there is one. */
function measureOther(args) {
  const report = path.join(work, 'time.txt');
  const start = performance.now();
  const timed = fs.existsSync('/usr/bin/time');
  spawnSync(timed ? '/usr/bin/time' : args[0], timed ? ['-f', '%U %S %M', '-o', report, ...args] : args.slice(1), { stdio: 'ignore' });
  const wall = (performance.now() - start) / 1000;
  if (!timed) return { wall, cpu: NaN, rssMB: NaN };
  const [user, system, kb] = fs.readFileSync(report, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { wall, cpu: user + system, rssMB: kb / 1024 };
}
/** `count` processes at once: the wall seconds of each. */
async function side(args, count) {
  const { spawn } = await import('node:child_process');
  return Promise.all(
    Array.from({ length: count }, () => {
      const start = performance.now();
      return new Promise((resolve) => spawn(process.execPath, args(), { cwd: root, stdio: 'ignore' }).on('exit', () => resolve((performance.now() - start) / 1000)));
    }),
  );
}
/**
 * A large article through the cache, as a person runs docflow (the cache is on unless told off):
 * a cold extract writes the article's entries, then each command reads them from a copy of that
 * cache, so that the article comes from the cache, not the command's own memo of its results.
 */
function throughCache(dir, name) {
  const cached = path.join(work, `${name}-cache`);
  const copy = `${cached}-copy`;
  const folders = (folder) => ['--content', dir, '--locales', path.join(work, `${name}-cached-locales`), '--cache', folder];
  const rows = [['extract', measure(docflow('extract', ...folders(cached)))]];
  for (const command of [['status'], ['lint'], ['list'], ['checklist', '--all', '--out', path.join(work, `${name}-cached-checklists`)]]) {
    fs.rmSync(copy, { recursive: true, force: true });
    fs.cpSync(cached, copy, { recursive: true });
    rows.push([command[0], measure(docflow(...command, ...folders(copy)))]);
  }
  for (const folder of [cached, copy]) fs.rmSync(folder, { recursive: true, force: true });
  return `with the cache: cold ${rows.map(([command, run]) => `${command} ${run.wall.toFixed(1)} s ${run.rssMB.toFixed(0)} MB`).join('; ')} (the article from the cache)`;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const docflow = (...args) => [path.join(root, 'dist', 'bundle', 'main.cjs'), ...args];
const cache = path.join(work, 'cache');
const locales = path.join(work, 'locales');
const folders = ['--content', repo, '--locales', locales];
const coldLocales = path.join(work, 'cold-locales');
const coldFolders = ['--content', repo, '--locales', coldLocales];

/**
 * Each case: how to prepare a round, and the process to measure. In each round the warm cases
 * come first, then each command after one article changed (a new one each time), then the cold
 * ones. Warm: nothing changed since the same command last ran, so each is run once unmeasured
 * first (the articles another command's case changed since are seen there); one article changed:
 * the same, then one article edited.
 */
const cached = (command) => docflow(command, ...folders, '--cache', cache);
const warm = (command) => [`docflow ${command}, warm`, () => measure(cached(command)), () => cached(command)];
const changed = (command) => [`docflow ${command}, one article changed`, () => (measure(cached(command)), touchOne()), () => cached(command)];
const added = (command) => [`docflow ${command}, one article added`, () => (measure(cached(command)), addOne()), () => cached(command)];
/** A warm case of a command that writes a folder or a file: the same place each time, as a CI job leaves it. */
const warmWriting = (name, command) => [`docflow ${name}, warm`, () => measure(command()), command];
const checklists = () => docflow('checklist', '--all', '--out', path.join(work, 'checklists-warm'), ...folders, '--cache', cache);
const exported = () => docflow('export', '--locale', translated(), '--out', path.join(work, 'warm.xlf'), ...folders, '--cache', cache);
const cases = [
  ['bare remark-parse (baseline)', () => {}, () => [path.join(here, 'bare-remark.mjs'), repo]],
  warm('extract'),
  warm('list'),
  warm('status'),
  warm('lint'),
  warmWriting('checklist --all', checklists),
  warmWriting('export, one file', exported),
  // Its own export back (nothing changed): every article's catalog, a document at a time.
  warmWriting('import, one file', () => docflow('import', path.join(work, 'warm.xlf'), ...folders, '--cache', cache)),
  // A dry run: a real one would write the articles back and change what the next cases find.
  warmWriting('apply --dry-run', () => docflow('apply', '--dry-run', ...folders, '--cache', cache)),
  changed('extract'),
  changed('list'),
  changed('status'),
  changed('lint'),
  added('extract'),
  added('list'),
  added('status'),
  added('lint'),
  // Cold extracts write a folder of their own: the warm cases' locales/ stays as they left it.
  ['docflow extract, cold, 1 thread', () => fs.rmSync(coldLocales, { recursive: true, force: true }), () => docflow('extract', ...coldFolders, '--no-cache'), { DOCFLOW_THREADS: '1' }],
  [`docflow extract, cold, ${os.availableParallelism()} threads`, () => fs.rmSync(coldLocales, { recursive: true, force: true }), () => docflow('extract', ...coldFolders, '--no-cache'), { DOCFLOW_THREADS: String(os.availableParallelism()) }],
  ['docflow lint, cold (--no-cache)', () => {}, () => docflow('lint', ...folders, '--no-cache')],
  ['docflow status, cold (--no-cache)', () => {}, () => docflow('status', ...folders, '--no-cache')],
  ['docflow list, cold (--no-cache)', () => {}, () => docflow('list', ...folders, '--no-cache')],
  ['docflow checklist --all, cold (--no-cache)', () => {}, () => docflow('checklist', '--all', '--out', path.join(work, 'checklists'), ...folders, '--no-cache')],
  ['docflow export, one file, cold (--no-cache)', () => {}, () => docflow('export', '--locale', translated(), '--out', path.join(work, 'all.xlf'), ...folders, '--no-cache')],
  ['docflow --help', () => {}, () => docflow('--help')],
  ['node -e 0', () => {}, () => ['-e', '0']],
];
let touched = 0;
function touchOne() {
  // A real edit: one sentence of one article changes, as a writer's commit would.
  const file = files[touched++ % files.length];
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/(<span data-ttu-id="[^"]+">)/, `$1✎${touched} `));
}

let addedSoFar = 0;
function addOne() {
  // A new article, as a writer's commit would add one: a copy of another under a new name.
  const file = files[(addedSoFar * 37) % files.length];
  fs.copyFileSync(file, file.replace(/\.md$/, `-added-${++addedSoFar}.md`));
}

/** The repository's translated locale (the first, by name), as the first extract found it. */
const translated = () => fs.readdirSync(locales).filter((name) => !name.startsWith('_') && name !== 'en-US').sort()[0] ?? 'en-US';

// Fill the cache and the locales first.
measure(docflow('extract', ...folders, '--cache', cache));
const results = new Map(cases.map(([name]) => [name, []]));
for (let round = 0; round < rounds; round++) {
  // Interleaved, so load on the shared machine hits every case alike.
  for (const [name, prepare, args, env] of cases) {
    prepare();
    results.get(name).push(measure(args(), env));
  }
}

const baseline = median(results.get(cases[0][0]).map((r) => r.wall));
console.log(`${files.length} articles, ${megabytes.toFixed(1)} MB (${path.basename(source)}), ${rounds} round(s), medians; ${os.cpus().length} cores, node ${process.version}`);
console.log(`${'process'.padEnd(40)} ${'wall s'.padStart(7)} ${'cpu s'.padStart(7)} ${'peak MB'.padStart(8)}  vs baseline`);
for (const [name, runs] of results) {
  const wall = median(runs.map((r) => r.wall));
  console.log(`${name.padEnd(40)} ${wall.toFixed(2).padStart(7)} ${median(runs.map((r) => r.cpu)).toFixed(2).padStart(7)} ${median(runs.map((r) => r.rssMB)).toFixed(0).padStart(8)}  ${(baseline / wall).toFixed(1)}× faster`);
}
// First frames, in a real pseudo-terminal (util-linux `script`): process start to the screen
// showing the step or the picker, as a person waits for it.
// A person at a terminal even when the bench runs under CI (CI=true makes docflow plain text).
const withoutCi = ({ CI, ...env }) => env;
async function firstFrame(args, needle) {
  const { spawn } = await import('node:child_process');
  const command = [process.execPath, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: root, env: { ...withoutCi(process.env), LANG: 'C.UTF-8', COLUMNS: '120', LINES: '30', XDG_STATE_HOME: path.join(work, 'state') }, stdio: ['pipe', 'pipe', 'ignore'] });
    let seen = '';
    let measured;
    // The run may be gone already (node -e): a Ctrl-C to no one is no error.
    child.stdin.on('error', () => {});
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    // Left as a person leaves it (Ctrl-C), not killed: docflow writes its code cache at exit, as
    // after a person's earlier run; a killed run left none, and every frame measured was a
    // first run's (0.45 s where 0.26 s was the warm figure).
    const finish = (ms) => {
      if (measured !== undefined) return;
      measured = ms;
      child.stdin.write('\x03');
    };
    child.stdout.on('data', (chunk) => {
      seen += chunk.toString();
      if (seen.includes(needle)) finish(performance.now() - start);
    });
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(measured ?? NaN);
    });
  });
}
if (spawnSync('sh', ['-c', 'command -v script']).status === 0) {
  const frames = [
    ['docflow run add-a-new-customer (bundled content)', docflow('run', 'add-a-new-customer', '--restart'), 'Step 1 of'],
    ['docflow run <flow> (the repository, warm)', docflow('run', firstFlow(), ...folders, '--cache', cache, '--restart'), 'Step 1 of'],
    ['docflow run: the picker (the repository, warm)', docflow('run', ...folders, '--cache', cache), 'Choose a procedure'],
    ['node -e 0 (for scale)', ['-e', 'console.log("Step 1 of")'], 'Step 1 of'],
  ];
  console.log(`\n${'first frame, in a pseudo-terminal'.padEnd(48)} ${'ms'.padStart(6)}`);
  for (const [name, args, needle] of frames) {
    // One run first, unmeasured, as for the warm commands: the build is new, its code cache not made yet.
    await firstFrame(args, needle);
    const times = [];
    for (let round = 0; round < Math.max(rounds, 3); round++) times.push(await firstFrame(args, needle));
    console.log(`${name.padEnd(48)} ${median(times).toFixed(0).padStart(6)}`);
  }
} else console.log('first frame: no `script` command (util-linux), not measured');

/** A flow of the repository: the first article with a numbered procedure. */
function firstFlow() {
  const list = spawnSync(process.execPath, [...docflow('list', ...folders, '--cache', cache, '--json')], { cwd: root, encoding: 'utf8' });
  const flows = JSON.parse(list.stdout);
  return (flows.find((f) => !f.id.includes('#')) ?? flows[0]).id;
}

if (!po4aInstalled()) console.log('\npo4a: not installed (apt-get install po4a), no comparison');
else if (quick) console.log('\npo4a: installed; compared in the full bench, not in BENCH_QUICK');
else {
  const { readable, folder } = po4aReadable(repo, files, work);
  const rows = [
    ['po4a --no-translations', measureOther(po4aProcess(readable, work))],
    ['bare remark-parse', measure([path.join(here, 'bare-remark.mjs'), folder])],
    ['docflow extract, cold, 1 thread', measure(docflow('extract', '--content', folder, '--locales', path.join(work, 'po4a-locales'), '--no-cache'), { DOCFLOW_THREADS: '1' })],
  ];
  console.log(`\non the ${readable.length} articles po4a reads (it aborts on the other ${files.length - readable.length}), one round`);
  for (const [name, r] of rows) console.log(`${name.padEnd(40)} ${r.wall.toFixed(2).padStart(7)} s ${((r.wall * 1000) / readable.length).toFixed(1).padStart(6)} ms/article ${r.rssMB.toFixed(0).padStart(6)} MB`);
}

/**
 * An article of `megabytes` made of one article's body repeated, its segment numbers renumbered
 * per copy so the ids stay unique, as in a real long article: the folder it is in.
 */
function largeArticle(file, megabytes, name) {
  const text = fs.readFileSync(file, 'utf8');
  const end = text.indexOf('\n---', 3) + 4;
  const [frontmatter, body] = [text.slice(0, end), text.slice(end)];
  const copies = Math.ceil((megabytes * 1e6) / Buffer.byteLength(body));
  const parts = [frontmatter];
  for (let copy = 0; copy < copies; copy++) parts.push(body.replace(/(data-[ts]tu-id="[0-9a-f]+-)(\d+)"/g, (_, prefix, n) => `${prefix}${Number(n) + copy * 100000}"`));
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'large.md'), parts.join(''));
  return dir;
}

/**
 * One job of a CI matrix of 64 over `big`: its extract learning the labels' glossary from every
 * file of the locale, then taking it from a `docflow glossary` file (made by a matrix of its own,
 * whose job is measured too), against the whole extract's time over 64.
 */
function matrixJob(big, whole) {
  const job = (...args) => measure(docflow(...args, '--content', big, '--no-cache'), { DOCFLOW_THREADS: '1' });
  const glossary = path.join(work, 'glossary.jsonl');
  spawnSync(process.execPath, docflow('glossary', '--content', big, '--no-cache', '--out', glossary));
  const locales = () => ['--locales', fs.mkdtempSync(path.join(work, 'job-'))];
  const learning = job('extract', '--shard', '1/64', ...locales());
  const given = job('extract', '--shard', '1/64', '--glossary', glossary, ...locales());
  const part = job('glossary', '--shard', '1/64', '--out', path.join(work, 'glossary-1.jsonl'));
  // As the README's CI runs it: the job's cache restored into a fresh checkout (new inodes and
  // times, the same paths), so every file it reads is hashed again.
  const cached = ['extract', '--shard', '1/64', '--glossary', glossary, '--cache', path.join(work, 'job-cache'), '--locales', path.join(work, 'job-cached')];
  spawnSync(process.execPath, docflow(...cached, '--content', big));
  fs.cpSync(big, `${big}.checkout`, { recursive: true });
  fs.rmSync(big, { recursive: true });
  fs.renameSync(`${big}.checkout`, big);
  const restored = measure(docflow(...cached, '--content', big), { DOCFLOW_THREADS: '1' });
  console.log(`    a job of 64 on it: extract ${learning.wall.toFixed(2)} s; with --glossary ${given.wall.toFixed(2)} s (${given.rssMB.toFixed(0)} MB), and its cache in a fresh checkout ${restored.wall.toFixed(2)} s; its glossary part ${part.wall.toFixed(2)} s (the whole extract over 64: ${(whole.wall / 64).toFixed(2)} s)`);
}

if (!quick) {
  // How cost grows: the repository copied 2× and 4× (different paths, the same text), cold.
  // `lint` too: it compares every sentence across the articles, the one command whose memory
  // grew with their number until it spilled them out of the heap.
  console.log('\nscaling, cold (--no-cache): bare remark, docflow extract (one thread, then two), docflow lint and apply --dry-run on the same files');
  for (const times of [1, 2, 4]) {
    const big = path.join(work, `x${times}`);
    for (let i = 0; i < times; i++) fs.cpSync(source, path.join(big, `copy-${i}`), { recursive: true });
    const bare = measure([path.join(here, 'bare-remark.mjs'), big]);
    const bigLocales = path.join(work, `l${times}`);
    const ours = measure(docflow('extract', '--content', big, '--locales', bigLocales, '--no-cache'), { DOCFLOW_THREADS: '1' });
    // On two threads too: what the workers send back must not pile up with the articles' number.
    fs.rmSync(bigLocales, { recursive: true, force: true });
    const threaded = measure(docflow('extract', '--content', big, '--locales', bigLocales, '--no-cache'), { DOCFLOW_THREADS: '2' });
    const linted = measure(docflow('lint', '--content', big, '--locales', bigLocales, '--no-cache'));
    // And `apply`, which held every article it built until stop 48.
    const applied = measure(docflow('apply', '--dry-run', '--content', big, '--locales', bigLocales, '--no-cache'));
    const cell = (label, r) => `${label} ${r.wall.toFixed(1).padStart(6)} s ${r.rssMB.toFixed(0).padStart(5)} MB`;
    console.log(`${String(times).padStart(2)}× ${(megabytes * times).toFixed(0).padStart(4)} MB   ${cell('bare', bare)}   ${cell('extract', ours)}   ${cell('on 2 threads', threaded)}   ${cell('lint', linted)}   ${cell('apply', applied)}`);
    if (times === 4) matrixJob(big, ours);
    fs.rmSync(big, { recursive: true, force: true });
  }
  // Many small files: 60 locale folders of 500 short articles in 50 folders each (30,000 files).
  // What a run holds for every file, not what it holds for an article, sets this peak.
  {
    const many = path.join(work, 'many');
    for (let l = 0; l < 60; l++) {
      const locale = `${String.fromCharCode(97 + (l % 26))}${String.fromCharCode(97 + Math.floor(l / 26))}-ZZ`;
      for (let i = 0; i < 500; i++) {
        const folder = path.join(many, locale, 'area', `g${i % 50}`);
        fs.mkdirSync(folder, { recursive: true });
        fs.writeFileSync(path.join(folder, `article-${i}.md`), `# Article ${i}\n\n1. Select **Save**.\n2. Done.\n`);
      }
    }
    const manyFolders = ['--content', many, '--locales', path.join(work, 'many-locales'), '--cache', path.join(work, 'many-cache')];
    const cold = measure(docflow('extract', ...manyFolders), { DOCFLOW_THREADS: '1' });
    // Each command once, so that what is measured is its warm run.
    // status's JSON too: a row per article and locale, written as they come.
    const commands = [['extract'], ['status'], ['status', '--format', 'json'], ['list']];
    for (const command of commands) spawnSync(process.execPath, docflow(...command, ...manyFolders));
    const warmRuns = commands.map((command) => [command.join(' ').replace(' --format ', ' '), measure(docflow(...command, ...manyFolders))]);
    console.log(`\n30,000 small files (60 locales × 500 articles): extract cold ${cold.wall.toFixed(1)} s ${cold.rssMB.toFixed(0)} MB; warm ${warmRuns.map(([name, run]) => `${name} ${run.wall.toFixed(1)} s ${run.rssMB.toFixed(0)} MB`).join(', ')}`);
    fs.rmSync(many, { recursive: true, force: true });
  }
  // Whether this machine's cores run the baseline's kind of work side by side: a parse makes
  // garbage fast and is bound by memory as much as by a core. Two bare remark processes at
  // once, against one alone: what threads could gain here at best.
  {
    const alone = measure([path.join(here, 'bare-remark.mjs'), repo]).wall;
    const both = await side(() => [path.join(here, 'bare-remark.mjs'), repo], 2);
    console.log(`\nthe machine: bare remark alone ${alone.toFixed(1)} s; two at once ${both.map((w) => w.toFixed(1)).join(' and ')} s: ${((2 * alone) / Math.max(...both)).toFixed(2)}× the work in the same time on ${os.availableParallelism()} cores`);
  }
  // One large article: the longest of the repository's bodies repeated to 5 and 20 MB, its
  // segment numbers renumbered per copy so the ids stay unique, as in a real long article.
  console.log('\none large article, docflow extract cold (--no-cache) against bare remark');
  const bySize = [...files].sort((a, b) => fs.statSync(b).size - fs.statSync(a).size);
  for (const megabytes of [5, 20]) {
    const dir = largeArticle(bySize[0], megabytes, `large-${megabytes}`);
    const bare = measure([path.join(here, 'bare-remark.mjs'), dir]);
    const largeFolders = ['--content', dir, '--locales', path.join(work, `large-locales-${megabytes}`), '--no-cache'];
    const ours = measure(docflow('extract', ...largeFolders));
    console.log(`${String(megabytes).padStart(3)} MB   bare ${bare.wall.toFixed(1).padStart(6)} s ${bare.rssMB.toFixed(0).padStart(5)} MB   docflow ${ours.wall.toFixed(1).padStart(6)} s ${ours.rssMB.toFixed(0).padStart(5)} MB`);
    // Every command reads the article, and those after extract its files in locales/ too (each
    // as large as a third of the article): the peak of each, not only the first extract's. The
    // export comes back through import, unchanged.
    if (megabytes === 20) {
      const commands = [['extract'], ['status'], ['lint'], ['list'], ['apply', '--dry-run'], ['export', '--locale', 'fr-FR', '--out', path.join(work, 'large.xlf')], ['import', path.join(work, 'large.xlf')], ['checklist', '--all', '--out', path.join(work, 'large-checklists')]];
      const each = commands.map((command) => [command[0] === 'extract' ? 'extract again' : command[0], measure(docflow(...command, ...largeFolders))]);
      // A translator's pass over the whole export: every target changed, so every string and its
      // provenance is written (the unchanged import above writes nothing).
      const changed = path.join(work, 'large-changed.xlf');
      fs.writeFileSync(changed, fs.readFileSync(path.join(work, 'large.xlf'), 'utf8').replace(/(<target\b[^>]*>)/g, '$1✓ '));
      each.push(['import changed', measure(docflow('import', changed, ...largeFolders))]);
      // And those translations written into the article: every sentence of it replaced.
      each.push(['apply changed', measure(docflow('apply', ...largeFolders))]);
      // Last, a new locale's article made from it (`apply --create`): its strings a copy of fr-FR's.
      const largeLocales = path.join(work, `large-locales-${megabytes}`);
      fs.cpSync(path.join(largeLocales, 'fr-FR'), path.join(largeLocales, 'de-DE'), { recursive: true });
      each.push(['create', measure(docflow('apply', '--create', '--locale', 'de-DE', '--out', path.join(work, 'large-created'), ...largeFolders))]);
      // And lint with that locale's strings, all of its own (each is checked at its line).
      each.push(['lint with de-DE', measure(docflow('lint', ...largeFolders))]);
      console.log(`       ${each.map(([name, run]) => `${name} ${run.wall.toFixed(1)} s ${run.rssMB.toFixed(0)} MB`).join('; ')}`);
      console.log(`       ${throughCache(dir, 'large')}`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  // The same of the article densest in numbered steps: 20 MB of thousands of procedures, each a
  // machine of its own and a section of every locale's checklist.
  {
    const steps = (file) => {
      const text = fs.readFileSync(file, 'utf8');
      return (text.match(/^\s*\d+\.\s/gm) ?? []).length / text.length;
    };
    const procedural = [...files].sort((a, b) => steps(b) - steps(a) || a.localeCompare(b))[0];
    const dir = largeArticle(procedural, 20, 'large-procedures');
    const folders = ['--content', dir, '--locales', path.join(work, 'large-procedures-locales'), '--no-cache'];
    const extracted = measure(docflow('extract', ...folders));
    const checklists = measure(docflow('checklist', '--all', '--out', path.join(work, 'large-procedures-checklists'), ...folders));
    console.log(`20 MB of ${path.basename(procedural)} (steps): extract ${extracted.wall.toFixed(1)} s ${extracted.rssMB.toFixed(0)} MB; checklist --all ${checklists.wall.toFixed(1)} s ${checklists.rssMB.toFixed(0)} MB`);
    console.log(`       ${throughCache(dir, 'large-procedures')}`);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  // One plain article that is a single list of 40,000 steps (5.7 MB): a list is one block, so
  // the pieces between headings used to hold it whole.
  {
    const content = path.join(work, 'long-list');
    const steps = Array.from({ length: 40000 }, (_, i) => `${i + 1}. Sélectionnez **Paramètres** puis choisissez l’option numéro ${i + 1} dans le menu de gauche pour continuer la configuration du compte.`);
    fs.mkdirSync(path.join(content, 'fr-FR'), { recursive: true });
    fs.writeFileSync(path.join(content, 'fr-FR', 'liste.md'), `---\ntitle: Une très longue liste\n---\n\n# Une très longue liste\n\nPour configurer le compte :\n\n${steps.join('\n')}\n`);
    const bare = measure([path.join(here, 'bare-remark.mjs'), content]);
    const ours = measure(docflow('extract', '--content', content, '--locales', path.join(work, 'long-list-locales'), '--no-cache'));
    console.log(`one list of 40,000 steps (plain, 5.7 MB)   bare ${bare.wall.toFixed(1)} s ${bare.rssMB.toFixed(0)} MB   docflow ${ours.wall.toFixed(1)} s ${ours.rssMB.toFixed(0)} MB`);
    fs.rmSync(content, { recursive: true, force: true });
  }
}
