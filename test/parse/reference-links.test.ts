/**
 * Reference links (`[portal][ref]`, `[guide]`) in a plain article lead where its definitions say
 * (`[ref]: https://…`), as the rendered page does: numbered and listed with their address like
 * inline links, not shown as raw brackets.
 */
import { describe, expect, it } from 'vitest';
import { folderWith, plainAndChecklist, printedIn } from '../helpers.js';
import { referenceLinks } from '../../src/text/reference-links.js';

const ARTICLE = `---
title: Configure
---

# Configure the service

## Set it up

1. Open the [Azure portal][Portal] and sign in.
2. Read the [guide] first, then select **Next**.
3. Type \`[guide]\` in the box, not [unknown].

[portal]: https://portal.azure.com
[Guide]: <./the guide.md> "The guide"
`;

describe('reference links', () => {
  it('read as the links they are in run --plain and the checklist', async () => {
    const { run, checklist } = await plainAndChecklist('configure', ARTICLE);
    // Before: "Open the [Azure portal][Portal] and sign in."
    expect(run).toContain('  Open the Azure portal[1] and sign in.\n  [1] https://portal.azure.com\n');
    expect(run).toContain('  Read the guide[1] first, then select Next.\n  [1] ./the guide.md\n');
    expect(run).toContain('  Type [guide] in the box, not [unknown].\n');
    expect(checklist).toContain('- [ ] Open the [Azure portal](https://portal.azure.com) and sign in.');
  });

  it('to another article lead to its procedure as inline links do: related, titled, in the graph', async () => {
    const dir = folderWith({
      'content/en-US/setup.md': '# Set up\n\n1. Open [the other one][o] and check the values.\n2. Select **Save**.\n\n[o]: other.md\n',
      'content/en-US/other.md': '# Other thing\n\n1. Do A.\n2. Do B.\n',
    });
    const run = printedIn(dir, 'en-US');
    // Before: no "(see …)", no related procedures; "(see “*other*”)", its file name; no node in the graph.
    const plain = await run('run', 'setup', '--plain');
    expect(plain).toContain('  [1] other.md (see “Other thing”)\n');
    expect(plain).toContain('Related procedures\n  • Other thing\n');
    expect(await run('checklist', 'setup')).toContain('- [ ] Open [the other one](other.md) (see “*Other thing*”) and check the values.');
    expect(await run('graph', 'setup')).toContain('done --> flow_other : Related procedures');
  });

  it('of every kind become inline links; code, footnotes and undefined ones stay', () => {
    const definitions = new Map([['a b', 'https://x.test/a'], ['img', 'pic.png']]);
    expect(referenceLinks('[full][A  B], [collapsed][], [a b], ![pic][img]', new Map([...definitions, ['collapsed', 'c.md']]))).toBe('[full](https://x.test/a), [collapsed](c.md), [a b](https://x.test/a), ![pic](pic.png)');
    expect(referenceLinks('`[a b]` [^a b] [inline](y.md) [none]', definitions)).toBe('`[a b]` [^a b] [inline](y.md) [none]');
  });
});
