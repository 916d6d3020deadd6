/** A plain article with no H1 is titled by its front matter's `title:`, as DocFX titles its page. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse-document.js';
import { cliRun, folderWith } from '../helpers.js';

const NO_H1 = `---
title: "Reset a user's password"
ms.date: 01/01/2024
---

Intro.

1. Open **Users**.
2. Select **Reset**.
`;


describe('the title of a plain article without an H1', () => {
  it('is its front matter title, a string for the translator placed at the value', () => {
    const { document } = parseDocument(NO_H1, { path: 'reset.md', locale: 'en-US' });
    const [n] = document.titleSegments;
    const title = document.segments.find((s) => s.n === n)!;
    expect(title.source).toBe("Reset a user's password");
    expect(NO_H1.slice(title.sourceStart, title.sourceEnd)).toBe("Reset a user's password");
    expect([title.line, title.column]).toEqual([2, 9]);
  });

  it('names it in list and in its checklist, not its file name', async () => {
    const dir = folderWith({ 'en-US/reset-password.md': NO_H1, 'en-US/with-h1.md': NO_H1.replace('Intro.', '# The heading\n\nIntro.') });
    const locales = `${dir}/locales`;
    const list = await cliRun(['list', '--content', dir, '--locales', locales, '--locale', 'en-US', '--json']);
    expect(JSON.parse(list.out)).toEqual([
      { id: 'reset-password', title: "Reset a user's password", steps: 2 },
      // The H1 stays the title where there is one.
      { id: 'with-h1', title: 'The heading', steps: 2 },
    ]);
    const checklist = await cliRun(['checklist', 'reset-password', '--content', dir, '--locales', locales, '--locale', 'en-US']);
    expect(checklist.out.split('\n')[0]).toBe("# Reset a user's password");
  });
});
