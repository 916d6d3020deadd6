/**
 * Images of a file in file order, by a scan: DocFX `:::image … alt-text="…" :::` and markdown
 * `![alt](src)`. Their alt text is translated without an English pair, so each locale's file
 * gives its own; the structure refers to an image by its place in this list. Their strings are
 * their own, not views on the article (see own-copy.ts).
 */
import type { Image } from '../model/document.js';
import { ownCopy } from '../text/own-copy.js';

/** How DocFX's block image starts: `:::image type="content" source="…" alt-text="…":::`. */
const BLOCK_START = ':::image';
export const BLOCK_IMAGE = new RegExp(String.raw`${BLOCK_START}\b([^\n]*?):::`, 'g');
const IMAGE = new RegExp(String.raw`${BLOCK_IMAGE.source}|!\[((?:[^\]\\\n]|\\.)*)\]\(\s*<?([^\s)>]+)>?(?:\s+["'][^\n]*?["'])?\s*\)`, 'g');
const ATTRIBUTE = (name: string) => new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`);

export function scanImages(text: string): Image[] {
  const images: Image[] = [];
  for (const match of text.matchAll(IMAGE)) {
    if (match[1] !== undefined) {
      const attributes = match[1];
      images.push({
        src: ownCopy(ATTRIBUTE('source').exec(attributes)?.[1] ?? ''),
        alt: ownCopy(ATTRIBUTE('alt-text').exec(attributes)?.[1] ?? ''),
        offset: match.index,
        length: match[0].length,
      });
    } else {
      images.push({ src: ownCopy(match[3] ?? ''), alt: ownCopy((match[2] ?? '').replace(/\\(.)/g, '$1')), offset: match.index, length: match[0].length });
    }
  }
  return images;
}

/** A DocFX icon (`:::image type="icon" source="…":::`): drawn in its line of text, as Docs draws it. */
export const ICON_TYPE = /\btype\s*=\s*"icon"/;

/** Whether the image is a DocFX block image (not `![alt](src)`, nor an icon in its line), in the text it was found in. */
export function isBlockImage(text: { slice(start: number, end: number): string }, image: Image): boolean {
  if (text.slice(image.offset, image.offset + BLOCK_START.length) !== BLOCK_START) return false;
  return !ICON_TYPE.test(text.slice(image.offset, image.offset + image.length));
}
