// The command-line entry as a few bundled files (dist/bundle/): Node resolves and loads one
// module graph of ~hundreds of small files in ~0.4 s; bundled, `docflow --help` starts in a
// fraction of that. Ink and React stay in a chunk of their own, loaded only by `run`; the parse
// worker is an entry of its own, next to the chunks, where the pool looks for it. The bundle
// sits two folders below the package root, as the modules do, so content/ and locales/ resolve.
import fs from 'node:fs';
import { build } from 'esbuild';
import { memoStringWidth } from './memo-string-width.mjs';
import { yogaWithoutFetch } from './yoga-without-fetch.mjs';

// Chunk names carry a hash: clear the folder so old chunks do not pile up.
fs.rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: { main: 'dist/cli/bin.js', 'parse-worker': 'dist/catalog/parse-worker.js' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Ink loads its devtools only when DEV=true; they are not a dependency.
  external: ['react-devtools-core'],
  // Bundled CommonJS packages call require(): give them one.
  banner: { js: "import { createRequire as __docflowRequire } from 'node:module'; const require = __docflowRequire(import.meta.url);" },
  // React's production build: the development one checks every render and loads slower.
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [memoStringWidth, yogaWithoutFetch],
  logLevel: 'warning',
});
