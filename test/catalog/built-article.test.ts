import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepArticle } from '../../src/catalog/built-article.js';
import { Cache } from '../../src/catalog/cache.js';
import { extract } from '../../src/catalog/extract.js';
import { Workspace } from '../../src/catalog/workspace.js';
import { CONTENT, tempDir } from '../helpers.js';

/** The bundled content (one article has an overlay), copied so that articles can be removed. */
function content(): string {
  const dir = tempDir();
  fs.cpSync(CONTENT, dir, { recursive: true });
  return dir;
}

describe('an article’s workflows are built when first asked for', () => {
  it('extract leaves them unbuilt, and the cache keeps the article without them', async () => {
    const workspace = new Workspace(content(), tempDir());
    const seen: string[] = [];
    const forget = workspace.forget.bind(workspace);
    // What extract held of each article as it let it go.
    workspace.forget = (slug) => {
      if (workspace.has(slug)) seen.push(`${slug} ${keepArticle(workspace.article(slug)).workflows ? 'built' : 'not built'}`);
      forget(slug);
    };
    await extract(workspace);
    expect(seen).toContain('check-service-health not built');
    // Its overlay's mistakes are told by every command: that one is built with the article.
    expect(seen).toContain('add-a-new-customer built');
  });

  it('builds them from a kept article as a fresh build does, links answered by the content as it is now', () => {
    const dir = content();
    const cache = new Cache(tempDir());
    const slug = 'check-service-health';
    // Kept without its workflows (nothing asked for them).
    void new Workspace(dir, tempDir(), cache).article(slug).resources;
    const fresh = () => new Workspace(dir, tempDir()).article(slug).workflows;
    const revived = new Workspace(dir, tempDir(), cache).article(slug);
    expect(revived.workflows).toEqual(fresh());
    const related = revived.workflows.flatMap((w) => w.related);
    expect(related.length).toBeGreaterThan(0);
    // Its questions now name the articles its links asked about, with their answers.
    expect(revived.questions.filter((q) => q[1] === 'article').map((q) => q[2])).toEqual(expect.arrayContaining(related));
    // A linked article removed since: the kept article's flows no longer lead there.
    const gone = related[0]!;
    for (const locale of ['fr-FR', 'zh-CN']) fs.rmSync(path.join(dir, locale, `${gone}.md`), { force: true });
    const after = new Workspace(dir, tempDir(), cache).article(slug).workflows;
    expect(after.flatMap((w) => w.related)).not.toContain(gone);
    expect(after).toEqual(fresh());
  });
});
