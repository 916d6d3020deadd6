import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse-document.js';
import { scanSegments } from '../../src/parse/scan-segments.js';
import { buildSkeleton, skeletonSource } from '../../src/parse/skeleton.js';

// Segment bodies as translators write them: words, bold labels, links, entities, CJK, RTL,
// no-break spaces, backslash escapes, tag-like placeholders; never the sxs tags themselves.
const word = fc.constantFrom(
  'Select', 'sélectionnez', '**Submit**', '**suivant\u00a0: Abonnements**', '[Créer](create.md)', '&gt;', '&nbsp;',
  '添加新客户', '“更新”', 'לקוח', 'Syndication\\_Partner', '6\\.000 USD', '<token>', '`code`', '*x*', '(s)', ':',
);
const body = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
const block = fc.constantFrom('para', 'step', 'bullet', 'heading', 'note', 'cell');

function render(kind: string, pair: string): string {
  switch (kind) {
    case 'step':
      return `1. ${pair}`;
    case 'bullet':
      return `-   ${pair}`;
    case 'heading':
      return `## <a name="x"></a>${pair}`;
    case 'note':
      return `> [!NOTE]\n> ${pair}`;
    case 'cell':
      return `| a | b |\n|---|---|\n| ${pair} | x |`;
    default:
      return pair;
  }
}

const article = fc.array(fc.record({ target: body, source: body, kind: block }), { minLength: 1, maxLength: 12 });

