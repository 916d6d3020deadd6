/**
 * The bundle's CommonJS interop, rewritten to make one wrapper per module
 * (scripts/shared-interop.mjs): a bundle built with it behaves as one built without it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a build script, plain JavaScript.
import { sharedInterop } from '../../scripts/shared-interop.mjs';
import { tempDir } from '../helpers.js';

const root = tempDir();
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const MODULES: Record<string, string> = {
  'entry.mjs': `import a from './a.mjs'; import b from './b.mjs'; import c from './c.cjs'; import * as d from './d.cjs';
    export default { a: a.plain, b: b.plain, c: c.value, d: [d.default.named, d.named, typeof d.default], e: a.ns === b.ns };`,
  'a.mjs': `import fs from 'node:fs'; import * as ns from 'node:fs'; import { join } from 'node:path';
    export default { ns, plain: { join: join('x', 'y'), read: typeof fs.readFileSync, same: ns.readFileSync === fs.readFileSync } };`,
  'b.mjs': `import * as ns from 'node:fs'; import * as path from 'node:path';
    export default { ns, plain: { sep: path.sep, join: path.default.join('p', 'q'), exists: typeof ns.existsSync } };`,
  'c.cjs': `module.exports = { value: 42 };`,
  'd.cjs': `Object.defineProperty(exports, '__esModule', { value: true }); exports.named = 'n'; exports.default = { named: 'default of an ES module compiled to CommonJS' };`,
};

async function bundled(rewrite: boolean): Promise<unknown> {
  for (const [name, text] of Object.entries(MODULES)) fs.writeFileSync(path.join(root, name), text);
  const out = await build({ entryPoints: [path.join(root, 'entry.mjs')], bundle: true, format: 'cjs', platform: 'node', write: false, logLevel: 'silent' });
  const code = rewrite ? (sharedInterop(out.outputFiles[0]!.text, 'test') as string) : out.outputFiles[0]!.text;
  const module = { exports: {} as { default?: unknown } };
  new Function('module', 'exports', 'require', code)(module, module.exports, (await import('node:module')).createRequire(import.meta.url));
  return module.exports.default;
}

describe('one CommonJS interop wrapper per module', () => {
  it('reads every import as the unshared wrappers do', async () => {
    const shared = (await bundled(true)) as { e: boolean };
    const unshared = (await bundled(false)) as { e: boolean };
    expect({ ...shared, e: undefined }).toEqual({ ...unshared, e: undefined });
    expect(shared).toEqual({
      a: { join: path.join('x', 'y'), read: 'function', same: true },
      b: { sep: path.sep, join: path.join('p', 'q'), exists: 'function' },
      c: 42,
      // Imported from an .mjs file (Node's mode), the default is module.exports, as in Node.
      d: ['n', 'n', 'object'],
      e: true,
    });
    // One wrapper for both importers of node:fs is the saving; esbuild's own makes two.
    expect(unshared.e).toBe(false);
  });

  it('fails the build when esbuild no longer has the helper it rewrites', () => {
    expect(() => sharedInterop('var x = 1;', 'bundle.cjs')).toThrow(/bundle\.cjs: no .* to rewrite/);
  });
});
