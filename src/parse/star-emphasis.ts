/**
 * Emphasis of text whose only markup is `*` (`Sur la page **Révision**, sélectionnez **Envoyer**.`),
 * most of the bold sentences of an article, without the whole markdown parser: micromark's own
 * attention algorithm (micromark-core-commonmark/lib/attention.js) on a flat list, so the tree is
 * the one mdast-util-from-markdown builds (checked against it on random and real text).
 */
import type { PhrasingContent } from 'mdast';

/**
 * Every character but `*` that can start inline markup (escapes, code, emphasis, links, html,
 * entities, images, fences), or end a line, in segment bodies, which are parsed as CommonMark:
 * `|` is plain text there (tables are GFM), and "Global admin | Account admin" and the like were
 * 45 % of the bold sentences that went to the parser. Inline.ts adds `*` for text with no markup.
 */
export const MARKUP_BUT_STARS = '\\\\`_[\\]<>&!\\n\\r~\\0';
const OTHER_SYNTAX = new RegExp(`[${MARKUP_BUT_STARS}]`);
const BLOCK_START = /^(?:[\s#>+=-]|\d{1,9}[.)]|\*[ \t]|[*\s]+$)/;

/** True for text this module parses exactly as the markdown parser would. */
export function starsOnly(markdown: string): boolean {
  return markdown.includes('*') && !OTHER_SYNTAX.test(markdown) && !BLOCK_START.test(markdown) && !/\s$/.test(markdown);
}

type Item =
  | { kind: 'text'; value: string }
  | { kind: 'sequence'; size: number; open: boolean; close: boolean }
  | { kind: 'enter'; strong: boolean }
  | { kind: 'exit' };

/**
 * 1: whitespace (or the edge of the text), 2: punctuation or symbol, undefined: anything else.
 * By UTF-16 code unit, as micromark classifies: half of a character beyond 16 bits is neither
 * (so `**🙂**x` is bold, its closing run preceded by a surrogate, not by a symbol).
 */
function classify(char: string | undefined): 1 | 2 | undefined {
  if (char === undefined || /\s/u.test(char)) return 1;
  if (/\p{P}|\p{S}/u.test(char)) return 2;
  return undefined;
}

export function starEmphasis(markdown: string): PhrasingContent[] {
  const items: Item[] = [];
  // By code units (as micromark reads): an array of every character was most of this
  // function's time, and classified characters beyond 16 bits unlike the parser.
  for (let i = 0; i < markdown.length; ) {
    if (markdown.charCodeAt(i) === STAR) {
      let end = i;
      while (markdown.charCodeAt(end) === STAR) end++;
      const before = classify(markdown[i - 1]);
      const after = classify(markdown[end]);
      items.push({
        kind: 'sequence',
        size: end - i,
        open: after === undefined || (after === 2 && before !== undefined),
        close: before === undefined || (before === 2 && after !== undefined),
      });
      i = end;
    } else {
      let end = markdown.indexOf('*', i);
      if (end === -1) end = markdown.length;
      items.push({ kind: 'text', value: markdown.slice(i, end) });
      i = end;
    }
  }
  return tree(resolve(items));
}

const STAR = 0x2a;

/** micromark's resolveAllAttention, one list item per sequence instead of two events. */
function resolve(items: Item[]): Item[] {
  for (let index = 0; index < items.length; index++) {
    const closer = items[index]!;
    if (closer.kind !== 'sequence' || !closer.close) continue;
    for (let open = index - 1; open >= 0; open--) {
      const opener = items[open]!;
      if (opener.kind !== 'sequence' || !opener.open) continue;
      // The rule of 3 (CommonMark): a run that can both open and close pairs only if lengths allow.
      if ((opener.close || closer.open) && closer.size % 3 && !((opener.size + closer.size) % 3)) continue;
      const use = opener.size > 1 && closer.size > 1 ? 2 : 1;
      opener.size -= use;
      closer.size -= use;
      const next: Item[] = [];
      if (opener.size) next.push(opener);
      next.push({ kind: 'enter', strong: use > 1 }, ...literal(resolve(items.slice(open + 1, index))), { kind: 'exit' });
      const rest = closer.size > 0;
      if (rest) next.push(closer);
      items.splice(open, index - open + 1, ...next);
      index = open + next.length - (rest ? 1 : 0) - 1;
      break;
    }
  }
  return items;
}

/** Sequences nothing matched are text (micromark turns them into data). */
function literal(items: Item[]): Item[] {
  return items.map((item) => (item.kind === 'sequence' ? { kind: 'text', value: '*'.repeat(item.size) } : item));
}

function tree(items: Item[]): PhrasingContent[] {
  const root: PhrasingContent[] = [];
  const stack: PhrasingContent[][] = [root];
  for (const item of literal(items)) {
    const children = stack[stack.length - 1]!;
    if (item.kind === 'text') {
      if (item.value === '') continue;
      const last = children[children.length - 1];
      if (last?.type === 'text') last.value += item.value;
      else children.push({ type: 'text', value: item.value });
    } else if (item.kind === 'enter') {
      const node = { type: item.strong ? 'strong' : 'emphasis', children: [] } as { type: 'strong' | 'emphasis'; children: PhrasingContent[] };
      children.push(node);
      stack.push(node.children);
    } else if (item.kind === 'exit') stack.pop();
  }
  return root;
}
