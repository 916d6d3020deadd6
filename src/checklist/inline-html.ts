/**
 * A message's inline markdown as HTML that cannot run anything: text is escaped, raw HTML of the
 * article is dropped (but `<br>`, and bold and italics, read as markdown's: html-styles.ts), and
 * a link keeps its target only when it is http(s), mailto or a relative path: `javascript:`,
 * `data:` and other schemes become plain text.
 */
import type { PhrasingContent, Text } from 'mdast';
import { parseInline, plainText } from '../parse/inline.js';
import { escapeHtml as e } from '../text/escape-html.js';
import { pictureName } from '../text/picture-name.js';
import { repairMarkup } from '../text/inline-runs.js';
import { htmlStyles } from '../text/html-styles.js';
import { quotedLabels } from './quoted-labels.js';

const SAFE_URL = /^(?:https?:|mailto:|[^:]*$)/i;

/**
 * Where a link should point in the page (another checklist); undefined keeps it as it is, null
 * keeps only its text (it would lead nowhere from there).
 */
export type LinkRewrite = (url: string) => string | null | undefined;

/**
 * Where a checklist's links point: a link into the article (`#section`) leads nowhere from a
 * checklist, which has the procedures and not the article's sections, so only its text stays;
 * but for the headings of its procedures in `anchors`, which an HTML page carries as ids.
 * (A relative link to another article stays: a checklist written beside the articles reaches it.)
 */
export function checklistRewrite(rewrite?: LinkRewrite, anchors: ReadonlySet<string> = new Set()): LinkRewrite {
  return (url) => {
    if (!url.startsWith('#')) return rewrite?.(url);
    const fragment = url.slice(1).toLowerCase();
    return anchors.has(fragment) ? `#${fragment}` : null;
  };
}

/**
 * Where a page written on its own (or a page of `--all` with no page for the link's article)
 * points a link: a relative one (`x.md`, `/azure/…`) leads nowhere from it, so only its words
 * stay; a web address and a place in the page stay as they are.
 */
