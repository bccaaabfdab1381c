// When and how the WebGL map arrives. The page starts with the static SVG map drawn at build time; the
// interactive map (map.ts: MapLibre + deck.gl, the heaviest script of the site, a 1.8 MB chunk) is imported
// when the reader reaches for it: pointer, keyboard focus or touch on the map, focus or a press on any control
// of the atlas, or a quick view. Once the page has loaded and is idle, what happens depends on the reader:
// - at a desk (a wide screen, a mouse: DESK_MEDIA_QUERY in lib/atlas/mapAssets.ts), on the atlas page, the map
//   loads by itself, so a reader at a desk does not have to hover to get it;
// - elsewhere (a phone, a tablet, an embed in someone's article) the map's code and data are only fetched
//   into the HTTP cache, not compiled or run (mapPrefetch.ts), so the text, figures and static map stay
//   responsive and a tap then waits for the map's compile and set-up, not for its download;
// - without WebGL, or when the reader asked to save data, nothing is fetched ahead.
// Without WebGL, or if the import fails, the static map stays and the status line says why.
import type { AtlasPayload } from '../../lib/atlas/payload.ts';
import { ATLAS_IDS } from '../../lib/atlas/elementIds.ts';
import { cameraForWidth } from '../../lib/atlas/views.ts';
import { byId, prefersReducedMotion } from './dom.ts';
import { DESK_MEDIA_QUERY, idleMapPlan } from '../../lib/atlas/mapAssets.ts';
import { afterLoadWhenIdle, prefetchMap, saveDataRequested } from './mapPrefetch.ts';
import type { AtlasStore } from './state.ts';
import type { AtlasState } from '../../lib/atlas/state.ts';

/** How far one arrow key moves the map. */
const KEY_PAN_PX = 100;
const KEY_PANS: Record<string, [number, number]> = {
  ArrowLeft: [-KEY_PAN_PX, 0],
  ArrowRight: [KEY_PAN_PX, 0],
  ArrowUp: [0, -KEY_PAN_PX],
  ArrowDown: [0, KEY_PAN_PX],
};
const KEY_ZOOMS: Record<string, 1 | -1> = { '+': 1, '=': 1, '-': -1, _: -1 };
/** How long after pressing a control without a click (a slider's drag) the map starts to load. */
const PRESS_FALLBACK_MS = 400;

/** What the keys need of the map (map.ts's AtlasMap; not imported, so that module stays lazy). */
interface KeyCamera {
  panByPx(dxPx: number, dyPx: number): void;
  zoomBy(delta: 1 | -1): void;
}

/**
 * The map's frame is its one tab stop: arrows pan, + and − zoom. The keys are the map's even before it has
 * loaded (focusing the frame loads it), so they never scroll the page from there.
 */
function bindMapKeys(mapArea: HTMLElement, getMap: () => KeyCamera | null): void {
  mapArea.addEventListener('keydown', (event) => {
    if (event.target !== mapArea || event.altKey || event.ctrlKey || event.metaKey) return;
    const pan = KEY_PANS[event.key];
    const zoom = KEY_ZOOMS[event.key];
    if (!pan && !zoom) return;
    event.preventDefault();
    const map = getMap();
    if (pan) map?.panByPx(...pan);
    else if (zoom) map?.zoomBy(zoom);
  });
}

function cameraChanged(a: AtlasState, b: AtlasState): boolean {
  return a.centerLon !== b.centerLon || a.centerLat !== b.centerLat || a.zoom !== b.zoom;
}

let webglAvailable: boolean | null = null;

/** Whether the browser can draw WebGL; asked once per page (a test context is made, then let go). */
export function hasWebGl(): boolean {
  if (webglAvailable !== null) return webglAvailable;
  try {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    context?.getExtension('WEBGL_lose_context')?.loseContext();
    webglAvailable = Boolean(context);
  } catch {
    webglAvailable = false;
  }
  return webglAvailable;
}

export interface MapLoaderOptions {
  /** The atlas root: its data-map says "static", "ready" or "fallback" (CSS and tests read it). */
  root: HTMLElement;
  payload: AtlasPayload;
  basemapUrl: string;
  store: AtlasStore;
}

