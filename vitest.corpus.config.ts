import { defineConfig } from 'vitest/config';

// The full-corpus sweep: separate from `npm test`, which must pass where ../shared is absent.
const report = process.env.DOCFLOW_REPORT;

export default defineConfig({
  test: {
    include: ['test/corpus/*.sweep.ts'],
    pool: 'threads',
    setupFiles: ['test/setup.ts'],
    testTimeout: 60000,
    reporters: report ? ['default', ['json', { outputFile: report }]] : ['default'],
  },
});
