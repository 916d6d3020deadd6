/**
 * A localized repository checked out today has plain translations: Japanese or Korean markdown
 * with `ms.contentlocale` and no side-by-side pairs, so no English. Given with a side-by-side
 * version of the same article (`--content` once per locale), such a file was matched to the
 * reference as if its text were English: a Korean bullet that shares "Microsoft Cloud for US
 * Government" with an English one became its translation, reported stale with the Korean as the
 * English it was made from; with the same `ms.openlocfilehash`, its blocks were paired by number.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { FIXTURES, cliRun, folderWith, sxsPair, tempDir } from '../helpers.js';

const REPOS = path.join(FIXTURES, 'plain-translations');
const SLUG = 'partner-center/add-a-new-customer';
const contentOf = (...repos: string[]) => repos.flatMap((repo) => ['--content', path.join(REPOS, repo)]);
const HANGUL = /[\uAC00-\uD7A3]/;
const KANA = /[\u3040-\u30FF]/;

/** The oracle: every paragraph and heading of a file's body as a plain mdast walk reads its words. */
function blocksOf(file: string): string[] {
  const body = fs.readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const texts: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'paragraph' || node.type === 'heading') texts.push(toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim());
    else if ('children' in node) node.children.forEach(walk);
  };
  walk(fromMarkdown(body));
  return texts;
}

