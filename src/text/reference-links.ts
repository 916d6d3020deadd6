/**
 * A message's reference links made inline links to the article's definitions (see
 * parse/link-definitions.ts), so that they read, number and open as the links they are. A
 * reference without a definition, markup in a code span and footnotes (`[^1]`) stay as written.
 */
import { definitionLabel } from '../parse/link-definitions.js';
import { markdownDestination } from './markdown-destination.js';
import { CODE_SPAN_SOURCE } from './code-span.js';

// A code span (kept), or `[text]` then `[ref]`, `[]` or nothing that makes it another link.
const CODE_SPAN_OR_REFERENCE = new RegExp(`${CODE_SPAN_SOURCE}|${/(!?)\[((?:[^[\]\\]|\\.)+)\](?:\[((?:[^[\]\\]|\\.)*)\]|(?![[(:]))/.source}`, 'g');

export function referenceLinks(markdown: string, definitions: ReadonlyMap<string, string> | undefined): string {
  if (!definitions?.size || !markdown.includes('[')) return markdown;
  return markdown.replace(CODE_SPAN_OR_REFERENCE, (whole: string, ticks: string | undefined, bang: string, text: string | undefined, ref: string | undefined) => {
    if (ticks !== undefined || text === undefined || text.startsWith('^')) return whole;
    const url = definitions.get(definitionLabel(ref || text));
    return url === undefined ? whole : `${bang}[${text}](${markdownDestination(url)})`;
  });
}
