/**
 * Pictures in a sentence as the markdown image they are, so that a sentence shows each where Docs
 * draws it (by its alt text, else its file's name), never the raw markup: DocFX icons (`Select the
 * :::image type="icon" source="media/gear.png"::: icon`) and HTML images (`<img src="media/save.png"
 * alt="Screenshot of …">`, as authors write one in an HTML block or a table), which the terminal
 * dropped and the checklist printed as a tag. An image in a code span is its text.
 */
import { CODE_SPAN_SOURCE } from './code-span.js';
import { markdownDestination } from './markdown-destination.js';

const ICON = /:::image\b([^\n]*?):::/g;
const HTML_IMAGE = /<img\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const CODE_SPAN_OR_HTML_IMAGE = new RegExp(`${CODE_SPAN_SOURCE}|${HTML_IMAGE.source}`, 'gi');
/** An attribute's value: DocFX writes it in double quotes; HTML also takes single quotes or none. */
const attribute = (attributes: string, name: string) => {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`/]+))`, 'i').exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
};

function image(alt: string | undefined, source: string): string {
  return `![${(alt ?? '').replace(/[[\]\\]/g, '\\$&')}](${markdownDestination(source)})`;
}

export function inlineIcons(markdown: string): string {
  let shown = markdown;
  if (shown.includes(':::image')) {
    shown = shown.replace(ICON, (whole: string, attributes: string) => {
      const source = attribute(attributes, 'source');
      if (attribute(attributes, 'type') !== 'icon' || !source) return whole;
      return image(attribute(attributes, 'alt-text'), source);
    });
  }
  if (/<img\b/i.test(shown)) {
    shown = shown.replace(CODE_SPAN_OR_HTML_IMAGE, (whole: string, ticks: string | undefined, attributes: string | undefined) => {
      const source = attributes === undefined ? undefined : attribute(attributes, 'src');
      return ticks !== undefined || !source ? whole : image(attribute(attributes!, 'alt'), source);
    });
  }
  return shown;
}
