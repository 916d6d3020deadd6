/**
 * The titles of DocFX zone pivots. An article with `zone_pivot_groups: <group>` in its front
 * matter marks its parts by pivot id (`::: zone pivot="azure-cli"`); the docset's
 * `zone-pivot-groups.yml` gives each id the title a reader picks it by ("Azure CLI"):
 *
 *   groups:
 *   - id: azure-interface
 *     title: Azure interface
 *     pivots:
 *     - id: azure-cli
 *       title: Azure CLI
 *
 * The docset's file is the nearest one at or above the article's folder, within its content
 * folder. Its titles are strings of the article in the article's locale (`pivot.<id>`); a pivot
 * it does not title is shown by its id.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Node } from 'yaml';
import type { VFile } from 'vfile';
import { yaml } from '../text/lazy-modules.js';

export const PIVOT_GROUPS_FILE = 'zone-pivot-groups.yml';

/** The message key of a pivot's title. */
export function pivotKey(pivot: string): string {
  return `pivot.${pivot}`;
}

/** The groups an article's front matter names (`zone_pivot_groups: a, b`), or none. */
export function pivotGroupsOf(frontmatter: Record<string, unknown>): string[] {
  const named = frontmatter.zone_pivot_groups;
  if (typeof named !== 'string') return [];
  return named
    .split(',')
    .map((group) => group.trim())
    .filter(Boolean);
}

/**
 * Finds the docset's pivot groups file of an article file: the nearest at or above its folder,
 * up to the content folder holding it. Each folder is looked in once per finder.
 */
export function pivotGroupsFinder(roots: readonly string[]): (file: string) => string | undefined {
  const found = new Map<string, string | undefined>();
  const resolvedRoots = roots.map((root) => path.resolve(root));
  const inFolder = (folder: string, root: string): string | undefined => {
    if (found.has(folder)) return found.get(folder);
    const candidate = path.join(folder, PIVOT_GROUPS_FILE);
    const parent = path.dirname(folder);
    const answer = fs.existsSync(candidate) ? candidate : folder === root || parent === folder ? undefined : inFolder(parent, root);
    found.set(folder, answer);
    return answer;
  };
  return (file) => {
    const folder = path.dirname(path.resolve(file));
    const root = resolvedRoots.find((r) => folder === r || folder.startsWith(r + path.sep));
    return root === undefined ? undefined : inFolder(folder, root);
  };
}

/**
 * The titles of the named groups' pivots (id → title) in a pivot groups file's text. What is not
 * YAML, or not shaped as groups of pivots, is told on `file` where it is (rule `pivot-groups`):
 * the pivots it would have titled are shown by their ids.
 */
export function pivotTitles(text: string, file: VFile, groups: readonly string[]): Map<string, string> {
  const YAML = yaml();
  const { document, lineCounter } = parsed(text);
  const tell = (reason: string, offset: number) => {
    const at = lineCounter.linePos(offset);
    file.message(reason, { place: { line: at.line, column: at.col }, ruleId: 'pivot-groups', source: 'docflow' });
  };
  const titles = new Map<string, string>();
  if (document.errors.length > 0) {
    for (const error of document.errors) tell(`Zone pivot groups are not valid YAML: ${error.message.split('\n')[0]}`, error.pos[0]);
    return titles;
  }
  const offsetOf = (node: unknown) => (node as Node | undefined)?.range?.[0] ?? 0;
  const listed = document.get('groups', true);
  if (!YAML.isSeq(listed)) {
    tell('Zone pivot groups: `groups` must be a list of groups, each with an `id` and its `pivots`', offsetOf(listed ?? document.contents));
    return titles;
  }
  for (const group of listed.items) {
    if (!YAML.isMap(group) || !groups.includes(String(group.get('id')))) continue;
    const pivots = group.get('pivots', true);
    if (!YAML.isSeq(pivots)) {
      tell(`Zone pivot group ${String(group.get('id'))}: \`pivots\` must be a list, each with an \`id\` and a \`title\``, offsetOf(pivots ?? group));
      continue;
    }
    for (const pivot of pivots.items) {
      const id = YAML.isMap(pivot) ? pivot.get('id') : undefined;
      const title = YAML.isMap(pivot) ? pivot.get('title') : undefined;
      if (typeof id === 'string' && typeof title === 'string' && title.trim()) {
        if (!titles.has(id)) titles.set(id, title.trim());
      } else tell('Zone pivot: each pivot needs an `id` and a `title`', offsetOf(pivot));
    }
  }
  return titles;
}

/**
 * The parse of a pivot groups file's text, made once: every article with zone pivots asks for
 * its docset's file, and Azure's has thousands of lines (300 articles over a 4,800-line file
 * took 22–24 s to list, parsed again for each; 0.6 s without the file). Keyed by the text
 * itself, so an edited file is parsed anew; the last few are kept (one a docset).
 */
const PARSES_KEPT = 4;
const parses = new Map<string, { document: ReturnType<ReturnType<typeof yaml>['parseDocument']>; lineCounter: InstanceType<ReturnType<typeof yaml>['LineCounter']> }>();

function parsed(text: string) {
  let parse = parses.get(text);
  if (parse === undefined) {
    const YAML = yaml();
    const lineCounter = new YAML.LineCounter();
    parse = { document: YAML.parseDocument(text, { lineCounter }), lineCounter };
    if (parses.size >= PARSES_KEPT) parses.delete(parses.keys().next().value!);
    parses.set(text, parse);
  }
  return parse;
}
