/**
 * Whatever bytes an article, an overlay, a resource file or an answers file holds, docflow
 * answers with messages at real places, never an exception: properties over generated input
 * made of the pieces that break parsers (side-by-side tags cut anywhere, markup, nesting,
 * control characters, YAML and JSON syntax).
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { overlayFrom } from '../../src/flow/overlay.js';
import { readAnswers, AnswersError } from '../../src/flow/answers.js';
import { readMessages, ResourceError } from '../../src/catalog/locale-files.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { scanDocument } from '../../src/parse/scan-document.js';
import { tempDir } from '../helpers.js';
import { runs } from './runs.js';

const root = tempDir();
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const MARKDOWN = ['# ', '## ', '1. ', '2. ', '- ', '  ', '> ', '>', '[!NOTE]', '**', '*', '_', '`', '```\n', '[a](b.md)', '![i](x.png)', '<br>', '&amp;', '|', '---\n', '\n', '\n\n', 'word ', 'été ', '中文', 'שלום', '\u0000', '\u001b[2J', '\uFFFD', '\r\n', '\t'];
const SXS = ['<span data-ttu-id="ab12c-1">', '<span data-ttu-id="ab12c-2">', '</span>', '<span class="sxs-lookup">', '<span data-stu-id="ab12c-1">', '<span data-stu-id="ab12c-9">', '</span></span>', '---\nms.contentlocale: fr-FR\n---\n'];
const article = fc.array(fc.oneof(fc.constantFrom(...MARKDOWN, ...SXS), fc.string({ maxLength: 6 })), { maxLength: 80 }).map((parts) => parts.join(''));

const placed = (file: VFile) => {
  for (const m of file.messages) {
    expect(m.line ?? 0).toBeGreaterThanOrEqual(1);
    expect(m.column ?? 0).toBeGreaterThanOrEqual(1);
    expect(m.ruleId).toBeTruthy();
  }
};

describe('fuzz: hostile input', () => {
  it('the parser and the scan never throw, and every message has a place and a rule', () => {
    fc.assert(
      fc.property(article, (text) => {
        const parsed = parseDocument(text, { path: 'fuzz.md', locale: 'fr-FR' });
        placed(parsed.file);
        placed(scanDocument(text, { path: 'fuzz.md', locale: 'fr-FR' }).file);
        // Every segment's target is a slice of the text it came from.
        for (const segment of parsed.document.segments) expect(typeof segment.target).toBe('string');
      }),
      runs(300),
    );
  });

  const YAML_PARTS = ['branches:\n', 'inputs:\n', 'links:\n', 'branchs:\n', '  - ', 'step: ', '99', '4', '-1', 'label: ', 'Update', 'goto: ', 'done', 'name: ', '__proto__', 'type: ', 'one-of', 'choices: [a, b]', '{ ', ' }', '&a ', '*a', '\n', '  ', ': ', '"', "'", '#', '\t', '%YAML'];
  it('an overlay never throws: mistakes are messages at their line and column', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...YAML_PARTS), { maxLength: 60 }), (parts) => {
        const file = new VFile({ path: 'overlay.yaml' });
        const overlay = overlayFrom(parts.join(''), file);
        placed(file);
        expect(Array.isArray(overlay.branches)).toBe(true);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      runs(300),
    );
  });

  const JSON_PARTS = ['{', '}', '[', ']', '"a"', '"__proto__"', '"title.1"', ':', ',', ' ', '\n', '"x"', '1', 'null', 'true', '"\\u0000"', '"unterminated'];
  it('a resource file or an answers file is read or refused with a place, never an exception of another kind', () => {
    let n = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...JSON_PARTS), { maxLength: 40 }), (parts) => {
        const file = path.join(root, `r${n++ % 50}.json`);
        fs.writeFileSync(file, parts.join(''));
        try {
          const messages = readMessages(file);
          for (const value of Object.values(messages)) expect(typeof value).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(ResourceError);
          expect((error as ResourceError).line).toBeGreaterThanOrEqual(1);
        }
        try {
          readAnswers(file);
        } catch (error) {
          expect(error).toBeInstanceOf(AnswersError);
          expect((error as Error).message).toMatch(/:\d+:\d+ error .+ docflow:answers$/);
        }
        expect(Object.prototype).not.toHaveProperty('x');
      }),
      runs(300),
    );
  });
});
