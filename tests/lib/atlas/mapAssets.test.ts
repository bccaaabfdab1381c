// What the page fetches ahead for the WebGL map, and when it loads the map by itself.
import { describe, expect, it } from 'vitest';
import {
  ATLAS_MAP_DATA_URLS,
  DESK_MEDIA_QUERY,
  builtUrlList,
  idleMapPlan,
  mapDataFileUrls,
  mapPrefetchLinks,
} from '../../../src/lib/atlas/mapAssets.ts';
import { BASEMAP_PARTS, basemapPartUrl } from '../../../src/lib/atlas/basemap.ts';

describe('idleMapPlan', () => {
  const reader = { webgl: true, saveData: false, loadOnIdle: false };
  it('fetches the map without running it by default, and loads it where the page may (a desk)', () => {
    expect(idleMapPlan(reader)).toBe('prefetch');
    expect(idleMapPlan({ ...reader, loadOnIdle: true })).toBe('load');
  });
  it('fetches nothing without WebGL or when the reader saves data, even at a desk', () => {
    for (const loadOnIdle of [false, true]) {
      expect(idleMapPlan({ ...reader, loadOnIdle, webgl: false })).toBe('none');
      expect(idleMapPlan({ ...reader, loadOnIdle, saveData: true })).toBe('none');
    }
  });
});

describe('the desk media query', () => {
  it('asks for a wide screen, a fine pointer and hover together', () => {
    expect(DESK_MEDIA_QUERY).toMatch(/\(min-width: \d+px\) and \(pointer: fine\) and \(hover: hover\)/);
  });
});

describe('builtUrlList', () => {
  it('reads the space-separated paths written by the build', () => {
    expect(builtUrlList('/_astro/map.A1.js /_astro/gpu.B2.js')).toEqual(['/_astro/map.A1.js', '/_astro/gpu.B2.js']);
  });
  it('is empty while the text is still the placeholder (dev server, tests) or empty', () => {
    expect(builtUrlList('__SR_MAP_MODULE_URLS__')).toEqual([]);
    expect(builtUrlList('')).toEqual([]);
  });
});

describe('mapPrefetchLinks', () => {
  it('prefetches (never preloads: no compile while idle) each URL once, modules first', () => {
    const links = mapPrefetchLinks(
      ['/_astro/map.A1.js', '/_astro/gpu.B2.js', '/_astro/map.A1.js'],
      ['/_astro/map.C3.css', '/_astro/maplibre-gl-worker.D4.mjs', ...mapDataFileUrls()],
    );
    expect(links).toEqual([
      { rel: 'prefetch', href: '/_astro/map.A1.js' },
      { rel: 'prefetch', href: '/_astro/gpu.B2.js' },
      { rel: 'prefetch', href: '/_astro/map.C3.css' },
      { rel: 'prefetch', href: '/_astro/maplibre-gl-worker.D4.mjs' },
      { rel: 'prefetch', href: '/atlas/basemap-land.json' },
      { rel: 'prefetch', href: '/atlas/basemap-borders.json' },
      { rel: 'prefetch', href: '/atlas/basemap-countries.json' },
    ]);
  });
  it('the map data it prefetches are the files the map fetches, which the site builds', () => {
    expect(mapDataFileUrls()).toEqual(BASEMAP_PARTS.map((part) => basemapPartUrl(ATLAS_MAP_DATA_URLS.basemap, part)));
    for (const url of mapDataFileUrls()) expect(url).toMatch(/^\/atlas\/[\w-]+\.json$/);
  });
});
