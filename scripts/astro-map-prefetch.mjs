// Writes the hashed URLs of the WebGL map's code into the browser code that prefetches it
// (src/client/atlas/mapPrefetch.ts), so a page can fetch the map while idle without compiling or running it.
// The map chunk's name exists only once Vite has bundled, so this runs in the client bundle's generateBundle:
// it finds the chunk holding src/client/atlas/map.ts, follows its static imports (the chunks the browser
// needs before map.ts can run), collects their stylesheets and assets (MapLibre's worker), and replaces the
// two placeholders with space-separated URLs. A bundle holding the placeholders but no map chunk fails the
// build: the prefetch must not silently stop.

export const MAP_MODULE = '/src/client/atlas/map.ts';
export const MODULES_PLACEHOLDER = '__SR_MAP_MODULE_URLS__';
export const FILES_PLACEHOLDER = '__SR_MAP_FILE_URLS__';

/**
 * @typedef {{ type: 'chunk', fileName: string, code: string, imports: string[], moduleIds?: string[],
 *   modules?: Record<string, unknown>, viteMetadata?: { importedCss?: Set<string>, importedAssets?: Set<string> } }} Chunk
 * @typedef {Chunk | { type: 'asset', fileName: string }} Output
 */

/**
 * The map's URLs in a bundle: the chunk holding MAP_MODULE and its static imports, depth first (modules),
 * and their stylesheets and assets (files). Null when the bundle has no map chunk.
 * @param {Record<string, Output>} bundle
 * @param {string} base the site's base path, ending in "/"
 * @returns {{ modules: string[], files: string[] } | null}
 */
export function mapUrls(bundle, base) {
  const chunks = /** @type {Chunk[]} */ (Object.values(bundle).filter((output) => output.type === 'chunk'));
  const holds = (/** @type {Chunk} */ chunk) =>
    (chunk.moduleIds ?? Object.keys(chunk.modules ?? {})).some((id) => id.replaceAll('\\', '/').endsWith(MAP_MODULE));
  const map = chunks.find(holds);
  if (!map) return null;
  /** @type {string[]} */
  const modules = [];
  /** @type {Set<string>} */
  const files = new Set();
  const visit = (/** @type {string} */ fileName) => {
    if (modules.includes(fileName)) return;
    const chunk = /** @type {Chunk | undefined} */ (bundle[fileName]);
    if (!chunk || chunk.type !== 'chunk') return;
    modules.push(fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
    for (const asset of chunk.viteMetadata?.importedAssets ?? []) files.add(asset);
    for (const imported of chunk.imports) visit(imported);
  };
  visit(map.fileName);
  return { modules: modules.map((f) => base + f), files: [...files].map((f) => base + f) };
}

/** @returns {import('astro').AstroIntegration} */
export function mapPrefetch() {
  return {
    name: 'shifting-routes-map-prefetch',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        /** @type {string} */
        let base = '/';
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'shifting-routes-map-prefetch',
                apply: 'build',
                configResolved(/** @type {{ base: string }} */ config) {
                  base = config.base.endsWith('/') ? config.base : `${config.base}/`;
                },
                generateBundle(/** @type {unknown} */ _options, /** @type {Record<string, Output>} */ bundle) {
                  const holders = /** @type {Chunk[]} */ (Object.values(bundle)).filter(
                    (output) => output.type === 'chunk' && output.code.includes(MODULES_PLACEHOLDER),
                  );
                  if (!holders.length) return;
                  const urls = mapUrls(bundle, base);
                  if (!urls)
                    throw new Error(
                      `map prefetch: ${holders.map((c) => c.fileName).join(', ')} would prefetch the map, but this bundle has no chunk holding ${MAP_MODULE}`,
                    );
                  for (const chunk of holders)
                    chunk.code = chunk.code
                      .replaceAll(MODULES_PLACEHOLDER, urls.modules.join(' '))
                      .replaceAll(FILES_PLACEHOLDER, urls.files.join(' '));
                },
              },
            ],
          },
        });
      },
    },
  };
}
