/**
 * DocFX icons (`:::image type="icon" source="…":::`) stand in their sentence, as Docs draws
 * them: "Select the Settings ⚙ icon" is one sentence with its icon, not three pieces with the
 * icon as a block image between them, nor the raw markup.
 */
import { describe, expect, it } from 'vitest';
import { plainAndChecklist } from '../helpers.js';

const ARTICLE = `---
title: Settings
---

# Change a setting

## Open the settings

1. Select the **Settings** :::image type="icon" source="media/gear.png" border="false"::: icon.
2. Select :::image type="icon" source="media/save.png" alt-text="Save"::: to save.
3. Check the result.
   :::image type="content" source="media/result.png" alt-text="Screenshot of the result.":::
`;

describe('DocFX icons', () => {
  it('stay in their sentence in run --plain and the checklist; content images are still blocks', async () => {
    const { run, checklist } = await plainAndChecklist('settings', ARTICLE);
    // Before: "Select the Settings", "[Image: gear.png]" and "icon." on three lines. Marked as a picture, as on the screen.
    expect(run).toContain('Step 1 of 3\n  Select the Settings [Image: gear.png] icon.\n');
    expect(run).toContain('Step 2 of 3\n  Select [Image: Save] to save.\n');
    expect(run).toContain('  Check the result.\n  [Image: Screenshot of the result.]\n');
    expect(checklist).toContain('- [ ] Select the **Settings** \\[Image: gear.png\\] icon.\n');
  });
});
