/**
 * The content rules compare sentences out of the heap, a bucket of groups at a time
 * (occurrence-spill.ts): they must find what the comparison of every sentence at once finds.
 * The oracle is `docflow merge`'s join (joinLintParts), which still compares everything at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../src/catalog/workspace.js';
import { joinLintParts, lint, lintPart } from '../../src/quality/lint.js';
import { groupOf, OccurrenceSpill } from '../../src/quality/occurrence-spill.js';
import type { Located } from '../../src/quality/packed-occurrences.js';
import { CONTENT, tempDir } from '../helpers.js';

const messages = (result: ReturnType<typeof lint>) => result.files.flatMap((f) => f.messages.map((m) => `${f.path}:${m.line}:${m.column} ${m.ruleId} ${m.reason}`));

describe('the content rules out of the heap', () => {
  const workspace = () => new Workspace(CONTENT, path.join(tempDir(), 'locales'));
  const part = lintPart(workspace());

  it('find in the bundled content what comparing every sentence at once finds', () => {
    const spilled = messages(lint(workspace()));
    expect(spilled.filter((line) => line.includes('inconsistent-translation')).length).toBeGreaterThan(0);
    expect(spilled.filter((line) => line.includes('label-glossary')).length).toBeGreaterThan(0);
    expect(spilled).toEqual(messages(joinLintParts([part])));
  });

  it('give each comparison whole groups, in the articles’ order, however the articles were added', () => {
    // Articles of a dozen sentences each, added last first, through a spill that goes to disk at once.
    const articles: { sentences: Located[]; labels: Located[] }[] = [];
    for (let n = 0; n < part.sentences.length; n += 12) articles.push({ sentences: part.sentences.slice(n, n + 12), labels: part.labels.slice(n, n + 12) });
    const parent = tempDir();
    const spill = new OccurrenceSpill({ memory: 500, bucketLimit: 3000 }, parent);
    for (let n = articles.length - 1; n >= 0; n--) spill.add(n, articles[n]!);
    const seen = new Map<string, Located[]>();
    const key = (kind: string, located: Located) => `${kind} ${groupOf(kind as 'sentence', located)}`;
    spill.compare((sentences, labels) => {
      for (const [kind, list] of [['sentence', sentences], ['label', labels]] as const) {
        const here = new Map<string, Located[]>();
        for (const located of list) here.set(key(kind, located), [...(here.get(key(kind, located)) ?? []), located]);
        for (const [group, members] of here) {
          expect(seen.has(group)).toBe(false);
          seen.set(group, members);
        }
      }
      return [];
    });
    const expected = new Map<string, Located[]>();
    for (const [kind, list] of [['sentence', articles.flatMap((a) => a.sentences)], ['label', articles.flatMap((a) => a.labels)]] as const) {
      for (const located of list) expected.set(key(kind, located), [...(expected.get(key(kind, located)) ?? []), located]);
    }
    expect(seen).toEqual(expected);
    expect(fs.readdirSync(parent)).toEqual([]);
  });
});
