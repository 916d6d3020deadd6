/**
 * The cache is never wrong, checked against a run without it: two copies of real articles (fr-fr
 * and zh-cn of the same slugs, and Hebrew ones) take the same random edits a team makes (a
 * translation or its English changed, a sentence removed, a translator's edit in locales/, a
 * resource or provenance file deleted, an article copied, deleted or only touched, an overlay
 * written, `apply`, an XLIFF round trip), and after
 * each, `extract`, `status`, `lint`, `list`, `checklist --all`, `export` and `apply --dry-run` run on one copy with a cache and
 * on the other with `--no-cache`: what they print, their exit codes and every file they leave
 * (the articles too) must be the same.
 * Through the built CLI, a process per command, as a user runs it. Each CI run tries other
 * edits; a failure names its seed, and `DOCFLOW_SWEEP_SEED=<seed>` runs those again
 * (`DOCFLOW_SWEEP_RUNS=<n>` tries n sequences, 3 by default).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';
import { CORPUS } from './corpus-folders.js';

const MAIN = path.join(ROOT, 'dist', 'bundle', 'main.cjs');
const SOURCES = ['partner-center-pr.fr-fr', 'partner-center-pr.zh-cn', 'customer-insights-pr.he-il'].map((name) => path.join(CORPUS, name));

/** Articles of each source taken into the copies: the same slugs in fr-fr and zh-cn. */
const PER_SOURCE = 12;

/** The first PER_SOURCE articles of a source (by path), or those of `slugs` it has. */
function pick(root: string, slugs?: readonly string[]): string[] {
  const all = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md') && !/readme|contributing/i.test(f)).sort();
  return slugs ? all.filter((f) => slugs.includes(f)) : all.slice(0, PER_SOURCE);
}

type Edit =
  | { kind: 'translation' | 'english' | 'remove-sentence' | 'touch' | 'copy' | 'delete'; article: number }
  | { kind: 'hand-edit' | 'delete-resource' | 'delete-provenance' | 'overlay'; article: number; key: number }
  | { kind: 'apply' | 'xliff-round-trip' };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constantFrom('translation', 'english', 'remove-sentence', 'touch', 'copy', 'delete'), article: fc.nat() }),
  fc.record({ kind: fc.constantFrom('hand-edit', 'delete-resource', 'delete-provenance', 'overlay'), article: fc.nat(), key: fc.nat() }),
  fc.record({ kind: fc.constantFrom('apply', 'xliff-round-trip') }),
) as fc.Arbitrary<Edit>;

/** Every file under a folder, by its path below it, with its bytes. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!fs.existsSync(dir)) return files;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(path.relative(dir, path.join(entry.parentPath, entry.name)), fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
  }
  return files;
}

/** One side of the comparison: its articles, its locales/ and how it runs the CLI. */
class Side {
  readonly roots: string[];
  readonly locales: string;
  /** Where checklists and XLIFF go. */
  readonly out: string;
  private added = 0;

  constructor(
    readonly dir: string,
    private readonly cacheArgs: string[],
  ) {
    this.roots = SOURCES.map((source) => path.join(dir, path.basename(source)));
    this.locales = path.join(dir, 'locales');
    this.out = path.join(dir, 'out');
  }

