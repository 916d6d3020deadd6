// An esbuild plugin for yoga-layout, Ink's layout engine, whose module waits at its top level
// (`await loadYoga()`) for Emscripten to fetch and compile its WebAssembly, which sits in the
// module as a data: URL. The CLI is bundled as CommonJS (for V8's code cache: bin.ts), which
// cannot wait at the top level, so this loads it synchronously: the bytes are decoded from the
// module's own data URL and handed to Emscripten's `instantiateWasm` hook as a compiled instance
// (V8 compiles this small module synchronously in a few milliseconds), which also skips the
// first fetch() (undici: 35–40 ms). If a new version changes what this rewrites, the build fails
// rather than ship it unchanged.
import fs from 'node:fs';
import path from 'node:path';

const DATA_URL = /H="data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/;
const WAITS = 'const Yoga = wrapAssembly(await loadYoga());';
const LOADS = "import loadYoga from '../binaries/yoga-wasm-base64-esm.js';";

const failure = (file, what) => ({ errors: [{ text: `${file}: no ${what} to rewrite (a new yoga-layout?)` }] });

export const yogaSync = {
  name: 'yoga-sync',
  setup(build) {
    build.onLoad({ filter: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      const bytes = DATA_URL.exec(source);
      if (!bytes) return failure(args.path, 'data: URL');
      // Emscripten's own copy of the bytes is never read (the hook instantiates): once is enough
      // (95 KB of a source every start reads).
      const rest = source.replace(bytes[1], '');
      return { contents: `${rest}\nexport const wasmBase64 = ${JSON.stringify(bytes[1])};\n`, loader: 'js' };
    });
    build.onLoad({ filter: /[\\/]yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/ }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      if (!source.includes(WAITS) || !source.includes(LOADS)) return failure(args.path, 'awaited load');
      const contents = source.replace(LOADS, LOADS.replace('loadYoga', 'loadYoga, { wasmBase64 }')).replace(
        WAITS,
        `const wasm = new WebAssembly.Module(Buffer.from(wasmBase64, 'base64'));
const yogaModule = { instantiateWasm(imports, receive) { receive(new WebAssembly.Instance(wasm, imports), wasm); return {}; } };
loadYoga(yogaModule); // Emscripten fills yogaModule in before it returns when instantiation is synchronous
const Yoga = wrapAssembly(yogaModule);`,
      );
      return { contents, loader: 'js', resolveDir: path.dirname(args.path) };
    });
  },
};
