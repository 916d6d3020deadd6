/**
 * YAML front matter, read straight from the text (the same `---` fences remark-frontmatter
 * recognizes), so that a scan-only read of an article knows its locale without a markdown parse.
 */
import type { VFile } from 'vfile';
import YAML from 'yaml';

const FENCE = /^---[^\S\n]*\r?\n([\s\S]*?)\r?\n---[^\S\n]*(?:\r?\n|$)/;

export function readFrontmatter(text: string, file: VFile): Record<string, unknown> {
  const match = FENCE.exec(text);
  if (!match) return {};
  try {
    const data: unknown = YAML.parse(match[1]!);
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch (error) {
    const at = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    file.message(`Front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`, {
      place: { line: (at?.line ?? 1) + 1, column: at?.col ?? 1 },
      ruleId: 'bad-frontmatter',
      source: 'docflow',
    });
    return {};
  }
}
