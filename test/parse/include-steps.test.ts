/**
 * A step that is only a DocFX include (`1. [!INCLUDE [sign-in](includes/sign-in.md)]`): Docs
 * shows the included text there; docflow does not read the file, so it says which file holds
 * the step's text, as it does for a code include. An include beside other text (a banner, a
 * footer) is still no block.
 */
import { describe, expect, it } from 'vitest';
import { cliRun, folderWith, contentOptions } from '../helpers.js';

const ARTICLE = `---
title: Configure
---

# Configure the service

[!INCLUDE [banner](../includes/banner.md)]

## Set it up

1. Open the portal.
1. [!INCLUDE [sign-in](includes/sign-in.md)]
1. Select **Save**.
   - [!INCLUDE [check](includes/check.md)]
`;

describe('a step that is only an include', () => {
  it('names the file its text is in, in run --plain and the checklist, in the reader\'s language', async () => {
    const dir = folderWith({ 'content/en-US/configure.md': ARTICLE, 'content/fr-FR/configurer.md': ARTICLE.replace('Open the portal.', 'Ouvrez le portail.') });
    const folders = contentOptions(dir);
    const run = await cliRun(['run', 'configure', '--plain', ...folders, '--locale', 'en-US']);
    // Before: "Step 2 of 3" and nothing under it.
    expect(run.out).toContain('Step 2 of 3\n      The text is in includes/sign-in.md.\n');
    expect(run.out).toContain('The text is in includes/check.md.');
    expect(run.out).not.toContain('banner');
    const checklist = await cliRun(['checklist', 'configure', ...folders, '--locale', 'en-US']);
    expect(checklist.out).toContain('- [ ] *The text is in includes/sign\\-in\\.md\\.*\n');
    const french = await cliRun(['run', 'configurer', '--plain', ...folders, '--locale', 'fr-FR']);
    expect(french.out).toContain('Le texte se trouve dans includes/sign-in.md.');
  });
});
