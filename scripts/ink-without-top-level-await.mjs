// An esbuild plugin for Ink's reconciler, which waits at its top level in two places, both only
// when DEV=true (React devtools, and Ink's package.json for them). The CLI is bundled as
// CommonJS (bin.ts), which cannot wait at the top level; react-devtools-core is not a dependency,
// so DEV=true gets Ink's own message for a devtools module that is not there. If a new version
// changes these lines, the build fails rather than ship them unchanged.
import fs from 'node:fs';
import path from 'node:path';

const REWRITES = [
  ["await import('./devtools.js');", "throw Object.assign(new Error('react-devtools-core is not bundled'), { code: 'ERR_MODULE_NOT_FOUND' });"],
  ['? await loadPackageJson()', "? { name: 'ink', version: undefined }"],
];

export const inkWithoutTopLevelAwait = {
  name: 'ink-without-top-level-await',
  setup(build) {
    build.onLoad({ filter: /[\\/]ink[\\/]build[\\/]reconciler\.js$/ }, (args) => {
      let contents = fs.readFileSync(args.path, 'utf8');
      for (const [from, to] of REWRITES) {
        if (!contents.includes(from)) return { errors: [{ text: `${args.path}: no “${from}” to rewrite (a new Ink?)` }] };
        contents = contents.replace(from, to);
      }
      return { contents, loader: 'js', resolveDir: path.dirname(args.path) };
    });
  },
};
