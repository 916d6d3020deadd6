import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';

// Under CI, a JSON report beside the usual output lets .ci/run count results itself.
const report = process.env.DOCFLOW_REPORT;

// Ink and the packages that import it, run through vite (one Ink for all of them).
const INK_PACKAGES = ['ink', 'ink-testing-library', '@inkjs/ui'];
const IN_INK_PACKAGES = /[\\/]node_modules[\\/](?:ink|ink-testing-library|@inkjs[\\/]ui)[\\/]/;

// Ink wraps and cuts a <Text> with docflow's wrapLines and truncateLine, as the bundle has it
// (scripts/ink-wrap-lines.mjs).
const INK_WRAPPING: Record<string, string> = { 'wrap-ansi': 'src/text/wrap-lines.ts', 'cli-truncate': 'src/text/truncate-line.ts' };
const inkWrapLines: Plugin = {
  name: 'ink-wrap-lines',
  enforce: 'pre',
  resolveId(source, importer) {
    const own = INK_WRAPPING[source];
    if (own && importer && /[\\/]ink[\\/]build[\\/]wrap-text\.js$/.test(importer)) return path.resolve(own);
    return null;
  },
  // Their source maps name sources the packages do not ship, which vite would say for every file.
  load(id) {
    return IN_INK_PACKAGES.test(id) && id.endsWith('.js') ? fs.readFileSync(id, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '') : null;
  },
};

export default defineConfig({
  plugins: [inkWrapLines],
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    pool: 'threads',
    setupFiles: ['test/setup.ts'],
    testTimeout: 20000,
    // A set-up or clean-up hook that makes or removes many folders took over the default 10 s on a
    // loaded 2-core box, and a clean-up cut short left its temporary folders in /tmp.
    hookTimeout: 30000,
    server: { deps: { inline: INK_PACKAGES } },
    reporters: report ? ['default', ['json', { outputFile: report }]] : ['default'],
  },
});
