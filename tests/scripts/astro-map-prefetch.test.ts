// The build step that writes the map chunk's hashed URLs into the prefetching code (scripts/astro-map-prefetch.mjs).
import { describe, expect, it } from 'vitest';
import { MAP_MODULE, mapUrls } from '../../scripts/astro-map-prefetch.mjs';

const chunk = (
  fileName: string,
  moduleIds: string[],
  imports: string[],
  meta: { css?: string[]; assets?: string[] } = {},
) => ({
  type: 'chunk' as const,
  fileName,
  code: '',
  imports,
  moduleIds,
  viteMetadata: { importedCss: new Set(meta.css ?? []), importedAssets: new Set(meta.assets ?? []) },
});

describe('mapUrls', () => {
  it('lists the map chunk and its static imports (once each), with their stylesheets and assets', () => {
    const bundle = {
      '_astro/page.js': chunk('_astro/page.js', ['/repo/src/client/atlas/controller.ts'], ['_astro/shared.js']),
      '_astro/map.A1.js': chunk('_astro/map.A1.js', [`/repo${MAP_MODULE}`], ['_astro/gpu.B2.js', '_astro/shared.js'], {
        css: ['_astro/map.C3.css'],
        assets: ['_astro/maplibre-gl-worker.D4.mjs'],
      }),
      '_astro/gpu.B2.js': chunk('_astro/gpu.B2.js', ['/repo/node_modules/@luma.gl/x.js'], ['_astro/shared.js']),
      '_astro/shared.js': chunk('_astro/shared.js', ['/repo/src/lib/time/months.ts'], []),
      '_astro/unrelated.js': chunk('_astro/unrelated.js', ['/repo/src/client/timelines/x.ts'], []),
      '_astro/map.C3.css': { type: 'asset' as const, fileName: '_astro/map.C3.css' },
    };
    expect(mapUrls(bundle, '/')).toEqual({
      modules: ['/_astro/map.A1.js', '/_astro/gpu.B2.js', '/_astro/shared.js'],
      files: ['/_astro/map.C3.css', '/_astro/maplibre-gl-worker.D4.mjs'],
    });
  });
  it('is null for a bundle without the map (the server build)', () => {
    expect(mapUrls({ 'a.js': chunk('a.js', ['/repo/src/pages/index.astro'], []) }, '/')).toBeNull();
  });
});
