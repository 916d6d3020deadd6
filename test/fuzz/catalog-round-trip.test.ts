/**
 * The catalog round trip with a translator's text that no one planned for: extract → export
 * XLIFF → a target edited (markup, entities, HTML, quotes, line breaks, scripts) → import →
 * apply. Either the article then says that sentence (on one line, trimmed), or apply refuses it
 * with a reason and the article is byte for byte as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { CONTENT, memoryIo, tempDir } from '../helpers.js';
import { runs, timeLimit } from './runs.js';

const SLUG = 'add-a-new-customer';
const KEY = 'proc-1.step-1.110';
const roots: string[] = [];
afterAll(() => roots.forEach((root) => fs.rmSync(root, { recursive: true, force: true })));

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const piece = fc.constantFrom('Sélectionnez', '**Clients**', '*x*', '`code`', '[lien](x.md)', '<b>', '</span>', '<span class="sxs-lookup">', '&amp;', '&', '"', "'", '中文', 'שלום', '\\', '|', '#', '1.', ' ', '  ', '\n', '{{name}}', '%s');
const translation = fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join('')).filter((text) => text.trim() !== '');

// Each run extracts, exports, imports and applies in a folder of its own (~0.5 s): a share of FUZZ_RUNS.
const roundTrips = runs(12, 0.01);
const limit = timeLimit(120_000, roundTrips.numRuns, 500);
// The property stops itself (and fails) before the test's limit: a test that times out is not
// stopped, and its runs would go on making the folder the clean-up has removed.
const stopping = { interruptAfterTimeLimit: limit - 10_000, markInterruptAsFailure: true };

describe('fuzz: the catalog round trip', () => {
  it('a translator’s sentence reaches the article exactly, or is refused and the article kept', async () => {
    const root = tempDir();
    roots.push(root);
    const outcomes = { applied: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(translation, async (text) => {
        const content = path.join(root, 'content');
        const locales = path.join(root, 'locales');
        fs.rmSync(root, { recursive: true, force: true });
        fs.cpSync(CONTENT, content, { recursive: true });
        const cli = async (...args: string[]) => {
          const m = memoryIo();
          const code = await runCli([...args, '--content', content, '--locales', locales, '--no-cache'], m.io);
          return { code, err: m.err() };
        };
        expect((await cli('extract')).code).toBe(0);
        const xliff = path.join(root, 'fr.xlf');
        expect((await cli('export', SLUG, '--locale', 'fr-FR', '--out', xliff)).code).toBe(0);
        const xml = fs.readFileSync(xliff, 'utf8');
        const unit = new RegExp(`(<trans-unit id="${KEY.replace(/\./g, '\\.')}"[^>]*>[\\s\\S]*?<target[^>]*>)[\\s\\S]*?(</target>)`);
        expect(xml).toMatch(unit);
        fs.writeFileSync(xliff, xml.replace(unit, (_all, open: string, close: string) => `${open}${escapeXml(text)}${close}`));
        expect((await cli('import', xliff)).code).toBe(0);
        const file = path.join(content, 'fr-FR', `${SLUG}.md`);
        const before = fs.readFileSync(file, 'utf8');
        const applied = await cli('apply', '--locale', 'fr-FR');
        const after = fs.readFileSync(file, 'utf8');
        if (applied.code !== 0) {
          expect(applied.err).toMatch(/docflow:apply-/);
          expect(after).toBe(before);
          outcomes.refused++;
          return;
        }
        const segment = parseDocument(after, { path: file, locale: 'fr-FR' }).document.segments.find((s) => s.n === 110);
        // One line, no space at the ends: what a sentence between its tags can be.
        expect(segment?.target).toBe(text.replace(/[ \t]*\n\s*/g, ' ').trim());
        outcomes.applied++;
      }),
      { ...roundTrips, ...stopping },
    );
    // Plain sentences go through: a pipeline that refused everything would pass the above.
    expect(outcomes.applied).toBeGreaterThan(0);
    console.log(`round trip: ${outcomes.applied} applied, ${outcomes.refused} refused`);
  }, limit);
});
