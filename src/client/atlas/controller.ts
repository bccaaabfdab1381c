// The atlas page in the browser: reads the view state from the URL, fetches the atlas data, and wires the
// store (state.ts), the controls (controls.ts), the summary (summary.ts) and the details panel (details.ts).
// The WebGL map: mapLoader.ts imports it when the reader first points at, tabs to or touches the map, or
// focuses or presses a control, and, once the page is idle, loads it at a desk or only fetches it elsewhere;
// until then (and without WebGL) the static map shows.
import type { AtlasPayload } from '../../lib/atlas/payload.ts';
import { parseAtlasState, type AtlasLimits, type AtlasState } from '../../lib/atlas/state.ts';
import { ATLAS_IDS } from '../../lib/atlas/elementIds.ts';
import { byId } from './dom.ts';
import { createAtlasStore } from './state.ts';
import { initControls } from './controls.ts';
import { createDetailsPanel } from './details.ts';
import { renderSummary } from './summary.ts';
import { createMapLoader } from './mapLoader.ts';
import { payloadMonthIndex } from './monthIndex.ts';
import { createAnnouncer } from './announcer.ts';
import { createFeatureList } from './featureList.ts';
import { initCompareToggle } from './compareToggle.ts';
import { createStaticMap } from './staticView.ts';
import type { StaticCompareIndex, StaticViewIndex } from '../../lib/atlas/staticViews.ts';
import { DRAWING_REQUEST_EVENT, type DrawingRequestDetail } from '../share/drawingRequest.ts';

/** The page's config, written into the root's data-config by AtlasView.astro. */
export interface AtlasConfig {
  /** The atlas page: links copied from an embed point to it, not to the embed. */
  sharePath: string;
  defaults: AtlasState;
  limits: AtlasLimits;
  dataUrl: string;
  detailsUrl: string;
  basemapUrl: string;
  /** The static maps drawn at build time (src/pages/atlas/static/). */
  staticViews: StaticViewIndex;
  /** The comparisons drawn at build time (src/pages/atlas/static/compare/): measure ids by windows. */
  staticCompare: StaticCompareIndex;
}

export async function startAtlas(root: HTMLElement): Promise<void> {
  const config = JSON.parse(root.dataset['config'] ?? '{}') as AtlasConfig;
  // The map and the timeline become keyboard stops, with labels that promise interaction, only now that a
  // script drives them: without JavaScript they are pictures and say so.
  for (const el of root.querySelectorAll<HTMLElement>('[data-interactive-label]')) {
    el.tabIndex = 0;
    el.setAttribute('aria-label', el.dataset['interactiveLabel']!);
  }
  // A reader may reach for the map while the data are still on their way: remember it, so the map loads
  // then rather than on a second reach (the pointer is already over the map and will not enter it again).
  let reachedEarly = false;
  const noteReach = () => (reachedEarly = true);
  for (const type of ['pointerenter', 'focusin', 'touchstart'] as const)
    byId(ATLAS_IDS.map).addEventListener(type, noteReach, { once: true, passive: true });
  const store = createAtlasStore(parseAtlasState(location.search, config.defaults, config.limits), config.defaults);
  // The first paint is the view in the address: its static pictures are asked for before the data.
  const showStatic = createStaticMap(config.staticViews, config.staticCompare);
  void showStatic(store.state);
  const payload = (await (await fetch(config.dataUrl)).json()) as AtlasPayload;
  const months = payloadMonthIndex(payload);
  const mapLoader = createMapLoader({ root, payload, basemapUrl: config.basemapUrl, store });
  const announcer = createAnnouncer();
  // The image download draws the view itself (the static map shows pictures of the nearest view drawn).
  root.addEventListener(DRAWING_REQUEST_EVENT, (event) => {
    (event as CustomEvent<DrawingRequestDetail>).detail.provide(
      import('./exportMap.ts').then((m) => m.atlasDrawing(payload, store.state, config.basemapUrl)),
    );
  });

  const controls = initControls({
    store,
    months,
    limits: config.limits,
    sharePath: config.sharePath,
    refresh: () => render(store.state),
    loadMap: () => void mapLoader.ensureMap(),
    onPlayChange: (playing) => announcer.playing(playing, store.state),
  });
  const details = createDetailsPanel(byId(ATLAS_IDS.details), {
    payload,
    detailsUrl: config.detailsUrl,
    months,
    store,
  });
  const features = createFeatureList(payload, store);
  const compareToggle = initCompareToggle(store, () => void mapLoader.ensureMap());
  function render(state: AtlasState) {
    controls.render(state);
    compareToggle.render(state);
    renderSummary(payload, state);
    details.render(state);
    features.render(state);
    announcer.changed(state);
  }
  store.subscribe(render);
  // Until the WebGL map is there (or where it cannot be), the static pictures follow the view.
  store.subscribe((state) => {
    if (root.dataset['map'] !== 'ready') void showStatic(state);
  });

  render(store.state);
  mapLoader.loadOnReach();
  if (reachedEarly) void mapLoader.ensureMap();
  mapLoader.loadOrPrefetchOnIdle();
}
