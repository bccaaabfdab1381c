// What the WebGL map fetches besides its code, and what the page may fetch for it ahead of time. The map
// (client/atlas/map.ts, also the stories' map) reads the basemap from ATLAS_MAP_DATA_URLS, and the idle
// prefetch (client/atlas/mapPrefetch.ts) fetches every file listed there: one list, so a file added to the
// map's data is prefetched too. The map's code is a 1.8 MB chunk whose hashed name exists only after the
// build: scripts/astro-map-prefetch.mjs writes it (and the chunks and files it needs) into the browser code.
import { BASEMAP_PARTS, basemapPartUrl } from './basemap.ts';

/**
 * The basemap URL the pages hand the WebGL map. The map itself fetches its parts (basemapPartUrl: land and borders
 * by MapLibre's worker, the country points by the page), so those are what is prefetched.
 */
export const ATLAS_MAP_DATA_URLS = {
  basemap: '/atlas/basemap.json',
} as const;

/** The files the WebGL map fetches when it starts (besides /atlas/data.json, which the atlas page has already). */
export function mapDataFileUrls(): string[] {
  return BASEMAP_PARTS.map((part) => basemapPartUrl(ATLAS_MAP_DATA_URLS.basemap, part));
}

/**
 * A reader at a desk: a wide screen and a mouse. There the map loads by itself once the page is idle; on a
 * phone or tablet it waits to be reached for (a tap would otherwise pay for a map the reader may not want).
 * 960 px is the width from which the atlas lays its controls beside the map (AtlasView.astro).
 */
export const DESK_MEDIA_QUERY = '(min-width: 960px) and (pointer: fine) and (hover: hover)';

/** What the page does once it is idle: load the map, fetch (not run) its code and data, or nothing. */
export type IdleMapPlan = 'load' | 'prefetch' | 'none';

export interface IdleReader {
  /** The browser can draw WebGL: without it the map never loads, so nothing is fetched for it. */
  webgl: boolean;
  /** The reader asked to save data (navigator.connection.saveData, prefers-reduced-data). */
  saveData: boolean;
  /** This page may load the map by itself: the atlas page at a desk (DESK_MEDIA_QUERY), not an embed. */
  loadOnIdle: boolean;
}

export function idleMapPlan(reader: IdleReader): IdleMapPlan {
  if (!reader.webgl || reader.saveData) return 'none';
  return reader.loadOnIdle ? 'load' : 'prefetch';
}

/**
 * The URLs in a space-separated list written by the build. Before the build has written it (the dev server,
 * unit tests) the text is a placeholder, not a path, and the list is empty: nothing is prefetched.
 */
export function builtUrlList(text: string): string[] {
  return text.split(' ').filter((url) => url.startsWith('/'));
}

export interface PrefetchLink {
  rel: 'prefetch';
  href: string;
}

/**
 * The links that fetch the map ahead of time: `prefetch`, which only puts each file in the HTTP cache. Not
 * `modulepreload` for the modules: Chromium compiles a preloaded module at once, on the main thread, and on a
 * phone at 4× CPU that compile (about 0.3 s of the tap probe's time) landed inside Lighthouse's window as blocking
 * time (mobile TBT 130 → 382 ms, score 90 → 80, medians of 8 on a busy machine): the page would pay it for every
 * reader, including those who never touch the map. Each URL once, modules first (the largest download).
 */
export function mapPrefetchLinks(moduleUrls: readonly string[], fileUrls: readonly string[]): PrefetchLink[] {
  const seen = new Set<string>();
  const links: PrefetchLink[] = [];
  const add = (rel: PrefetchLink['rel'], href: string) => {
    if (seen.has(href)) return;
    seen.add(href);
    links.push({ rel, href });
  };
  for (const url of moduleUrls) add('prefetch', url);
  for (const url of fileUrls) add('prefetch', url);
  return links;
}
