import { defineConfig } from 'vitest/config';

// Unit and data tests: pure functions and the real data files, no browser.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    testTimeout: 30_000,
  },
});
