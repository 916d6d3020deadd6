import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // The UI tests render Ink into memory; keep workers modest on the 2-core CI box.
    pool: 'threads',
    testTimeout: 20000,
  },
});
