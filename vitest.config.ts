import { defineConfig } from 'vitest/config';

// Unit and data tests: pure functions and the real data files, no browser.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    testTimeout: 30_000,
    // Preparing the basemap from world-atlas in a beforeAll takes seconds; on a busy two-core machine more than
    // vitest's default 10 s hook limit.
    hookTimeout: 60_000,
  },
});