  /** The articles' files, the same list on both sides (sorted). */
  articles(): string[] {
    return this.roots.flatMap((root) => fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => path.join(root, f))).sort();
  }

  /** What a translator's round trip does: `apply` writes locales/ into the articles; or XLIFF out, each target changed, and in. */
  private translate(kind: 'apply' | 'xliff-round-trip'): void {
    if (kind === 'apply') {
      this.run(['apply']);
      return;
    }
    const xliff = path.join(this.dir, 'hand-off.xlf');
    if (this.run(['export', '--locale', 'fr-FR', '--out', xliff]).status !== 0) return;
    fs.writeFileSync(xliff, fs.readFileSync(xliff, 'utf8').replace(/(<target[^>]*>)([^<]+)(<\/target>)/g, '$1$2 (relu)$3'));
    this.run(['import', xliff]);
  }

  /** Every file the commands left: locales/, the checklists and XLIFF (its folder named the same), and the articles (`apply` writes them). */
  files(): Map<string, string> {
    const out = [...tree(this.out)].map(([file, text]) => [`out/${file}`, text.replaceAll(this.dir, '<side>')] as const);
    const articles = this.roots.flatMap((root, i) => [...tree(root)].map(([file, text]) => [`content-${i}/${file}`, text] as const));
    return new Map([...tree(this.locales), ...out, ...articles]);
  }

  /** The CLI's output with this side's folder named the same on both sides. */
  run(args: string[]): { status: number | null; stdout: string; stderr: string } {
    const content = this.roots.flatMap((root) => ['--content', root]);
    const result = spawnSync(process.execPath, [MAIN, ...args, ...content, '--locales', this.locales, ...this.cacheArgs], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const named = (text: string) => text.replaceAll(this.dir, '<side>');
    return { status: result.status, stdout: named(result.stdout), stderr: named(result.stderr) };
  }

  edit(change: Edit): void {
    if (!('article' in change)) return this.translate(change.kind);
    const articles = this.articles();
    if (articles.length === 0) return;
    const file = articles[change.article % articles.length]!;
    const text = fs.readFileSync(file, 'utf8');
    const lines = text.split('\n');
    switch (change.kind) {
      case 'translation':
        fs.writeFileSync(file, text.replace(/(<span data-ttu-id="[^"]+">)/, '$1✎ '));
        break;
      case 'english':
        fs.writeFileSync(file, text.replace(/(<span data-stu-id="[^"]+">)/, '$1Changed '));
        break;
      case 'remove-sentence': {
        const at = lines.findIndex((line, i) => i > 15 && line.includes('data-ttu-id'));
        if (at !== -1) fs.writeFileSync(file, [...lines.slice(0, at), ...lines.slice(at + 1)].join('\n'));
        break;
      }
      case 'touch':
        fs.writeFileSync(file, text);
        break;
      case 'copy':
        fs.writeFileSync(file.replace(/\.md$/, `-copy-${++this.added}.md`), text);
        break;
      case 'delete':
        fs.rmSync(file);
        break;
      case 'overlay': {
        // Beside the first content folder: an input on step 1 and a link to another article's flow.
        const slug = (f: string) => path.relative(this.roots.find((root) => f.startsWith(`${root}${path.sep}`))!, f).replace(/\.md$/, '').split(path.sep).join('/');
        const overlay = path.join(this.roots[0]!, 'overlays', `${slug(file)}.yaml`);
        fs.mkdirSync(path.dirname(overlay), { recursive: true });
        fs.writeFileSync(overlay, `inputs:\n  - { step: 1, name: account-id, type: text }\nlinks:\n  - { step: 1, flow: ${slug(articles[change.key % articles.length]!)} }\n`);
        break;
      }
      default: {
        // What a translator or a script does in locales/: one of the resource files, by number.
        const resources = [...tree(this.locales).keys()].filter((f) => f.endsWith('.json') && !f.startsWith('en-US') && (change.kind === 'delete-provenance') === f.startsWith('_docflow')).sort();
        if (resources.length === 0) return;
        const resource = path.join(this.locales, resources[change.article % resources.length]!);
        if (change.kind !== 'hand-edit') {
          fs.rmSync(resource);
          break;
        }
        const messages = JSON.parse(fs.readFileSync(resource, 'utf8')) as Record<string, string>;
        const keys = Object.keys(messages);
        if (keys.length === 0) return;
        const key = keys[change.key % keys.length]!;
        messages[key] = `${messages[key]} (édité)`;
        fs.writeFileSync(resource, `${JSON.stringify(messages, null, 2)}\n`);
      }
    }
  }
}

/** Each command, given the folder its files go to (compared as locales/ is). */
const COMMANDS: ((out: string) => string[])[] = [
  () => ['extract'],
  () => ['status', '--format', 'json'],
  () => ['lint', '--format', 'json'],
  () => ['list'],
  (out) => ['checklist', '--all', '--format', 'json', '--out', path.join(out, 'checklists')],
  (out) => ['export', '--locale', 'fr-FR', '--out', path.join(out, 'fr-FR.xlf')],
  () => ['apply', '--dry-run', '--format', 'json'],
];

describe.skipIf(!SOURCES.every((source) => fs.existsSync(source)) || !fs.existsSync(MAIN))('the cache against no cache, on real articles', () => {
  it('prints and writes the same after every edit', () => {
    const slugs = pick(SOURCES[0]!);
    let sequences = 0;
    let steps = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 4, maxLength: 7 }), (edits) => {
        const base = tempDir();
        const cached = new Side(path.join(base, 'cached'), ['--cache', path.join(base, 'cache')]);
        const cold = new Side(path.join(base, 'cold'), ['--no-cache']);
        for (const side of [cached, cold]) {
          SOURCES.forEach((source, i) => {
            for (const file of pick(source, i === 2 ? undefined : slugs)) fs.cpSync(path.join(source, file), path.join(side.roots[i]!, file));
          });
        }
        // A first run, then each edit: a warm run after a cold one, as a team's CI has it.
        for (const change of [undefined, ...edits]) {
          if (change) for (const side of [cached, cold]) side.edit(change);
          for (const command of COMMANDS) {
            const [a, b] = [cached.run(command(cached.out)), cold.run(command(cold.out))];
            const after = `${command('out').join(' ')} after ${JSON.stringify(change ?? 'the first run')}`;
            expect(a, after).toEqual(b);
            const [filesA, filesB] = [cached.files(), cold.files()];
            expect([...filesA.keys()].sort(), after).toEqual([...filesB.keys()].sort());
            expect([...filesA].filter(([file, text]) => filesB.get(file) !== text).map(([file]) => file), after).toEqual([]);
          }
          steps++;
        }
        sequences++;
        fs.rmSync(base, { recursive: true, force: true });
      }),
      // Each step is six processes: a few sequences, and no shrinking (the failing step is named).
      { numRuns: Number(process.env.DOCFLOW_SWEEP_RUNS ?? 3), endOnFailure: true, ...(process.env.DOCFLOW_SWEEP_SEED ? { seed: Number(process.env.DOCFLOW_SWEEP_SEED) } : {}) },
    );
    console.log(`${sequences} sequences, ${steps} steps, each compared for ${COMMANDS.length} commands`);
  }, 600_000);
});