/** The article; `after(i)` is markdown written after pair i, outside it. */
function build(items: { target: string; source: string; kind: string }[], after: (i: number) => string = () => ''): string {
  return items
    .map(({ target, source, kind }, i) => {
      const id = `ab12c-${100 + i}`;
      const pair = `<span data-ttu-id="${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;
      return render(kind, pair + after(i));
    })
    .join('\n\n');
}

/** The segment numbers of a document's text, in reading order, wherever they sit. */
function partNumbers(value: unknown): number[] {
  if (Array.isArray(value)) return value.flatMap(partNumbers);
  if (typeof value !== 'object' || value === null) return [];
  if ('parts' in value && Array.isArray(value.parts)) return value.parts.flatMap((part: { n?: number }) => (part.n === undefined ? [] : [part.n]));
  return Object.values(value).flatMap(partNumbers);
}

// What reads as the skeleton's placeholder for pair i once markdown has decoded it: `<`, U+E000
// (or another private-use character), digits, `>`, as characters or character references.
const lookalike = fc
  .tuple(fc.constantFrom('<', '&lt;', '&LT;', '&#60;', '&#x3C;', '\\<'), fc.constantFrom('\uE000', '\uE001', '&#xE000;', '&#57344;', '&#xe000;'), fc.nat(14))
  .map(([lt, mark, i]) => `${lt}${mark}${i}>`);

describe('segments survive any article shape', () => {
  it('the scan recovers every pair byte for byte', () => {
    fc.assert(
      fc.property(article, (items) => {
        const { segments, problems } = scanSegments(build(items));
        expect(problems).toEqual([]);
        expect(segments.map((s) => s.n)).toEqual(items.map((_, i) => 100 + i));
        const text = build(items);
        segments.forEach((s, i) => {
          expect(text.slice(s.targetStart, s.targetEnd)).toBe(items[i]!.target);
          expect(text.slice(s.sourceStart, s.sourceEnd)).toBe(items[i]!.source);
        });
      }),
    );
  });

  it('a tag of a pair dropped or doubled is always reported, and every other pair is kept', () => {
    // The five tags of a pair, in order; one of one pair is left out or written twice.
    const tags = (id: string) => [`<span data-ttu-id="${id}">`, '</span>', '<span class="sxs-lookup">', `<span data-stu-id="${id}">`, '</span></span>'];
    fc.assert(
      fc.property(article, fc.nat(), fc.nat(4), fc.boolean(), (items, which, tag, doubled) => {
        const broken = which % items.length;
        const text = items
          .map(({ target, source, kind }, i) => {
            const [open, shut, lookup, sourceOpen, close] = tags(`ab12c-${100 + i}`).map((t, j) => (i !== broken || j !== tag ? t : doubled ? t + t : ''));
            return render(kind, `${open}${target}${shut}${lookup}${sourceOpen}${source}${close}`);
          })
          .join('\n\n');
        const { segments, problems } = scanSegments(text);
        expect(problems.length).toBeGreaterThan(0);
        const kept = new Map(segments.map((s) => [s.n, [text.slice(s.targetStart, s.targetEnd), text.slice(s.sourceStart, s.sourceEnd)]]));
        items.forEach((item, i) => {
          if (i !== broken) expect(kept.get(100 + i)).toEqual([item.target, item.source]);
        });
      }),
    );
  });

  it('the structure parser folds every pair into exactly one segment, wherever it sits', () => {
    fc.assert(
      fc.property(article, (items) => {
        const text = build(items);
        const { document, file } = parseDocument(text, { path: 'gen.md', locale: 'fr-FR' });
        expect(file.messages).toEqual([]);
        expect(document.segments.map((s) => [s.target, s.source])).toEqual(items.map((i) => [i.target, i.source]));
        // Every step segment belongs to exactly one step.
        const inSteps = document.procedures.flatMap((p) => p.steps.flatMap((s) => s.segments));
        expect(new Set(inSteps).size).toBe(inSteps.length);
      }),
      { numRuns: 60 },
    );
  });

  it('text outside the pairs shaped like the skeleton’s placeholders stays text: every pair is read where it is, once', () => {
    fc.assert(
      fc.property(article, fc.array(fc.option(lookalike, { nil: undefined }), { minLength: 12, maxLength: 12 }), (items, written) => {
        const { document: plain } = parseDocument(build(items), { path: 'gen.md', locale: 'fr-FR' });
        const { document, file } = parseDocument(
          build(items, (i) => (written[i] === undefined ? '' : ` ${written[i]}`)),
          { path: 'gen.md', locale: 'fr-FR' },
        );
        expect(file.messages).toEqual([]);
        expect(document.segments.map((s) => s.n)).toEqual(plain.segments.map((s) => s.n));
        expect(partNumbers(document)).toEqual(partNumbers(plain));
      }),
      { numRuns: 60 },
    );
  });

  it('the skeleton gives back any stretch of the article outside its pairs, byte for byte', () => {
    fc.assert(
      fc.property(article, fc.nat(), fc.nat(), (items, a, b) => {
        const text = build(items);
        const { segments } = scanSegments(text);
        const source = skeletonSource(buildSkeleton(text, segments)!, segments);
        // Stretches between pairs (and before the first, after the last), and any part of one.
        const gaps = [0, ...segments.flatMap((s) => [s.start, s.end]), text.length];
        const gap = (a % (gaps.length / 2)) * 2;
        const [from, to] = [gaps[gap]!, gaps[gap + 1]!];
        const start = from + (b % (to - from + 1));
        const end = start + (a % (to - start + 1));
        expect(source.slice(start, end)).toBe(text.slice(start, end));
        expect(source.slice(from, to)).toBe(text.slice(from, to));
      }),
    );
  });

  it('truncating an article anywhere never throws: problems are messages', () => {
    fc.assert(
      fc.property(article, fc.nat(), (items, cut) => {
        const text = build(items);
        const partial = text.slice(0, cut % (text.length + 1));
        const { document, file } = parseDocument(partial, { path: 'cut.md', locale: 'fr-FR' });
        for (const message of file.messages) {
          expect(message.line).toBeGreaterThan(0);
          expect(message.ruleId).toBeTruthy();
        }
        // Only whole pairs become segments; a cut before the first pair leaves plain markdown.
        if (document.sxs) expect(document.segments.length).toBeLessThanOrEqual(items.length);
        else expect(partial).not.toContain('<span data-ttu-id');
      }),
      { numRuns: 60 },
    );
  });
});
