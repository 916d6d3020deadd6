// An esbuild plugin for yoga-layout, Ink's layout engine: its WebAssembly sits in the module as
// a data: URL, and Emscripten's loader reads it with fetch() whenever fetch exists. On Node the
// first fetch() loads undici, Node's HTTP client: 35–40 ms of a flow's first frame, to decode
// bytes that are already in memory. Told that there is no fetch, the loader decodes the data URL
// itself (its own fallback). If a new version no longer has the check, the build fails rather
// than ship it unchanged.
import fs from 'node:fs';

const ASKS_FOR_FETCH = '"function"!=typeof fetch';

export const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(build) {
    build.onLoad({ filter: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      if (!source.includes(ASKS_FOR_FETCH)) return { errors: [{ text: `${args.path}: no “${ASKS_FOR_FETCH}” to answer (a new yoga-layout?)` }] };
      return { contents: source.replaceAll(ASKS_FOR_FETCH, '!0'), loader: 'js' };
    });
  },
};
