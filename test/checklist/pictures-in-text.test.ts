/**
 * A picture in a step's text (`![Screenshot of the file list.](media/list.png)` on its own line,
 * or an icon in a sentence) reads as the screen shows it, "[Image : …]" in the reader's language,
 * in `run --plain`, in `graph` and in every checklist: the walkthrough printed its alt text as a
 * bare sentence, the HTML page without saying it is a picture, and the markdown checklist kept the
 * image, whose relative address led nowhere from where the checklist is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith, printedIn, tempDir } from '../helpers.js';

const ARTICLE = `---
title: Configurer
---
# Configurer

## Configurer

1. Regardez la liste.

   ![Capture de la liste des fichiers.](media/list.png)

2. Sélectionnez ![](media/gear.png) puis **Enregistrer**.
`;

const dir = folderWith({ 'content/fr-FR/setup.md': ARTICLE });
const run = printedIn(dir, 'fr-FR');

describe('a picture in a step’s text', () => {
  it('is marked as one in run --plain and graph, as on the screen', async () => {
    const plain = await run('run', 'setup', '--plain');
    expect(plain).toContain('  Regardez la liste.\n  [Image : Capture de la liste des fichiers.]\n');
    expect(plain).toContain('  Sélectionnez [Image : gear.png] puis Enregistrer.\n');
    expect(await run('graph', 'setup')).toContain('Sélectionnez [Image : gear.png] puis');
  });

  it('is marked as one in the checklists, and the markdown has no address that leads nowhere', async () => {
    const markdown = await run('checklist', 'setup');
    expect(markdown).toContain('  \\[Image : Capture de la liste des fichiers.\\]\n');
    expect(markdown).toContain('Sélectionnez \\[Image : gear.png\\] puis **Enregistrer**.');
    expect(markdown).not.toContain('media/');
    const html = await run('checklist', 'setup', '--format', 'html');
    expect(html).toContain('<span class="image">[Image : Capture de la liste des fichiers.]</span>');
    const out = tempDir();
    await run('checklist', '--all', '--out', out);
    expect(fs.readFileSync(path.join(out, 'fr-FR', 'setup.md'), 'utf8')).not.toContain('media/');
  });
});
