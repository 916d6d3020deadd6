/**
 * Packages bundled as the CLI bundles them, for the tests of the build's rewrite plugins
 * (scripts/*.mjs): `contents` (an entry that re-exports them) with `plugins`, as one file's text,
 * and that text loaded as an ES module.
 */
import { build, type Plugin } from 'esbuild';
import { ROOT } from './helpers.js';

export async function bundledText(contents: string, plugins: Plugin[], format: 'esm' | 'cjs' = 'esm'): Promise<string> {
  const bundled = await build({ stdin: { contents, resolveDir: ROOT }, bundle: true, format, platform: 'node', write: false, plugins, logLevel: 'silent' });
  return bundled.outputFiles[0]!.text;
}

export async function importText<T>(code: string): Promise<T> {
  return (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as T;
}
