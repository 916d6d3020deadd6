/**
 * The title of a plain article that has no H1: its front matter's `title:`, which DocFX shows as
 * the page's heading then. Without it, `list` and the picker named the article by its file name.
 * It is a segment like the article's other text (a translator gets it), placed at the value in
 * the front matter when it is written there as it reads (plain or simply quoted), else at its line.
 */
import type { Segment } from '../model/document.js';
import { withoutBom } from '../text/without-bom.js';

const TITLE_LINE = /^title:[ \t]*(.*?)[ \t]*$/m;

/** The front matter's title as segment `n`, when it is text; undefined otherwise. */
export function frontmatterTitle(text: string, frontmatter: Record<string, unknown>, n: number, point: (offset: number) => { line: number; column: number }): Segment | undefined {
  const title = frontmatter.title;
  if (typeof title !== 'string' || !title.trim()) return undefined;
  const bom = text.length - withoutBom(text).length;
  const end = text.indexOf('\n---', 3);
  const line = TITLE_LINE.exec(text.slice(0, end === -1 ? 0 : end));
  let start = bom;
  let stop = bom;
  if (line) {
    const written = line[1]!;
    const at = line.index + line[0].indexOf(written, 'title:'.length);
    const quoted = /^(["'])(.*)\1$/.exec(written);
    const inner = quoted ? quoted[2]! : written;
    start = at + (quoted && inner === title ? 1 : 0);
    stop = inner === title ? start + inner.length : start;
  }
  const source = title.trim();
  const { line: at, column } = point(start);
  return { id: `plain-${n}`, n, source, target: source, line: at, column, targetStart: start, targetEnd: stop, sourceStart: start, sourceEnd: stop };
}
