/**
 * A long list reaches the structure a piece at a time (chunked-parse's `listPieces`): the
 * document made so is the one made from the list whole (the tree kept, `tree: true`, joins
 * the pieces as remark's own parse of the whole text gives them).
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse-document.js';
import { FIXTURES } from '../helpers.js';

const sentence = (i: number) => `Sélectionnez **Paramètres** puis l’option ${i} dans le menu de gauche pour continuer la configuration.`;

function both(text: string) {
  const pieces = parseDocument(text, { path: 'a.md', locale: 'fr-FR' }).document;
  const whole = parseDocument(text, { path: 'a.md', locale: 'fr-FR', tree: true }).document;
  return { pieces: JSON.parse(JSON.stringify(pieces)), whole: JSON.parse(JSON.stringify(whole)) };
}

describe('a list in pieces', () => {
  it('gives one procedure of every step, as the whole list does', () => {
    const steps = Array.from({ length: 400 }, (_, i) => `${i + 1}. ${sentence(i)}`).join('\n');
    const { pieces, whole } = both(`# Titre\n\nPour configurer :\n\n${steps}\n\n## Suite\n\nFin.\n`);
    expect(pieces).toEqual(whole);
    expect(pieces.procedures).toHaveLength(1);
    expect(pieces.procedures[0].steps).toHaveLength(400);
  });

  it('keeps a long bullet list one list, an "Applies to" list whole, and numbering decided on the whole list', () => {
    const bullets = (n: number) => Array.from({ length: n }, (_, i) => `- ${sentence(i)}`).join('\n');
    // "1. 2." then only "1.": the whole list is not lazy, so the list after it starts its own procedure.
    const mixed = Array.from({ length: 60 }, (_, i) => `${i < 2 ? i + 1 : 1}. ${sentence(i)}`).join('\n');
    const text = `# Titre\n\n**Applies to**\n\n${bullets(30)}\n\nIntro.\n\n${bullets(40)}\n\n## A\n\n${mixed}\n\nEntre les deux.\n\n${Array.from({ length: 40 }, (_, i) => `1. ${sentence(i)}`).join('\n')}\n`;
    const { pieces, whole } = both(text);
    expect(pieces).toEqual(whole);
    // The label and its 30 items.
    expect(pieces.appliesTo).toHaveLength(31);
    expect(pieces.intro.filter((block: { type: string }) => block.type === 'list')).toHaveLength(1);
    expect(pieces.procedures.map((p: { steps: unknown[] }) => p.steps.length)).toEqual([60, 40]);
  });

  it('is the whole list’s document in real side-by-side articles (positions moved to the file’s)', () => {
    const files = fs.readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md') && name !== 'README.md');
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
      const { pieces, whole } = both(text);
      expect(pieces, file).toEqual(whole);
    }
  });

  it('is the whole list’s document for any run of lists and paragraphs', () => {
    const item = fc.tuple(fc.constantFrom('1.', '2.', '7.', '-', '*', '1)'), fc.nat(999)).map(([marker, i]) => `${marker} ${sentence(i)}`);
    const block = fc.oneof(fc.array(item, { minLength: 1, maxLength: 30 }).map((items) => items.join('\n')), fc.constant('Un paragraphe.'), fc.constant('## Une section'));
    fc.assert(
      fc.property(fc.array(block, { maxLength: 8 }), (blocks) => {
        const { pieces, whole } = both(`# Titre\n\n${blocks.join('\n\n')}\n`);
        expect(pieces).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });
});
