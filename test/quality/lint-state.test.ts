/**
 * A lint after articles changed starts from what the last lint kept (lint-state.ts) and must say
 * exactly what a lint without any cache says: the content rules' findings in unchanged articles
 * included, which change with the sentences of the changed ones.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cache } from '../../src/catalog/cache.js';
import { Workspace } from '../../src/catalog/workspace.js';
import { lint } from '../../src/quality/lint.js';
import { CONTENT, tempDir } from '../helpers.js';

const REQUEST = 'Request a reseller relationship with a customer';

describe('lint after a change, from the last lint', () => {
  const root = tempDir();
  const content = path.join(root, 'content');
  fs.cpSync(CONTENT, content, { recursive: true });
  const locales = path.join(root, 'locales');
  const cacheDir = path.join(root, 'cache');
  const file = (slug: string) => path.join(content, 'zh-CN', `${slug}.md`);
  // One process after another: each run its own workspace and cache object, one folder between them.
  const findings = (cache: boolean) =>
    lint(new Workspace(content, locales, cache ? new Cache(cacheDir) : undefined)).files.flatMap((f) =>
      f.messages.map((m) => `${path.relative(content, f.path)}:${m.line}:${m.column} ${m.ruleId} ${m.reason}`),
    );
  const request = (list: string[]) => list.filter((line) => line.includes(REQUEST));
  const replace = (slug: string, from: string, to: string) => fs.writeFileSync(file(slug), fs.readFileSync(file(slug), 'utf8').replace(from, to));

  it('tells an unchanged article that its translation is now the usual one, or no longer', () => {
    const first = findings(true);
    expect(request(first)).toEqual([expect.stringMatching(/^zh-CN\/work-with-other-partners\.md:28:\d+ inconsistent-translation .*most often “请求与客户建立经销商关系” \(3×\)$/)]);
    expect(first).toEqual(findings(false));

    // The usual translation's one other article now says it the other way: two against two.
    replace('request-a-relationship-with-a-customer', '请求与客户建立经销商关系', '要求与客户建立经销商关系');
    const tied = findings(true);
    expect(tied).toEqual(findings(false));
    expect(request(tied)).not.toEqual(request(first));

    // The article with two of them is gone, in every language: the other way is the only one left.
    for (const locale of ['fr-FR', 'zh-CN']) fs.rmSync(path.join(content, locale, 'create-user-accounts-and-set-permissions.md'), { force: true });
    const gone = findings(true);
    expect(gone).toEqual(findings(false));
    expect(request(gone)).toEqual([]);

    // Back as it was: the first finding again, in an article that never changed.
    fs.cpSync(CONTENT, content, { recursive: true });
    expect(findings(true)).toEqual(first);
  });

  it('answers alike when nothing changed, and stays right when its state is lost', () => {
    const before = findings(true);
    expect(findings(true)).toEqual(before);
    fs.rmSync(path.join(cacheDir, 'v1', 'lint-state'), { recursive: true, force: true });
    replace('work-with-other-partners', '要求与客户建立经销商关系', '请求与客户建立经销商关系');
    const fixed = findings(true);
    expect(request(fixed)).toEqual([]);
    expect(fixed).toEqual(findings(false));
  });
});
