/**
 * Zone pivots are named as Docs names them: by the title the docset's `zone-pivot-groups.yml`
 * gives each pivot id ("Azure CLI" for `azure-cli`), the nearest such file at or above the
 * article's folder; by the id where there is none, or it lacks the pivot.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliRun, folderWith, tempDir, contentOptions } from '../helpers.js';

const ARTICLE = `---
title: Sign in to Azure
zone_pivot_groups: azure-interface
---

# Sign in to Azure

::: zone pivot="portal"

1. Open the portal.
2. Select **Sign in**.

::: zone-end

::: zone pivot="azure-cli"

## Sign in with the CLI

1. Open a terminal.
2. Run \`az login\`.

::: zone-end
`;

// As Microsoft Docs repositories write it (a YamlMime header, each group with a prompt).
const GROUPS = `### YamlMime:ZonePivotGroups
groups:
- id: azure-interface
  title: Azure interface
  prompt: Choose an interface
  pivots:
  - id: portal
    title: Azure portal
  - id: azure-cli
    title: Azure CLI
`;

const titles = async (dir: string, extra: string[] = []) => {
  const list = await cliRun(['list', ...contentOptions(dir, 'en-US'), '--json', ...extra]);
  return (JSON.parse(list.out) as { title: string }[]).map((entry) => entry.title);
};

describe('zone pivot titles', () => {
  it('are the docset file\'s in list, run --plain and the checklist', async () => {
    const dir = folderWith({ 'content/en-US/sign-in.md': ARTICLE, 'content/zone-pivot-groups.yml': GROUPS });
    const folders = contentOptions(dir, 'en-US');
    // Before: "Sign in to Azure — portal", "… (azure-cli)".
    expect(await titles(dir)).toEqual(['Sign in to Azure — Azure portal', 'Sign in to Azure — Sign in with the CLI (Azure CLI)']);
    const run = await cliRun(['run', 'sign-in#1', '--plain', ...folders]);
    expect(run.out.split('\n').slice(0, 2)).toEqual(['Sign in to Azure', 'Azure portal']);
    const checklist = await cliRun(['checklist', 'sign-in#2', ...folders]);
    expect(checklist.out).toContain('## Sign in with the CLI (Azure CLI)');
  });

  it('come from the nearest file, in its own language, and fall back to the id', async () => {
    const french = ARTICLE.replace('Sign in to Azure\n\n::', 'Se connecter à Azure\n\n::');
    const dir = folderWith({
      'content/en-US/sign-in.md': ARTICLE,
      'content/fr-FR/sign-in.md': french,
      // The French docset titles its pivots in French; the English one lacks the CLI's.
      'content/fr-FR/zone-pivot-groups.yml': GROUPS.replace('Azure portal', 'Portail Azure'),
      'content/zone-pivot-groups.yml': GROUPS.replace(/  - id: azure-cli\n    title: Azure CLI\n/, ''),
    });
    expect(await titles(dir)).toEqual(['Sign in to Azure — Azure portal', 'Sign in to Azure — Sign in with the CLI (azure-cli)']);
    const list = await cliRun(['list', ...contentOptions(dir, 'fr-FR'), '--json']);
    expect((JSON.parse(list.out) as { title: string }[])[0]!.title).toContain('Portail Azure');
  });

  it('follow an edited file through the cache', async () => {
    const dir = folderWith({ 'content/en-US/sign-in.md': ARTICLE, 'content/zone-pivot-groups.yml': GROUPS });
    const cache = ['--cache', tempDir()];
    expect(await titles(dir, cache)).toContain('Sign in to Azure — Azure portal');
    fs.writeFileSync(path.join(dir, 'content/zone-pivot-groups.yml'), GROUPS.replace('Azure portal', 'The Azure portal'));
    expect(await titles(dir, cache)).toContain('Sign in to Azure — The Azure portal');
  });

  it('from a broken file are a warning where it is broken, and the ids are shown', async () => {
    const dir = folderWith({ 'content/en-US/sign-in.md': ARTICLE, 'content/zone-pivot-groups.yml': 'groups:\n- id: azure-interface\n  pivots: [\n' });
    expect(await titles(dir)).toEqual(['Sign in to Azure — portal', 'Sign in to Azure — Sign in with the CLI (azure-cli)']);
    const extract = await cliRun(['extract', ...contentOptions(dir)]);
    expect(extract.out + extract.err).toMatch(/zone-pivot-groups\.yml:4:1 warning Zone pivot groups are not valid YAML: .*docflow:pivot-groups/);
  });
});
