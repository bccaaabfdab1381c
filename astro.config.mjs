// @ts-check
import { defineConfig } from 'astro/config';
import { sitemap } from './scripts/astro-sitemap.mjs';
import { CSP_DIRECTIVES } from './scripts/security-policy.mjs';

export default defineConfig({
  output: 'static',
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  // No inline scripts or styles: everything is a file from the site, so a header policy of 'self' suffices.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // A strict policy in every page's <meta>: scripts and styles from the site itself or by hash, never eval.
  // Hosts that can send headers get the same policy, plus framing rules, from public/_headers.
  security: { csp: { directives: CSP_DIRECTIVES } },
  integrations: [sitemap()],
});
