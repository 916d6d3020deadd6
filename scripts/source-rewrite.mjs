// An esbuild plugin that makes exact edits to one dependency's file as it is bundled. Each edit
// names text that must be in the file: if a new version of the package changed it, the build
// fails rather than ship the file unedited.
import fs from 'node:fs';
import path from 'node:path';

/** @param {{ name: string, filter: RegExp, edits: [string, string][] }} rewrite */
export function sourceRewrite({ name, filter, edits }) {
  return {
    name,
    setup(build) {
      build.onLoad({ filter }, (args) => {
        let contents = fs.readFileSync(args.path, 'utf8');
        for (const [from, to] of edits) {
          if (!contents.includes(from)) return { errors: [{ text: `${args.path}: no “${from.trim().split('\n')[0]}” to rewrite (${name}: a new version?)` }] };
          contents = contents.replace(from, to);
        }
        return { contents, loader: 'js', resolveDir: path.dirname(args.path) };
      });
    },
  };
}
