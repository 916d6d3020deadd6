/**
 * Emoji shortcodes in a sentence as the emoji Docs shows (`Supported: :heavy_check_mark:` →
 * `Supported: ✔️`): DocFX renders GitHub's shortcodes (markdig's emoji extension, smileys off), and
 * authors write them in support tables and status lists. As markdig reads them, a shortcode starts
 * a line or follows a space (`10:30:00` and a link's `/:x:/` are text), and one in a code span is
 * its text. A name it does not know stays as written.
 */
import { CODE_SPAN_SOURCE } from './code-span.js';
import { EMOJI_SHORTCODES } from './emoji-shortcodes.js';

const CODE_SPAN_OR_SHORTCODE = new RegExp(`${CODE_SPAN_SOURCE}|(?<=^|\\s):([\\w+-]+):`, 'g');

/** Name → emoji, made when a sentence first has a shortcode (most never do). */
let table: Map<string, string> | undefined;

function emojiNamed(name: string): string | undefined {
  table ??= new Map(EMOJI_SHORTCODES.split('\n').map((line) => line.split(' ') as [string, string]));
  return table.get(name);
}

export function withEmoji(markdown: string): string {
  if (!/:[\w+-]+:/.test(markdown)) return markdown;
  return markdown.replace(CODE_SPAN_OR_SHORTCODE, (whole: string, ticks: string | undefined, name: string | undefined) =>
    ticks !== undefined || name === undefined ? whole : (emojiNamed(name) ?? whole),
  );
}
