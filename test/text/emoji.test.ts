/**
 * Emoji shortcodes read as on the rendered page: DocFX shows `:heavy_check_mark:` as ✔️ (markdig's
 * emoji extension), so run, the checklist and its HTML page do too; the strings keep the shortcode.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliRun, folderWith } from '../helpers.js';
import { withEmoji } from '../../src/text/emoji.js';

const ARTICLE = `# Check the features

1. Compare the plans:

   | Feature | Basic | Premium |
   |---------|-------|---------|
   | Backup  | :x:   | :heavy_check_mark: |

2. Select **Save**. :warning: The page reloads.
3. Type \`:x:\` at 10:30:00, then open https://contoso.com/:x:/ or :not_an_emoji:.
`;

describe('emoji shortcodes', () => {
  it('are the emoji Docs shows, in run --plain, the checklist and its page', async () => {
    const dir = folderWith({ 'en-US/features.md': ARTICLE });
    const options = ['--content', dir, '--locales', path.join(dir, 'locales'), '--locale', 'en-US'];
    // Before: ":x:", ":heavy_check_mark:" and ":warning:" as written.
    const run = await cliRun(['run', 'features', '--plain', ...options]);
    expect(run.out).toContain('| Backup | ❌ | ✔️ |');
    expect(run.out).toContain('Select Save. ⚠️ The page reloads.');
    const checklist = await cliRun(['checklist', 'features', ...options]);
    expect(checklist.out).toContain('- [ ] Select **Save**. ⚠️ The page reloads.');
    const page = await cliRun(['checklist', 'features', '--format', 'html', ...options]);
    expect(page.out).toContain('<td>❌</td>');
    await cliRun(['extract', ...options.slice(0, 4)]);
    const strings = JSON.parse(fs.readFileSync(path.join(dir, 'locales', 'en-US', 'features.json'), 'utf8')) as Record<string, string>;
    expect(Object.values(strings)).toContain('Select **Save**. :warning: The page reloads.');
  });

  it('stay as written in a code span, after a letter, digit or slash, and when no emoji has the name', () => {
    const text = 'Type `:x:` at 10:30:00, then open https://contoso.com/:x:/ or :not_an_emoji:.';
    expect(withEmoji(text)).toBe(text);
    expect(withEmoji(':+1: and :-1:')).toBe('👍 and 👎');
  });
});
