// @ts-check
import { defineConfig } from 'astro/config';
import { sitemap } from './scripts/astro-sitemap.mjs';
import { mapPrefetch } from './scripts/astro-map-prefetch.mjs';
import { CSP_DIRECTIVES } from './scripts/security-policy.mjs';

// The public address (README: "The public address"): canonical links, the sitemap, og:url, og:image and
// embed snippets use it. Without it the build says so once and leaves out what needs an absolute address.
const SITE_URL = process.env['SITE_URL']?.trim() || undefined;
if (SITE_URL && !/^https?:\/\/[^/]+/.test(SITE_URL))
  throw new Error(`SITE_URL "${SITE_URL}" must be an absolute http(s) address, e.g. https://routes.example.org`);

export default defineConfig({
  output: 'static',
  site: SITE_URL,
  trailingSlash: 'always',
  // No inline scripts or styles: everything is a file from the site, so a header policy of 'self' suffices.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // A strict policy in every page's <meta>: scripts and styles from the site itself or by hash, never eval.
  // Hosts that can send headers get the same policy, plus framing rules, from public/_headers.
  security: { csp: { directives: CSP_DIRECTIVES } },
  // mapPrefetch writes the WebGL map chunk's hashed URLs into the code that prefetches it while the page is idle.
  integrations: [sitemap(), mapPrefetch()],
});
