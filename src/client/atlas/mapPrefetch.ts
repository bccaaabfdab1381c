// Fetching the WebGL map ahead of time, while the page is idle, without running it: a reader who then reaches
// for the map waits for its compile and set-up, not for 1.8 MB of script to arrive. Used by the atlas
// (mapLoader.ts) and the story pages (stories/story.ts), which load the same map chunk.
import { builtUrlList, mapDataFileUrls, mapPrefetchLinks } from '../../lib/atlas/mapAssets.ts';
import { idle } from './idle.ts';

// Replaced at build time by scripts/astro-map-prefetch.mjs with the hashed URLs of the map chunk and the chunks
// it imports (modules), and of its stylesheet and MapLibre's worker (files), space-separated. Left as they
// are (dev server), they name no path and nothing is prefetched.
const MAP_MODULE_URLS = '__SR_MAP_MODULE_URLS__';
const MAP_FILE_URLS = '__SR_MAP_FILE_URLS__';

/** How long the page waits for an idle moment before it goes ahead anyway (a page that is never idle). */
const IDLE_TIMEOUT_MS = 3000;

/** Runs `run` once the page has loaded and the main thread is idle (or after IDLE_TIMEOUT_MS). */
export function afterLoadWhenIdle(run: () => void): void {
  const whenIdle = () => void idle(IDLE_TIMEOUT_MS, 200).then(run);
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}

/** The reader asked the browser to save data (Chromium's Data Saver, or the media feature where supported). */
export function saveDataRequested(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true || matchMedia('(prefers-reduced-data: reduce)').matches;
}

/** Adds the map's prefetch links to the head, once per page. */
export function prefetchMap(): void {
  const files = [...builtUrlList(MAP_FILE_URLS), ...mapDataFileUrls()];
  for (const { rel, href } of mapPrefetchLinks(builtUrlList(MAP_MODULE_URLS), files)) {
    if (document.head.querySelector(`link[href="${CSS.escape(href)}"]`)) continue;
    const link = document.createElement('link');
    link.rel = rel;
    link.href = href;
    document.head.append(link);
  }
}
