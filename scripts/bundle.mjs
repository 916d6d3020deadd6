// The command-line entry as three bundled files (dist/bundle/), for start-up:
// - docflow.cjs, the whole CLI as one CommonJS file: Node resolves and loads a module graph of
//   hundreds of small files in ~0.4 s, and keeps no compiled code of ES modules between runs
//   (Node 20), so the CLI is one script that main.cjs compiles with V8's code cache
//   (src/cli/code-cache.ts). Ink and React are in it but run only when `run` asks for them;
//   V8 compiles a function when it first runs.
// - main.cjs, that entry (src/cli/bin.ts);
// - parse-worker.js, the parse thread, where the pool looks for it (an ES module: a worker's
//   start is not on a person's path).
// The bundle sits two folders below the package root, as the modules do, so content/ and
// locales/ resolve.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { build, transform } from 'esbuild';
import { fromMarkdownReuse } from './from-markdown-reuse.mjs';
import { micromarkCombinedOnce } from './micromark-combined-once.mjs';
import { inkOutputFast } from './ink-output-fast.mjs';
import { inkWrapLines } from './ink-wrap-lines.mjs';
import { inkWithoutTopLevelAwait } from './ink-without-top-level-await.mjs';
import { lazyBuiltins } from './lazy-builtins.mjs';
import { lazyGraphemes } from './lazy-graphemes.mjs';
import { memoStringWidth } from './memo-string-width.mjs';
import { sameStylesFast } from './same-styles-fast.mjs';
import { sharedInterop } from './shared-interop.mjs';
import { sliceAnsiNarrowFast } from './slice-ansi-narrow-fast.mjs';
import { subtokenizeMapJumps } from './subtokenize-map-jumps.mjs';
import { yogaSync } from './yoga-sync.mjs';

fs.rmSync('dist/bundle', { recursive: true, force: true });

const common = {
  outdir: 'dist/bundle',
  bundle: true,
  platform: 'node',
  target: 'node20',
  // React's production build: the development one checks every render and loads slower.
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
};
// The parser's hot loops, rewritten where they allocate or look up slowly (both bundles parse).
const parsing = [fromMarkdownReuse, micromarkCombinedOnce, subtokenizeMapJumps];
// Bundled CommonJS packages call require(): give the ES module files one.
const requireInModules = { js: "import { createRequire as __docflowRequire } from 'node:module'; const require = __docflowRequire(import.meta.url);" };

// The CLI and its entry are CommonJS files; modules find content/, locales/ and the parse worker
// from their own address.
const commonJs = {
  ...common,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  define: { ...common.define, 'import.meta.url': '__docflowUrl' },
  banner: { js: "const __docflowUrl = require('node:url').pathToFileURL(__filename).href;" },
};
const cli = 'dist/bundle/docflow.cjs';
const bundled = await build({
  ...commonJs,
  entryPoints: { docflow: 'dist/cli/main.js' },
  write: false,
  // Mapped to the TypeScript sources through dist/'s own maps; minified below.
  sourcemap: 'inline',
  // Ink loads its devtools only when DEV=true; they are not a dependency.
  external: ['react-devtools-core'],
  plugins: [...parsing, memoStringWidth, sliceAnsiNarrowFast, ...lazyGraphemes, ...lazyBuiltins, sameStylesFast, inkOutputFast, inkWrapLines, yogaSync, inkWithoutTopLevelAwait],
});
// ASCII, which Node reads as a one-byte string in a sixth of the time UTF-8 takes: esbuild
// escapes what is not ASCII in strings, but not in regular expressions or comments (in a regular
// expression, \u201C means “ too). Escaped before minifying, so the source map stays exact.
const ascii = bundled.outputFiles[0].text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
// Minified, every run reads, hashes and compiles half the bytes (1.2 MB, not 2.2: ~20 ms of a
// flow's first frame). `node --enable-source-maps` maps stacks back to src/.
// `DOCFLOW_PROFILE_NAMES=1 npm run build` keeps the names, for CPU profiles that say who spent the time.
const minified = await transform(sharedInterop(ascii, cli), {
  minify: true,
  minifyIdentifiers: process.env.DOCFLOW_PROFILE_NAMES !== '1',
  charset: 'ascii',
  legalComments: 'external',
  sourcemap: 'external',
  sourcefile: 'docflow.cjs',
});
fs.mkdirSync('dist/bundle', { recursive: true });
fs.writeFileSync(cli, `${minified.code}//# sourceMappingURL=docflow.cjs.map\n`);
fs.writeFileSync(`${cli}.map`, minified.map);
fs.writeFileSync(`${cli}.LEGAL.txt`, minified.legalComments);
// The entry, CommonJS: Node starts a CommonJS file ~10 ms sooner than an ES module. It names
// its code cache by the CLI's hash, made here once rather than at every start.
const sha1 = createHash('sha1').update(fs.readFileSync(cli)).digest('hex');
await build({ ...commonJs, entryPoints: { main: 'dist/cli/bin.js' }, define: { ...commonJs.define, DOCFLOW_BUNDLE_SHA1: JSON.stringify(sha1) } });
fs.chmodSync('dist/bundle/main.cjs', 0o755);
await build({ ...common, entryPoints: { 'parse-worker': 'dist/catalog/parse-worker.js' }, format: 'esm', banner: requireInModules, plugins: parsing });
