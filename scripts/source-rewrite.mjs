// An esbuild plugin that makes exact edits to one dependency's file as it is bundled. Each edit
// names text that must be in the file: if a new version of the package changed it, the build
// fails rather than ship the file unedited.
import fs from 'node:fs';
import path from 'node:path';

const REWRITE = Symbol('source rewrite');

/**
 * @param {{ name: string, filter: RegExp, edits: [string, string][] }} rewrite
 * esbuild loads a file through the first plugin that answers for it, so the first rewrite of a
 * build answers for all of them: two rewrites may edit one file, in the order of the plugins.
 */
export function sourceRewrite(rewrite) {
  const plugin = {
    name: rewrite.name,
    [REWRITE]: rewrite,
    setup(build) {
      const inBuild = (build.initialOptions.plugins ?? []).filter((other) => other[REWRITE]);
      if (inBuild.length > 0 && inBuild[0] !== plugin) return;
      const rewrites = inBuild.length > 0 ? inBuild.map((other) => other[REWRITE]) : [rewrite];
      const filter = new RegExp(rewrites.map((each) => `(?:${each.filter.source})`).join('|'));
      build.onLoad({ filter }, (args) => {
        let contents = fs.readFileSync(args.path, 'utf8');
        for (const { name, filter: mine, edits } of rewrites) {
          if (!mine.test(args.path)) continue;
          for (const [from, to] of edits) {
            if (!contents.includes(from)) return { errors: [{ text: `${args.path}: no “${from.trim().split('\n')[0]}” to rewrite (${name}: a new version?)` }] };
            contents = contents.replace(from, to);
          }
        }
        return { contents, loader: 'js', resolveDir: path.dirname(args.path) };
      });
    },
  };
  return plugin;
}

/**
 * The text of a function, for a rewritten file, that makes a value once per list of extensions
 * and gives it again while that list holds the same extensions (micromark and from-markdown are
 * handed the same list on every parse; a list changed in place is a new value):
 * `keptPerList(memo, list, make)`, memo a WeakMap, make called with the list.
 */
export const KEPT_PER_LIST = `function keptPerList(memo, list, make) {
  let kept = memo.get(list);
  if (!kept || kept.list.length !== list.length || kept.list.some((item, index) => item !== list[index])) {
    kept = { list: [...list], value: make(list) };
    memo.set(list, kept);
  }
  return kept.value;
}
`;
