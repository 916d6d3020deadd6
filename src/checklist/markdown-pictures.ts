/**
 * Pictures in a checklist's markdown as their words ("\[Image: Screenshot of the list.\]"), as
 * the screen, the plain walkthrough and a block image (`:::image`) show them: written as an image,
 * its relative address (`media/list.png`) led nowhere from where the checklist is written. Not in
 * italics: a star before `\[` after a CJK character opens no emphasis (it showed as a star), and
 * one inside the italic English line (`--with-source`) closed it.
 */
import { pictureName } from '../text/picture-name.js';
import { markdownText } from '../text/markdown-text.js';
import { replaceNodes } from './markdown-edits.js';

/** `picture`: the words that mark a picture's name as one, in the locale (see image-text.ts). */
export function picturesAsWords(markdown: string, picture: (words: string) => string): string {
  if (!markdown.includes('![')) return markdown;
  return replaceNodes(markdown, (node) => (node.type === 'image' ? markdownText(picture(pictureName(node.alt, node.url))) : undefined));
}
