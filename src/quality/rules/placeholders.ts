/** Placeholders a reader or a program fills in (`{{name}}`, `{0}`, `%s`, `<your instance id>`) kept as they are. */
import { missing } from '../markup.js';
import type { SegmentRule } from '../rule.js';

// `<token>`-like placeholders: angle brackets around words with a space or capital, not HTML tags.
const PLACEHOLDER = /\{\{[^}]+\}\}|\{\d+\}|%[sd]|\$\{[^}]+\}|<(?!\/?(?:a|b|i|br|p|span|strong|em|code|sup|sub|img|table|tr|td|th|ul|ol|li|div)\b)[A-Za-z][^<>]*?>/g;

export function placeholdersOf(markdown: string): string[] {
  return (markdown.replace(/`[^`]*`/g, ' ').match(PLACEHOLDER) ?? []).filter((p) => !/^<https?:/i.test(p));
}

export const placeholdersKept: SegmentRule = {
  id: 'placeholders',
  severity: 'error',
  description: 'placeholders ({{x}}, {0}, %s, <your instance id>) exactly as in the English',
  check(segment) {
    const lost = missing(placeholdersOf(segment.source), placeholdersOf(segment.target));
    return lost.length > 0 ? [`placeholders of the English missing: ${lost.join(', ')}`] : [];
  },
};
