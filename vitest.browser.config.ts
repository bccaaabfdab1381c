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
    // A poll that passes returns as soon as it does; the default 1 s was too short for a page's response while a
    // map sets itself up on a loaded 2-core machine (two clean-clone CI runs failed that way, never locally).
    expect: { poll: { timeout: 5_000 } },
    fileParallelism: false,
  },
});