function filesBelow(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

describe('a plain translation beside a side-by-side version of its article', () => {
  it('is not paired with the English: no Korean string under an English key, nothing stale', async () => {
    const locales = tempDir();
    const repos = contentOf('partner-center-pr.de-de', 'partner-center-pr.ja-jp', 'partner-center-pr.ko-kr');
    const extract = await cliRun(['extract', ...repos, '--locales', locales, '--no-cache']);
    expect(extract.code, extract.err).toBe(0);
    // The German's pairs, its English as en-US; the Korean and Japanese files give no strings.
    expect(filesBelow(locales).filter((f) => !f.startsWith('_docflow')).sort()).toEqual([`de-DE/${SLUG}.json`, `en-US/${SLUG}.json`]);
    const status = await cliRun(['status', ...repos, '--locales', locales, '--no-cache', '--all']);
    expect(status.code, status.err).toBe(0);
    expect(status.out).not.toMatch(/stale \(/i);
    expect(status.out).not.toMatch(HANGUL);
    expect(status.out).toMatch(/de-DE\s+14\s+14\s+0\s+0/);
  });

  it('is not paired by number when it says it was made from the same English file', async () => {
    // Hand-made: a side-by-side article numbered from 1, as a short one may be, and a Korean plain
    // translation of the same English (same hash), whose blocks count from 1 too.
    const hash = 'ms.openlocfilehash: 72b02ad430bc0ce434e3de25380ef043e59ac08d\n';
    const german = `---\nms.contentlocale: de-DE\n${hash}---\n# ${sxsPair(1, 'Kunden hinzufügen', 'Add a customer')}\n\n${sxsPair(2, '**Gilt für**', '**Applies to**')}\n\n1. ${sxsPair(3, 'Wählen Sie **Kunden**.', 'Select **Customers**.')}\n2. ${sxsPair(4, 'Wählen Sie **Fertig**.', 'Select **Done**.')}\n`;
    const korean = `---\nms.contentlocale: ko-KR\n${hash}---\n# 새 고객 추가\n\n구독을 판매하려면 먼저 계정을 만들어야 합니다.\n\n1. **고객**을 선택합니다.\n2. **완료**를 선택합니다.\n`;
    const dir = folderWith({ 'de/x.md': german, 'ko/x.md': korean });
    const locales = tempDir();
    const run = await cliRun(['run', 'x', '--plain', '--content', path.join(dir, 'de'), '--content', path.join(dir, 'ko'), '--locales', locales, '--no-cache', '--locale', 'ko-KR']);
    expect(run.code, run.err).toBe(0);
    // Block 2 of the Korean (its intro) is not the "Applies to" label, nor block 3 step 1's text.
    expect(run.out).not.toContain('구독을 판매하려면');
    expect(run.out).toContain('Select Customers.');
  });
});

describe('plain translations of an article that has no English version', () => {
  const article = (repo: string) => path.join(REPOS, repo, `${SLUG}.md`);
  const walk = async (locale: string, ...repos: string[]) => {
    const run = await cliRun(['run', SLUG, '--plain', ...contentOf(...repos), '--locales', tempDir(), '--no-cache', '--locale', locale]);
    expect(run.code, run.err).toBe(0);
    // As read: link marks ([1], [a]) out, lines joined (the oracle's words have neither).
    return run.out.replace(/\[(?:\d+|[a-z]+)\]/g, '').replace(/\s+/g, ' ');
  };

  it('shows the Korean reader the Korean file, not the Japanese one (paired place by place)', async () => {
    const shown = await walk('ko-KR', 'partner-center-pr.ja-jp', 'partner-center-pr.ko-kr');
    const korean = blocksOf(article('partner-center-pr.ko-kr'));
    expect(korean).toHaveLength(13);
    for (const block of korean) expect(shown).toContain(block);
    expect(shown).not.toMatch(KANA);
    expect(shown).toContain('5단계 중 1단계');
  });

  it('still shows the Japanese reader the Japanese file', async () => {
    const shown = await walk('ja-JP', 'partner-center-pr.ja-jp', 'partner-center-pr.ko-kr');
    for (const block of blocksOf(article('partner-center-pr.ja-jp'))) expect(shown).toContain(block);
    expect(shown).not.toMatch(HANGUL);
  });

  it('shows a reader whose version lacks the steps the reference’s text, marked untranslated, never an empty step', async () => {
    // The zh-TW file (its first two steps of five, an intro laid out otherwise) beside the two.
    const chinese = folderWith({ [`${SLUG}.md`]: { fixture: 'zh-TW/add-a-new-customer.md' } });
    const run = await cliRun(['run', SLUG, '--plain', ...contentOf('partner-center-pr.ja-jp', 'partner-center-pr.ko-kr'), '--content', chinese, '--locales', tempDir(), '--no-cache', '--locale', 'zh-TW']);
    expect(run.code, run.err).toBe(0);
    const japanese = blocksOf(article('partner-center-pr.ja-jp'));
    const traditional = blocksOf(path.join(FIXTURES, 'zh-TW', 'add-a-new-customer.md'));
    // Its own title and "applies to" items, which are placed alike.
    expect(run.out.split('\n')[0]).toBe(traditional[0]);
    for (const item of traditional.slice(2, 5)) expect(run.out).toContain(item);
    // Each of the reference's five steps under its number, said to be Japanese: none empty.
    const steps = run.out.split(/^第 \d 步，共 5 步$/m).slice(1);
    expect(steps).toHaveLength(5);
    steps.forEach((step, i) => {
      const [said, text] = step.trim().split('\n').map((line) => line.trim());
      expect(said).toBe('尚未翻譯。文字語言：日文');
      expect(text!.replace(/\s+/g, ' ')).toBe(japanese.at(i - 5));
    });
    // The intro too: the reference's, said so once above it.
    expect(run.out).toContain(`尚未翻譯。文字語言：日文\n${japanese[5]}`);
  });

  it('gives that reader a checklist with the reference’s steps, not empty boxes, each said to be untranslated', async () => {
    const chinese = folderWith({ [`${SLUG}.md`]: { fixture: 'zh-TW/add-a-new-customer.md' } });
    const locales = tempDir();
    const checklist = (format: string) => cliRun(['checklist', SLUG, ...contentOf('partner-center-pr.ja-jp', 'partner-center-pr.ko-kr'), '--content', chinese, '--locales', locales, '--no-cache', '--locale', 'zh-TW', '--format', format]);
    const run = await checklist('md');
    expect(run.code, run.err).toBe(0);
    const boxes = run.out.split('\n').filter((line) => line.startsWith('- [ ]'));
    expect(boxes).toHaveLength(5);
    for (const box of boxes) expect(box.slice(5).trim()).not.toBe('');
    // Japanese on a zh-TW page, said so as run says it: over the intro, and under each task's line.
    const said = '尚未翻譯。文字語言：日文';
    const japanese = blocksOf(article('partner-center-pr.ja-jp'));
    expect(run.out).toContain(`*${said}*\n\n${japanese[5]}`);
    expect(run.out.split('\n').filter((line) => line === `  *${said}*`)).toHaveLength(5);
    const html = (await checklist('html')).out;
    expect(html.match(new RegExp(`<p class="untranslated-part">${said}</p>`, 'g'))).toHaveLength(6);
    const json = JSON.parse((await checklist('json')).out) as { introUntranslated?: string; procedures: { steps: { untranslated?: string }[] }[] };
    expect(json.introUntranslated).toBe(said);
    expect(json.procedures.flatMap((p) => p.steps.map((step) => step.untranslated))).toEqual(Array(5).fill(said));
  });

  it('pairs no step of two versions whose procedures differ: the reference’s step shows, said to be untranslated', async () => {
    // Hand-made: the Korean has a step the Japanese has not, so which step is which is not known.
    const japanese = `---\nms.contentlocale: ja-JP\n---\n# 顧客の追加\n\n顧客を追加します。\n\n1. **[顧客]** を選びます。\n2. **[完了]** を選びます。\n`;
    const korean = `---\nms.contentlocale: ko-KR\n---\n# 고객 추가\n\n고객을 추가합니다.\n\n1. **고객**을 선택합니다.\n2. **검토**를 선택합니다.\n3. **완료**를 선택합니다.\n`;
    const dir = folderWith({ 'ja/x.md': japanese, 'ko/x.md': korean });
    const run = await cliRun(['run', 'x', '--plain', '--content', path.join(dir, 'ja'), '--content', path.join(dir, 'ko'), '--locales', tempDir(), '--no-cache', '--locale', 'ko-KR']);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('고객 추가');
    expect(run.out).toContain('고객을 추가합니다.');
    // Not the Korean step 2 (검토, a step the Japanese has not) as step 2: the Japanese, said so.
    expect(run.out).not.toContain('검토');
    expect(run.out).toMatch(/2단계 중 2단계\n  아직 번역되지 않았습니다\. 텍스트 언어: 일본어\n  \[完了\] を選びます。/);
  });
});
