// An esbuild plugin that gives Ink's <Text> wrapping docflow's wrapLines (src/text/wrap-lines.ts)
// in place of wrap-ansi, which cut Thai inside its graphemes and began Japanese lines with their
// commas (wrapLines keeps wrap-ansi's lines for text with spaces between its words), and its
// truncateLine (src/text/truncate-line.ts) in place of cli-truncate, which counted a right-to-left
// mark as a column. The tests resolve them the same way (vitest.config.ts). If a new Ink no longer
// imports them where it wraps, the build fails rather than ship without them.
import fs from 'node:fs';
import path from 'node:path';

const WRAP_TEXT = /[\\/]ink[\\/]build[\\/]wrap-text\.js$/;

/** What Ink's wrap-text imports → docflow's own, built. */
const INK_WRAPPING = { 'wrap-ansi': 'dist/text/wrap-lines.js', 'cli-truncate': 'dist/text/truncate-line.js' };
const IMPORTS = new RegExp(`^(?:${Object.keys(INK_WRAPPING).join('|')})$`);

export const inkWrapLines = {
  name: 'ink-wrap-lines',
  setup(build) {
    build.onLoad({ filter: WRAP_TEXT }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      const missing = Object.keys(INK_WRAPPING).filter((name) => !source.includes(` from '${name}';`));
      if (missing.length > 0) return { errors: [{ text: `${args.path}: no ${missing.join(' or ')} import to give docflow's own to (a new Ink?)` }] };
      return undefined;
    });
    build.onResolve({ filter: IMPORTS }, (args) => (WRAP_TEXT.test(args.importer) ? { path: path.resolve(INK_WRAPPING[args.path]) } : undefined));
  },
};
