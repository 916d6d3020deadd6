/**
 * The content rules compare sentences out of the heap, a bucket of groups at a time
 * (occurrence-spill.ts): they must find what the comparison of every sentence at once finds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../src/catalog/workspace.js';
import { compareAcrossArticles, joinLintParts, lint, lintPart } from '../../src/quality/lint.js';
import { groupOf, OccurrenceSpill } from '../../src/quality/occurrence-spill.js';
import type { Located } from '../../src/quality/packed-occurrences.js';
import { CONTENT, tempDir } from '../helpers.js';

const messages = (result: ReturnType<typeof lint>) => result.files.flatMap((f) => f.messages.map((m) => `${f.path}:${m.line}:${m.column} ${m.ruleId} ${m.reason}`));

describe('the content rules out of the heap', () => {
  const workspace = () => new Workspace(CONTENT, path.join(tempDir(), 'locales'));
  const part = lintPart(workspace());

  it('find in the bundled content what comparing every sentence at once finds', () => {
    const all = compareAcrossArticles(part.sentences, part.labels).map(([, [rule, file, reason, line, column]]) => `${file}:${line}:${column} ${rule} ${reason}`);
    expect(all.filter((line) => line.includes('inconsistent-translation')).length).toBeGreaterThan(0);
    expect(all.filter((line) => line.includes('label-glossary')).length).toBeGreaterThan(0);
    const contentRules = (list: string[]) => list.filter((line) => / (inconsistent-translation|label-glossary) /.test(line));
    // An article at a time (lint), and shards of three articles each (merge), spill alike.
    expect(contentRules(messages(lint(workspace())))).toEqual(all);
    const slugs = workspace().slugs();
    const shards = Array.from({ length: Math.ceil(slugs.length / 3) }, (_, i) => lintPart(workspace(), { slugs: slugs.slice(3 * i, 3 * i + 3) }));
    expect(contentRules(messages(joinLintParts(shards)))).toEqual(all);
  });

  it('give each comparison whole groups, and findings that do not depend on the order articles came in', () => {
    // Articles of a dozen sentences each, added last first, through a spill that goes to disk at once.
    const articles: { sentences: Located[]; labels: Located[] }[] = [];
    for (let n = 0; n < part.sentences.length; n += 12) articles.push({ sentences: part.sentences.slice(n, n + 12), labels: part.labels.slice(n, n + 12) });
    const parent = tempDir();
    const spill = new OccurrenceSpill({ memory: 500, bucketLimit: 3000 }, parent);
    for (const article of [...articles].reverse()) spill.add(article);
    const seen = new Map<string, Located[]>();
    const key = (kind: string, located: Located) => `${kind} ${groupOf(kind as 'sentence', located)}`;
    const findings = spill.compare((sentences, labels) => {
      for (const [kind, list] of [['sentence', sentences], ['label', labels]] as const) {
        const here = new Map<string, Located[]>();
        for (const located of list) here.set(key(kind, located), [...(here.get(key(kind, located)) ?? []), located]);
        for (const [group, members] of here) {
          expect(seen.has(group)).toBe(false);
          seen.set(group, members);
        }
      }
      return compareAcrossArticles(sentences, labels);
    });
    const expected = new Map<string, Located[]>();
    for (const [kind, list] of [['sentence', part.sentences], ['label', part.labels]] as const) {
      for (const located of list) expected.set(key(kind, located), [...(expected.get(key(kind, located)) ?? []), located]);
    }
    const asSets = (map: Map<string, Located[]>) => new Map([...map].map(([group, members]) => [group, new Set(members.map((m) => JSON.stringify(m)))]));
    expect(asSets(seen)).toEqual(asSets(expected));
    const text = (list: typeof findings) => list.map(([, finding]) => finding.join(' ')).sort();
    expect(text(findings)).toEqual(text(compareAcrossArticles(part.sentences, part.labels)));
    expect(fs.readdirSync(parent)).toEqual([]);
  });
});
