/**
 * DocFX code includes (`[!code-azurecli[](…)]`, `:::code source="…":::`): Docs draws the file's
 * code; docflow names the file, in the reader's language, instead of showing the raw syntax.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse-document.js';
import { cliRun, folderWith } from '../helpers.js';

const ARTICLE = `---
title: Deploy
---

# Deploy the app

1. Sign in:

   [!code-azurecli[](snippets/login.sh)]

2. Create the group:

   :::code language="azurecli" source="snippets/group.sh" range="2-3":::

3. See the result.
`;


describe('code includes', () => {
  it('are blocks naming their file, not strings to translate', () => {
    const { document } = parseDocument(ARTICLE, { path: 'deploy.md', locale: 'en-US' });
    expect(document.segments.map((s) => s.source)).toEqual(['Deploy the app', 'Sign in:', 'Create the group:', 'See the result.']);
    expect(document.procedures[0]!.steps.map((step) => step.blocks.at(-1))).toEqual([
      { type: 'include', file: 'snippets/login.sh', lang: 'azurecli' },
      { type: 'include', file: 'snippets/group.sh', lang: 'azurecli' },
      { type: 'text', parts: [{ n: 4 }] },
    ]);
  });

  it('read as a note of the file in the plain run and the checklist, in the reader language', async () => {
    const dir = folderWith({ 'en-US/deploy.md': ARTICLE, 'fr-FR/deploy.md': ARTICLE });
    const locales = `${dir}/locales`;
    const run = await cliRun(['run', 'deploy', '--plain', '--content', dir, '--locales', locales, '--locale', 'en-US']);
    expect(run.out).toContain('The code is in snippets/login.sh.');
    expect(run.out).not.toContain('[!code');
    const checklist = await cliRun(['checklist', 'deploy', '--content', dir, '--locales', locales, '--locale', 'fr-FR']);
    expect(checklist.out).toContain('*Le code se trouve dans snippets/group\\.sh\\.*');
    expect(checklist.out).not.toContain(':::code');
  });
});
