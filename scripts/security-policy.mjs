// The Content-Security-Policy of the site, shared by astro.config.mjs (the <meta> tag) and the _headers
// file for hosts. Astro adds script-src and style-src with the hashes of what it bundles.
/** @type {import('astro').AstroUserConfig extends { security?: { csp?: infer C } } ? Exclude<C, boolean | undefined> extends { directives?: infer D } ? NonNullable<D> : never : never} */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // MapLibre runs its worker from a file the site serves.
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Pages meant to be embedded in other sites; every other page refuses to be framed. */
export const EMBEDDABLE_PATHS = ['/embed/*'];