export function pagelessRewrite(url: string): null | undefined {
  return /^(?:[a-z][a-z0-9+.-]*:|#)/i.test(url) ? undefined : null;
}

export function safeHref(url: string): string | undefined {
  const trimmed = url.trim();
  // A scheme hidden by control characters or entities ("java\tscript:") is still a scheme.
  return SAFE_URL.test(trimmed.replace(/[\s\u0000-\u001f]/g, '')) ? trimmed : undefined;
}

/** Whether bold is a step's buttons; given as labels, those the step quotes are buttons too (see inlineHtml). */
export type Labels = boolean | readonly string[];

/**
 * `labels`: bold is drawn as the product's buttons (a step's UI labels), else as bold text; given
 * as the labels a step has nowhere in bold, those it quotes are buttons too (quoted-labels.ts);
 * `picture`: a picture's words marked as one, in the locale ("[Image: …]", see image-text.ts);
 * `address`: a web or mail address as markdown after its link's words (" (`https://…`)"),
 * printed only: on paper a link's address is not seen, on a screen the link leads there.
 */
export function inlineHtml(markdown: string, rewrite: LinkRewrite = () => undefined, labels: Labels = false, picture = (words: string) => `[${words}]`, address?: (url: string) => string): string {
  const boxes = labels !== false;
  const html = (node: PhrasingContent): string => {
    switch (node.type) {
      case 'text':
        return e(repairMarkup(node.value));
      case 'strong':
        return `<strong${boxes ? ' class="ui"' : ''}>${walk(node.children)}</strong>`;
      case 'emphasis':
        return `<em>${walk(node.children)}</em>`;
      case 'delete':
        return `<del>${walk(node.children)}</del>`;
      case 'inlineCode':
        return `<code>${e(node.value)}</code>`;
      case 'break':
        return '<br>';
      case 'html':
        return /^<br\s*\/?>$/i.test(node.value) ? '<br>' : '';
      case 'image': {
        // A picture in the text as its words, set apart as one (the page loads no picture).
        const name = pictureName(node.alt, node.url);
        return name ? `<span class="image">${e(picture(name))}</span>` : '';
      }
      case 'link': {
        const target = rewrite(node.url);
        const href = target === null ? undefined : safeHref(target ?? node.url);
        const text = walk(node.children);
        // A link with no words left (one into the page: see wordless-links.ts) is no link a
        // reader can see or a screen reader can name.
        if (!href || text === '') return text;
        return `<a href="${e(href)}">${text}</a>${address ? printedAddress(href, plainText(node.children), address) : ''}`;
      }
      default:
        return 'children' in node ? walk(node.children as PhrasingContent[]) : '';
    }
  };
  const walk = (nodes: readonly PhrasingContent[]): string => {
    const items = boxes ? withPunctuation(nodes) : nodes;
    const pieces = items.map((item) => (item instanceof LabelRun ? item.html(html) : html(item)));
    const gone = (i: number) => {
      const item = items[i]!;
      return !(item instanceof LabelRun) && item.type === 'link' && pieces[i] === '';
    };
    return closeGaps(pieces, gone).join('');
  };
  const nodes = htmlStyles(parseInline(markdown));
  return walk(Array.isArray(labels) ? quotedLabels(nodes, labels) : nodes);
}

/**
 * A web or mail address after its link's words, on paper only (`print-only`): printed, a link
 * cannot be followed and its address is not seen. None where the words are the address.
 */
function printedAddress(href: string, words: string, address: (url: string) => string): string {
  if (!/^(?:https?|mailto):/i.test(href)) return '';
  // A mail address without its scheme, as it is written on paper.
  const shown = href.replace(/^mailto:/i, '');
  if (words.trim() === shown) return '';
  const said = address(shown);
  // The words' own leading space (" (…)"; none before CJK's "（…）"), which markdown would drop.
  return `<span class="print-only">${/^\s*/.exec(said)![0]}${inlineHtml(said)}</span>`;
}

/** A UI label with the punctuation written against it: "(", "“" before; ",", "。", "”" after. */
class LabelRun {
  constructor(
    readonly label: PhrasingContent,
    readonly before: string,
    readonly after: string,
  ) {}

  /** The label and its punctuation kept on one line (see withPunctuation); a label alone as it is. */
  html(html: (node: PhrasingContent) => string): string {
    const box = html(this.label);
    // `--marks`: how many marks the box leaves room for on its line (see the page's style).
    const marks = [...this.before, ...this.after].length;
    return marks > 0 ? `<span class="ui-run" style="--marks: ${marks}">${e(this.before)}${box}${e(this.after)}</span>` : box;
  }
}

// Punctuation that opens (stays with what follows it: an elision's apostrophe too, "l’**Adresse**") and that closes (stays with what it follows).
const OPENING = /[(\[{“‘’«‹「『（【〔《〈"']+$/u;
const CLOSING = /^[,.;:!?…)\]}”’»›」』）】〕》〉，。、；：！？"']+/u;

/**
 * The nodes with each bold (a UI label, drawn as a box) taking the punctuation written against
 * it out of the text beside it: the box is one unbreakable piece to the browser, which breaks a
 * line before or after it as around a picture, so a comma after a label that filled a line
 * started the next line (", sélectionnez…" under the box at 400 px).
 */
function withPunctuation(nodes: readonly PhrasingContent[]): (PhrasingContent | LabelRun)[] {
  const out: (PhrasingContent | LabelRun)[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type !== 'strong') {
      out.push(node);
      continue;
    }
    const previous = out.at(-1);
    const before = previous && !(previous instanceof LabelRun) && previous.type === 'text' ? (OPENING.exec(previous.value)?.[0] ?? '') : '';
    if (before) out[out.length - 1] = { ...(previous as Text), value: (previous as Text).value.slice(0, -before.length) };
    const next = nodes[i + 1];
    const after = next?.type === 'text' ? (CLOSING.exec(next.value)?.[0] ?? '') : '';
    out.push(new LabelRun(node, before, after));
    if (after) {
      out.push({ ...(next as Text), value: (next as Text).value.slice(after.length) });
      i++;
    }
  }
  return out;
}

/**
 * The pieces with no double space where a link had no words to show (one into the page: see
 * wordless-links.ts): "Select  the item" read as a gap in the sentence. Where such a link ends
 * or starts its text, the space beside it goes too. `gone`: whether the piece at i is such a link.
 */
function closeGaps(pieces: readonly string[], gone: (i: number) => boolean): string[] {
  const out = [...pieces];
  out.forEach((_, i) => {
    if (!gone(i)) return;
    const before = out.slice(0, i).findLastIndex((piece) => piece !== '');
    const after = out.findIndex((piece, j) => j > i && piece !== '');
    const spaceBefore = before >= 0 && /\s$/.test(out[before]!);
    const spaceAfter = after >= 0 && /^\s/.test(out[after]!);
    if (spaceBefore && (spaceAfter || after < 0)) out[before] = out[before]!.trimEnd();
    else if (spaceAfter && before < 0) out[after] = out[after]!.trimStart();
  });
  return out;
}