export interface MapLoader {
  /** Loads the map once; later calls return the same promise. */
  ensureMap(): Promise<void>;
  /** Loads the map when the reader first reaches for the map or a control. */
  loadOnReach(): void;
  /** Once the page is idle: loads the map at a desk (not in an embed), else fetches it without running it. */
  loadOrPrefetchOnIdle(): void;
}

export function createMapLoader({ root, payload, basemapUrl, store }: MapLoaderOptions): MapLoader {
  const status = byId(ATLAS_IDS.mapStatus);
  let mapPromise: Promise<void> | null = null;
  let atlasMap: KeyCamera | null = null;
  bindMapKeys(byId(ATLAS_IDS.map), () => atlasMap);

  function ensureMap(): Promise<void> {
    if (mapPromise) return mapPromise;
    if (!hasWebGl()) {
      root.dataset['map'] = 'fallback';
      status.textContent =
        'This browser cannot draw the interactive map (WebGL is unavailable), so a static map of the routes and measures is shown. The figures and the table below still follow the time window.';
      mapPromise = Promise.resolve();
      return mapPromise;
    }
    status.textContent = 'Loading the interactive map…';
    mapPromise = import('./map.ts')
      .then(async ({ createAtlasMap }) => {
        // The state the map is built with; the reader may change the view while it loads (next step).
        const built = store.state;
        const map = await createAtlasMap(byId(ATLAS_IDS.mapCanvas), {
          payload,
          basemapUrl,
          state: cameraForWidth(built, byId(ATLAS_IDS.map).clientWidth),
          reducedMotion: prefersReducedMotion(),
          onPick: (picked) => {
            if (picked) store.commit({ ...store.state, selected: { kind: picked.kind, id: picked.id } });
          },
          onCameraChange: (camera) => store.commit({ ...store.state, ...camera }),
        });
        // From now on every commit reaches the map, after the controls, summary and details.
        store.subscribe((state, options) => map.update(state, options.moveMap ?? false));
        // Commits made while the map loaded (a window, compare mode, a selection, a quick view) reached no
        // map: show the state as it is now, and jump the camera only if the reader moved it meanwhile.
        if (store.state !== built) map.update(store.state, cameraChanged(built, store.state), { animate: false });
        atlasMap = map;
        root.dataset['map'] = 'ready';
        status.textContent = '';
      })
      .catch((error: unknown) => {
        root.dataset['map'] = 'fallback';
        status.textContent = `The interactive map could not be loaded (${(error as Error).message}); a static map is shown instead.`;
      });
    return mapPromise;
  }

  function loadOnReach(): void {
    const load = () => void ensureMap();
    const mapArea = byId(ATLAS_IDS.map);
    for (const type of ['pointerenter', 'focusin', 'touchstart'] as const)
      mapArea.addEventListener(type, load, { once: true });
    const controls = `#${ATLAS_IDS.root} input, #${ATLAS_IDS.root} button, #${ATLAS_IDS.brush}`;
    // A control's own response comes first: the map's code (already fetched ahead) evaluates in one long task,
    // which run between a tap's touchstart and its click would hold the button's press back. So a press loads
    // the map after its click (or, for a slider dragged without one, a little later), and focus on the next task.
    const afterPress = (control: HTMLElement) => {
      const timer = setTimeout(load, PRESS_FALLBACK_MS);
      control.addEventListener('click', () => (clearTimeout(timer), setTimeout(load, 0)), { once: true });
    };
    for (const control of document.querySelectorAll<HTMLElement>(controls)) {
      control.addEventListener('focus', () => setTimeout(load, 0), { once: true });
      control.addEventListener('pointerdown', () => afterPress(control), { once: true });
    }
  }

  function loadOrPrefetchOnIdle(): void {
    afterLoadWhenIdle(() => {
      const plan = idleMapPlan({
        webgl: hasWebGl(),
        saveData: saveDataRequested(),
        loadOnIdle: !root.classList.contains('embedded') && matchMedia(DESK_MEDIA_QUERY).matches,
      });
      root.dataset['idleMap'] = plan; // read by tests
      if (mapPromise) return; // the reader reached for it first
      if (plan === 'load') void ensureMap();
      else if (plan === 'prefetch') prefetchMap();
    });
  }

  return { ensureMap, loadOnReach, loadOrPrefetchOnIdle };
}
