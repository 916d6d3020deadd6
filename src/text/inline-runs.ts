/**
 * A message's inline markdown as styled runs: what a terminal (Ink or plain) can show. Entities
 * and escapes are decoded by the markdown parser; html tags are dropped (`<br>` becomes a space),
 * but bold and italics written in HTML, which are bold and italics (html-styles.ts).
 */
import type { PhrasingContent } from 'mdast';
import { parseInline } from '../parse/inline.js';
import { htmlStyles } from './html-styles.js';
import { pictureName } from './picture-name.js';
import { sanitize } from './sanitize.js';
import { regExpSource } from './regexp-source.js';

export interface Run {
  text: string;
  strong?: boolean;
  emphasis?: boolean;
  code?: boolean;
  link?: string;
  /** A picture in the text: `text` is its alt text, else its file name. */
  image?: boolean;
}

export function inlineRuns(markdown: string): Run[] {
  const runs: Run[] = [];
  const walk = (nodes: readonly PhrasingContent[], style: Omit<Run, 'text'>) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          runs.push({ ...style, text: sanitize(repairMarkup(node.value.replace(/\s*\n\s*/g, ' '))) });
          break;
        case 'inlineCode':
          runs.push({ ...style, code: true, text: sanitize(node.value) });
          break;
        case 'break':
          runs.push({ ...style, text: ' ' });
          break;
        case 'html':
          if (/^<br\s*\/?>$/i.test(node.value)) runs.push({ ...style, text: ' ' });
          break;
        case 'strong':
          walk(node.children, { ...style, strong: true });
          break;
        case 'emphasis':
          walk(node.children, { ...style, emphasis: true });
          break;
        case 'link':
          walk(node.children, { ...style, link: node.url });
          break;
        case 'image': {
          const name = pictureName(node.alt, node.url);
          if (name) runs.push({ ...style, image: true, text: sanitize(name) });
          break;
        }
        default:
          if ('children' in node) walk(node.children as PhrasingContent[], style);
      }
    }
  };
  // Sequences go before markdown reads the text: `ESC\` ends an OSC 8 link but is also an escape
  // of the next character to markdown, which would split the sequence. What entities decode to
  // is cleaned per run above.
  walk(htmlStyles(parseInline(sanitize(markdown))), {});
  return merge(runs);
}

/**
 * Marks occurrences of `terms` (a step's UI labels in this locale) as strong, for translations
 * that quote a label instead of making it bold. Longest terms first, so "Add customer" wins
 * over "customer".
 */
export function highlightRuns(runs: readonly Run[], terms: readonly string[]): Run[] {
  const wanted = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return [...runs];
  const pattern = new RegExp(`(${wanted.map(regExpSource).join('|')})`);
  return runs.flatMap((run) => {
    if (run.strong || run.code || run.image) return [run];
    return run.text
      .split(pattern)
      .map((text, i) => (i % 2 === 1 ? { ...run, text, strong: true } : { ...run, text }))
      .filter((piece) => piece.text !== '');
  });
}

/**
 * Emphasis markers that did not parse (machine translation moves and escapes `**`) are noise to
 * a reader: drop them for display. The resource keeps its bytes.
 */
export function repairMarkup(text: string): string {
  return text.replace(/\*{2,}/g, '').replace(/(^|\s)\*(?=\S|$)|(?<=\S)\*(?=\s|$|[\p{P}])/gu, '$1');
}

/**
 * The message as plain text; `numbers` marks each link it has a mark for after its text ("the
 * guide[1]", see link-marks.ts), and `picture` a picture's words ("[Image: …]", see image-text.ts), as the screen does.
 */
export function plainMessage(markdown: string, numbers?: ReadonlyMap<string, string>, picture?: (words: string) => string): string {
  const runs = inlineRuns(markdown);
  return runs
    .map((r, i) => {
      const text = r.image && picture ? picture(r.text) : r.text;
      return r.link && numbers?.has(r.link) && runs[i + 1]?.link !== r.link ? `${text}[${numbers.get(r.link)}]` : text;
    })
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
}

function merge(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && last.strong === run.strong && last.emphasis === run.emphasis && last.code === run.code && last.link === run.link && !last.image && !run.image) {
      last.text += run.text;
    } else if (run.text !== '') out.push({ ...run });
  }
  return out;
}
