import { defineConfig } from 'vitest/config';

// Under CI, a JSON report beside the usual output lets .ci/run count results itself.
const report = process.env.DOCFLOW_REPORT;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    pool: 'threads',
    setupFiles: ['test/setup.ts'],
    testTimeout: 20000,
    reporters: report ? ['default', ['json', { outputFile: report }]] : ['default'],
  },
});
