/**
 * DocFX zone pivots (`::: zone pivot="windows"` … `::: zone-end`): one procedure per platform,
 * often under the same heading. A reader sees one pivot at a time; `list` must tell them apart.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse-document.js';
import { cliRun, folderWith } from '../helpers.js';

const TWO_HEADINGS = `---
title: Create a VM
zone_pivot_groups: client-operating-systems
---

# Create a VM

::: zone pivot="windows"

## Create the VM

1. Open **PowerShell**.
2. Run the command.

::: zone-end

::: zone pivot="linux"

## Create the VM

1. Open a **terminal**.
2. Run the command.

::: zone-end
`;

// One heading, then a lazily numbered list in each pivot: no numbering tells them apart.
const ONE_HEADING = `# Sign in

## Sign in to the portal

::: zone pivot="azure-cli"

1. Run \`az login\`.
1. Pick your account.

::: zone-end

::: zone pivot="azure-powershell"

1. Run \`Connect-AzAccount\`.
1. Pick your account.

::: zone-end
`;


describe('procedures in zone pivots', () => {
  it('are listed under their heading and their pivot', async () => {
    const dir = folderWith({ 'en-US/create-vm.md': TWO_HEADINGS, 'en-US/sign-in.md': ONE_HEADING });
    const locales = `${dir}/locales`;
    const list = await cliRun(['list', '--content', dir, '--locales', locales, '--locale', 'en-US', '--json']);
    expect((JSON.parse(list.out) as { title: string }[]).map((entry) => entry.title)).toEqual([
      'Create a VM — Create the VM (windows)',
      'Create a VM — Create the VM (linux)',
      'Sign in — Sign in to the portal (azure-cli)',
      'Sign in — Sign in to the portal (azure-powershell)',
    ]);
    const checklist = await cliRun(['checklist', 'create-vm', '--content', dir, '--locales', locales, '--locale', 'en-US']);
    expect(checklist.out).toContain('## Create the VM (windows)');
    expect(checklist.out).toContain('## Create the VM (linux)');
    const run = await cliRun(['run', 'sign-in#2', '--plain', '--content', dir, '--locales', locales, '--locale', 'en-US']);
    expect(run.out.split('\n').slice(0, 2)).toEqual(['Sign in', 'Sign in to the portal (azure-powershell)']);
  });

  it('without a heading of their own are still told by their pivot on the page and at the top of a walkthrough', async () => {
    const noHeading = '# Sign in\n\n::: zone pivot="cli"\n\n1. Open a terminal.\n2. Run the login.\n\n::: zone-end\n\n::: zone pivot="portal"\n\n1. Open the portal.\n2. Select **Sign in**.\n\n::: zone-end\n';
    const dir = folderWith({ 'en-US/sign-in.md': noHeading });
    const folders = ['--content', dir, '--locales', `${dir}/locales`, '--locale', 'en-US'];
    // `list` said "Sign in — portal"; the page and the walkthrough said "Sign in" alone, for either pivot.
    const checklist = await cliRun(['checklist', 'sign-in#2', ...folders]);
    expect(checklist.out).toMatch(/^# Sign in\n\n## portal\n\n- \[ \] Open the portal\./);
    const run = await cliRun(['run', 'sign-in#1', '--plain', ...folders]);
    expect(run.out.split('\n').slice(0, 2)).toEqual(['Sign in', 'cli']);
  });

  it('are never one procedure, however they are numbered', () => {
    const { document } = parseDocument(ONE_HEADING, { path: 'sign-in.md', locale: 'en-US' });
    expect(document.procedures.map((p) => [p.pivot, p.steps.length])).toEqual([
      ['azure-cli', 2],
      ['azure-powershell', 2],
    ]);
  });

  it('are read where a paragraph or a step runs on from or to a zone mark (no blank line), the marks no text', () => {
    const tight = '# Zones\n\n## Sign in\n\n::: zone pivot="cli"\nUse the CLI.\n\n1. Run the login.\n2. Pick the account.\n::: zone-end\n\n::: zone pivot="portal"\nUse the portal.\n\n1. Open the portal.\n2. Select **Sign in**.\n::: zone-end\n';
    const { document } = parseDocument(tight, { path: 'zones.md', locale: 'en-US' });
    expect(document.segments.map((s) => s.source)).toEqual(['Zones', 'Sign in', 'Use the CLI.', 'Run the login.', 'Pick the account.', 'Use the portal.', 'Open the portal.', 'Select **Sign in**.']);
    expect(document.procedures.map((p) => [p.pivot, p.titleSegments, p.preamble])).toEqual([
      ['cli', [2], [{ type: 'text', parts: [{ n: 3 }] }]],
      ['portal', [2], [{ type: 'text', parts: [{ n: 6 }] }]],
    ]);
  });
});
