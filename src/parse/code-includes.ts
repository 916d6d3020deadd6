/**
 * DocFX code includes: `[!code-azurecli[](~/samples/login.sh)]` and
 * `:::code language="azurecli" source="samples/group.sh" range="2-3":::`. Docs draws the file's
 * code there; the article holds only its name, which is no text to translate or to show raw.
 */
import { withoutContainerPrefixes } from './container-prefixes.js';

export interface CodeInclude {
  /** The file as the article names it, without a range or a region (`?range=1-3`, `#snippet`). */
  file: string;
  lang?: string;
}

const LINK_FORM = /^\[!code(?:-([\w+#.-]+))?\s*\[[^\]\n]*\]\(\s*<?([^)\s>"?#]+)[^)\n]*\)\]$/i;
const BLOCK_FORM = /^:::[ \t]*code\b([^\n]*?):::$/i;
const attribute = (attributes: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(attributes)?.[1]?.trim();

/** The includes of a block whose every line is one; undefined when it says anything else. */
export function codeIncludes(markdown: string): CodeInclude[] | undefined {
  const lines = withoutContainerPrefixes(markdown)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0 || !lines[0]!.startsWith('[!code') && !lines[0]!.startsWith(':::')) return undefined;
  const includes: CodeInclude[] = [];
  for (const line of lines) {
    const link = LINK_FORM.exec(line);
    const block = link ? undefined : BLOCK_FORM.exec(line);
    const file = link ? link[2] : block && attribute(block[1]!, 'source')?.replace(/[?#].*$/, '');
    const lang = link ? link[1] : block && attribute(block[1]!, 'language');
    if (!file) return undefined;
    includes.push({ file, ...(lang ? { lang } : {}) });
  }
  return includes;
}
