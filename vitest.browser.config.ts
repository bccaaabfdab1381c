import { defineConfig } from 'vitest/config';

// Browser tests: the built site in dist/, served locally, driven in headless Chromium.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/setup/global.ts'],
    // Software WebGL on two cores can take tens of seconds to start a map when the machine is busy; a test
    // waits up to 60 s for the map itself, and gets room beyond that to report what it was waiting for.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
