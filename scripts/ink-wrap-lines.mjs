// An esbuild plugin that gives Ink's <Text> wrapping docflow's wrapLines (src/text/wrap-lines.ts)
// in place of wrap-ansi, which cut Thai inside its graphemes and began Japanese lines with their
// commas (wrapLines keeps wrap-ansi's lines for text with spaces between its words). The tests
// resolve it the same way (vitest.config.ts). If a new Ink no longer imports wrap-ansi where it
// wraps, the build fails rather than ship without it.
import fs from 'node:fs';
import path from 'node:path';

const WRAP_TEXT = /[\\/]ink[\\/]build[\\/]wrap-text\.js$/;

export const inkWrapLines = {
  name: 'ink-wrap-lines',
  setup(build) {
    build.onLoad({ filter: WRAP_TEXT }, (args) => {
      if (!fs.readFileSync(args.path, 'utf8').includes("import wrapAnsi from 'wrap-ansi';")) return { errors: [{ text: `${args.path}: no wrap-ansi import to give wrapLines to (a new Ink?)` }] };
      return undefined;
    });
    build.onResolve({ filter: /^wrap-ansi$/ }, (args) => (WRAP_TEXT.test(args.importer) ? { path: path.resolve('dist/text/wrap-lines.js') } : undefined));
  },
};
