/**
 * DocFX tab groups (`# [Windows](#tab/windows)` … `---`): what follows the group's `---` is shown
 * under whichever tab the reader chose, so it ends every tab's procedure, not only the last one's.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse-document.js';
import { cliRun, folderWith, sxsPair } from '../helpers.js';

const PLAIN = `---
title: Tabs
---

# Install the agent

## Install

# [Windows](#tab/windows)

1. Download the installer.
2. Run **setup.exe**.

# [Linux](#tab/linux)

1. Download the package.
2. Run **install.sh**.

---

:::image type="content" source="media/agent.png" alt-text="The agent running.":::

After the install, the agent starts.
`;

// The same layout as a side-by-side translation: the tab links and the `---` outside the pairs.
const SXS = `---
ms.contentlocale: fr-FR
---

# ${sxsPair(1, "Installer l'agent", 'Install the agent')}

# [${sxsPair(2, 'Windows', 'Windows')}](#tab/windows)

1. ${sxsPair(3, 'Téléchargez.', 'Download.')}
2. ${sxsPair(4, 'Exécutez.', 'Run.')}

# [${sxsPair(5, 'Linux', 'Linux')}](#tab/linux)

1. ${sxsPair(6, 'Téléchargez.', 'Download.')}
2. ${sxsPair(7, 'Exécutez.', 'Run.')}

---

:::image type="content" source="media/agent.png" alt-text="L'agent.":::
`;


describe('what follows a tab group', () => {
  it("ends every tab's procedure", () => {
    for (const text of [PLAIN, SXS]) {
      const { document } = parseDocument(text, { path: 'tabs.md' });
      expect(document.procedures).toHaveLength(2);
      for (const procedure of document.procedures) expect(procedure.epilogue[0]).toEqual({ type: 'image', src: 'media/agent.png', ordinal: 0 });
    }
  });

  it('ends the tabs whose steps are under a heading of their own', () => {
    const { document } = parseDocument(PLAIN.replace('1. Download the package.', '## Get it\n\n1. Download the package.'), { path: 'tabs.md' });
    expect(document.procedures.map((procedure) => procedure.epilogue[0]?.type)).toEqual(['image', 'image']);
  });

  it('is shown after the first tab too (run --plain)', async () => {
    const dir = folderWith({ 'en-US/tabs.md': PLAIN });
    const run = await cliRun(['run', 'tabs#1', '--plain', '--content', dir, '--locales', `${dir}/locales`, '--locale', 'en-US']);
    expect(run.out).toContain('[Image: The agent running.]\nAfter the install, the agent starts.');
  });
});

describe('a numbered list after a tab group', () => {
  // Steps every tab's reader does next, under the same `## Install` as the tabs.
  const AFTER = `${PLAIN}\n1. Open the portal.\n2. Select **Verify**.\n\n## Remove\n\n1. Select **Remove**.\n2. Select **Confirm**.\n`;
  const dir = folderWith({ 'en-US/tabs.md': AFTER });
  const cli = (...args: string[]) => cliRun([...args, '--content', dir, '--locales', `${dir}/locales`, '--locale', 'en-US', '--no-cache']);

  it('is titled by the section the group stands in, as list, run --plain and the checklist name it', async () => {
    expect((await cli('list')).out).toContain('tabs#3  Install the agent — Install  (2 steps)');
    expect((await cli('run', 'tabs#3', '--plain')).out).toMatch(/^Install the agent\nInstall\n/);
    // Before, untitled, its steps ran on as more of the last tab's task list.
    expect((await cli('checklist', 'tabs')).out).toContain('- [ ] Run **install.sh**.\n\n## Install\n\n*[Image: The agent running.]*\n\nAfter the install, the agent starts.\n\n- [ ] Open the portal.');
  });
});

describe('the procedures in the tabs of a group', () => {
  const dir = folderWith({ 'en-US/tabs.md': PLAIN, 'en-US/bare.md': PLAIN.replace('## Install\n\n', '') });
  const cli = (...args: string[]) => cliRun([...args, '--content', dir, '--locales', `${dir}/locales`, '--locale', 'en-US', '--no-cache']);

  it('are titled by the section the group stands in, with the tab', async () => {
    // Before: "Install the agent — Windows", as if Windows were the procedure's name.
    const list = (await cli('list')).out;
    expect(list).toContain('tabs#1  Install the agent — Install (Windows)  (2 steps)');
    expect(list).toContain('tabs#2  Install the agent — Install (Linux)  (2 steps)');
    expect((await cli('run', 'tabs#2', '--plain')).out).toMatch(/^Install the agent\nInstall \(Linux\)\n/);
    expect((await cli('checklist', 'tabs')).out).toContain('\n## Install (Windows)\n');
  });

  it('are the article\'s tabs where the group stands in no section', async () => {
    const list = (await cli('list')).out;
    expect(list).toContain('bare#1  Install the agent (Windows)  (2 steps)');
    expect((await cli('run', 'bare#1', '--plain')).out).toMatch(/^Install the agent\nWindows\n/);
  });
});
