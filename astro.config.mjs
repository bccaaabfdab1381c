// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Everything is served by the site itself: no prefetch of other hosts, no telemetry in pages.
  devToolbar: { enabled: false },
});
