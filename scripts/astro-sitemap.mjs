// Writes dist/sitemap.xml from the pages Astro actually built, so every page — including ones added
// later — is listed without anyone keeping a list. The browser gate crawls exactly this file. It also
// writes dist/_headers with the security policy for hosts that read such a file.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CSP_DIRECTIVES, EMBEDDABLE_PATHS } from './security-policy.mjs';

/** @returns {import('astro').AstroIntegration} */
export function sitemap() {
  /** @type {string | null} The public address (SITE_URL); null when the build has none. */
  let site = null;
  return {
    name: 'shifting-routes-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? config.site.replace(/\/$/, '') : null;
      },
      'astro:build:start': ({ logger }) => {
        if (!site)
          logger.warn(
            'SITE_URL is not set: canonical links, og:url and og:image are left out and sitemap.xml lists paths only. Set SITE_URL to the public address (README).',
          );
      },
      'astro:build:done': ({ dir, pages }) => {
        const paths = pages
          .map((p) => `/${p.pathname}`)
          .filter((p) => p.endsWith('/') && p !== '/404/')
          .sort();
        const xml = [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
          // Without a public address the locations stay paths: never a made-up or local host.
          ...paths.map((p) => `  <url><loc>${site ?? ''}${p}</loc></url>`),
          '</urlset>',
          '',
        ].join('\n');
        const out = fileURLToPath(dir);
        writeFileSync(`${out}sitemap.xml`, xml);
        // The policy as a header: the same directives as the <meta> tag (script hashes stay in the meta
        // tag of each page), plus framing rules a <meta> tag cannot carry.
        // The build inlines no script or style, so 'self' covers them in a header.
        const policy = [...CSP_DIRECTIVES, "script-src 'self'", "style-src 'self'"].join('; ');
        const headers = [
          `/*\n  Content-Security-Policy: ${policy}; frame-ancestors 'none'\n  X-Frame-Options: DENY\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n`,
          // Embeddable pages drop the framing ban set above ("! Name" detaches a header on hosts that support it).
          ...EMBEDDABLE_PATHS.map(
            (p) =>
              `${p}\n  ! Content-Security-Policy\n  ! X-Frame-Options\n  Content-Security-Policy: ${policy}; frame-ancestors *\n`,
          ),
        ].join('\n');
        writeFileSync(`${out}_headers`, headers);
      },
    },
  };
}
