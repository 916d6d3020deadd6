/**
 * DocFX icons in a sentence (`Select the :::image type="icon" source="media/gear.png"::: icon`)
 * as the markdown image they are, so that a sentence shows its icon where Docs draws it (by its
 * alt text, else its file's name), never the raw markup.
 */
import { markdownDestination } from './markdown-destination.js';

const ICON = /:::image\b([^\n]*?):::/g;
const attribute = (attributes: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(attributes)?.[1];

export function inlineIcons(markdown: string): string {
  if (!markdown.includes(':::image')) return markdown;
  return markdown.replace(ICON, (whole: string, attributes: string) => {
    const source = attribute(attributes, 'source');
    if (attribute(attributes, 'type') !== 'icon' || !source) return whole;
    const alt = (attribute(attributes, 'alt-text') ?? '').replace(/[[\]\\]/g, '\\$&');
    return `![${alt}](${markdownDestination(source)})`;
  });
}
