// An esbuild plugin for Ink's reconciler, which waits at its top level in two places, both only
// when DEV=true (React devtools, and Ink's package.json for them). The CLI is bundled as
// CommonJS (bin.ts), which cannot wait at the top level; react-devtools-core is not a dependency,
// so DEV=true gets Ink's own message for a devtools module that is not there.
import { sourceRewrite } from './source-rewrite.mjs';

export const inkWithoutTopLevelAwait = sourceRewrite({
  name: 'ink-without-top-level-await',
  filter: /[\\/]ink[\\/]build[\\/]reconciler\.js$/,
  edits: [
    ["await import('./devtools.js');", "throw Object.assign(new Error('react-devtools-core is not bundled'), { code: 'ERR_MODULE_NOT_FOUND' });"],
    ['? await loadPackageJson()', "? { name: 'ink', version: undefined }"],
  ],
});
