// The WebGL map: MapLibre draws the self-hosted basemap, deck.gl draws the data (interleaved). Loaded lazily
// by the controller; everything it draws comes from the layer builders in src/map/layers.ts.
import { Map as MapLibreMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer } from '@deck.gl/core';
import type { AtlasPayload, CountryLabelPoint } from '../../lib/atlas/payload.ts';
import {
  layerStateKey,
  windowMonthIndexes,
  type AtlasLayer,
  type AtlasState,
  type SelectionKind,
} from '../../lib/atlas/state.ts';
import { ZOOM_LIMITS } from '../../lib/atlas/views.ts';
import { basemapPartUrl, type Basemap } from '../../lib/atlas/basemap.ts';
import { routeWidthScale } from '../../lib/atlas/routeWidths.ts';
import { incidentAttributes, incidentsLayer, placeDotsLayer, routesLayer } from '../../map/layers.ts';
import { compareLayers } from './compareLayers.ts';
import { shownWindow } from './compareToggle.ts';
import { PALETTE, hexToRgb, type MapPalette, type Theme } from '../../map/palette.ts';
import { routeMaxDetectionsPerMonth, routesPerMonthInWindow } from '../../lib/atlas/summary.ts';
import { DECK_LAYER_ORDER, layersToHand, nextLayerToAdmit } from './layerSchedule.ts';
import { holdFrames } from './frameHold.ts';
import { idle, yieldToMain } from './idle.ts';
import { createLabelOverlay, type LabelOverlay } from './labelOverlay.ts';
import { changeLabels, measureLabels, nameLabels, type MapLabelKind, type RouteChangeLabel } from '../../map/labels.ts';

setWorkerUrl(workerUrl);

/**
 * How long the map waits for deck.gl to draw a newly admitted layer before it gives up and reports an error:
 * far beyond a slow phone's few seconds, it only keeps a broken overlay from leaving the page "loading".
 */
const LAYER_DRAW_TIMEOUT_MS = 30_000;

/** The map's HTML text a click selects and a hover describes (labelOverlay.ts). */
const PICKED_TEXT: readonly MapLabelKind[] = ['measure', 'place'];

/** `promise`, or an error saying `what` if it has not settled within `ms`. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} within ${ms / 1000} s`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

/** The part of deck.gl's Deck the map reaches past MapLibreOverlay for (setUpNow below). */
interface DeckInternals {
  layerManager?: { updateLayers(): void } | null;
}

export interface Picked {
  kind: SelectionKind;
  id: string;
}

export interface AtlasMap {
  /**
   * Shows `state`. With `moveCamera` the camera goes to its centre and zoom: a flight, unless the reader
   * prefers reduced motion or the caller asks for a jump (`animate: false`). Either one stops a running flight.
   */
  update(state: AtlasState, moveCamera: boolean, options?: { animate?: boolean }): void;
  /** Keyboard camera moves (mapLoader.ts listens on the map's one tab stop). */
  panByPx(dxPx: number, dyPx: number): void;
  zoomBy(delta: 1 | -1): void;
}

/** deck.gl's event manager (mjolnir.js) makes the canvas a tab stop whenever it attaches: undo it each time. */
function keepOutOfTabOrder(canvas: HTMLCanvasElement): void {
  canvas.tabIndex = -1;
  new MutationObserver(() => {
    if (canvas.tabIndex !== -1) canvas.tabIndex = -1;
  }).observe(canvas, { attributes: true, attributeFilter: ['tabindex'] });
}

function theme(): Theme {
  const explicit = document.documentElement.dataset['theme'];
  const dark = explicit ? explicit === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  return dark ? 'dark' : 'light';
}

/**
 * The basemap style. Land and borders go to MapLibre as absolute URLs: its worker fetches and parses them, where
 * GeoJSON objects would be parsed on the main thread and structured-cloned to the worker.
 */
function style(basemapUrl: string, p: MapPalette): StyleSpecification {
  const absolute = (part: 'land' | 'borders') => new URL(basemapPartUrl(basemapUrl, part), location.href).href;
  return {
    version: 8,
    sources: {
      land: { type: 'geojson', data: absolute('land') },
      borders: { type: 'geojson', data: absolute('borders') },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': p.sea } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': p.land } },
      { id: 'coast', type: 'line', source: 'land', paint: { 'line-color': p.coast, 'line-width': 0.6 } },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        paint: { 'line-color': p.border, 'line-width': 0.8, 'line-dasharray': [3, 2] },
      },
    ],
  };
}

export async function createAtlasMap(
  container: HTMLElement,
  options: {
    payload: AtlasPayload;
    basemapUrl: string;
    state: AtlasState;
    reducedMotion: boolean;
    onPick(picked: Picked | null): void;
    onCameraChange(camera: Pick<AtlasState, 'centerLon' | 'centerLat' | 'zoom'>): void;
  },
): Promise<AtlasMap> {
  const { payload } = options;
  // The chunk's evaluation just ran in this task: build MapLibre in the next.
  await yieldToMain();
  // Only the country label points come to the main thread (deck.gl draws them), fetched while MapLibre starts.
  const countries = fetch(basemapPartUrl(options.basemapUrl, 'countries')).then(
    (response) => response.json() as Promise<Basemap['countries']>,
  );
  // Awaited after MapLibre's load; a failure then rejects the map like any other (the static map stays).
  countries.catch(() => undefined);
  let colours = PALETTE[theme()];
  const basemapStyle = style(options.basemapUrl, colours);
  const map = new MapLibreMap({
    container,
    style: basemapStyle,
    center: [options.state.centerLon, options.state.centerLat],
    zoom: options.state.zoom,
    minZoom: ZOOM_LIMITS.minZoom,
    maxZoom: ZOOM_LIMITS.maxZoom,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    renderWorldCopies: false,
    // On touch screens one finger scrolls the page and two move the map, as map embeds in news sites do.
    cooperativeGestures: matchMedia('(pointer: coarse)').matches,
  });
  // No frame is drawn for nothing while the map is hidden: from here until deck.gl has set up every shown layer.
  const releaseFrames = holdFrames(map, Object.keys(basemapStyle.sources));
  map.touchZoomRotate.disableRotation();
  // The map's frame (#atlas-map) is its one tab stop and takes the keys; MapLibre's canvas would be a
  // second, unlabelled stop without a focus ring.
  map.keyboard.disable();
  keepOutOfTabOrder(map.getCanvas());

  // While MapLibre loads, the main thread mostly waits for its worker: the incidents' typed arrays (cached by
  // incidentAttributes) are made then, in idle time, instead of in the task that sets their layer up.
  const routeColours = payload.routes.map((r) => r.colour);
  void idle().then(() => void incidentAttributes(payload.incidents, routeColours, colours.otherIncident));

  const fixedScale = routeWidthScale(routeMaxDetectionsPerMonth(payload));
  // The country names' points, arriving beside MapLibre's start-up; the names first need them after 'load'.
  let countryPoints: CountryLabelPoint[] = [];
  // The map's text (labelOverlay.ts): names, measure marks, change labels. Made once the country points have arrived.
  let labels: LabelOverlay | null = null;
  // Set while the pointer is over a measure mark or a place name, which are HTML over the canvas: deck.gl's picking
  // does not see them.
  let overText = false;
  const measureTitles = new Map(payload.measures.map((m) => [m.id, m.title]));
  let state = options.state;

  // The layers deck.gl was last given, and who waits for a frame that draws them all loaded. Registered before
  // the overlay is added, so the first frame deck.gl draws cannot be missed.
  let handed: Layer[] = [];
  let drawWaiter: { resolve(): void; reject(error: Error): void } | null = null;

  // deck.gl's device and layer manager exist once its onLoad has run, after the overlay is added (on 'load').
  let deckLoaded = () => {};
  const deckInitialized = new Promise<void>((resolve) => (deckLoaded = resolve));
  const overlay = new MapLibreOverlay({
    interleaved: true,
    layers: [],
    onLoad: () => deckLoaded(),
    // Called after each frame deck.gl draws (in interleaved mode, after each MapLibre frame): a layer is
    // loaded once deck.gl has set it up (attributes, shaders), which happens before the frame draws it.
    onAfterRender: () => {
      if (!drawWaiter || !handed.every((layer) => layer.isLoaded)) return;
      const waiter = drawWaiter;
      drawWaiter = null;
      waiter.resolve();
    },
    onError: (error) => {
      if (drawWaiter) drawWaiter.reject(error);
      else console.error(error);
    },
    getCursor: ({ isHovering }) => (isHovering || overText ? 'pointer' : 'grab'),
    onClick: (info) => {
      // Measure marks and place names are drawn over every layer: a click on one selects it before anything under it.
      const text = labels?.at(info.x, info.y, PICKED_TEXT) ?? null;
      if (text) {
        options.onPick({ kind: text.kind === 'measure' ? 'measure' : 'place', id: text.id });
        return;
      }
      const layerId = info.layer?.id;
      if (layerId === 'incidents') options.onPick({ kind: 'incident', id: payload.incidents.id[info.index]! });
      else if (layerId === 'routes')
        options.onPick({ kind: 'route', id: (info.object as { routeId: string }).routeId });
    },
    getTooltip: (info) => {
      const text = labels?.at(info.x, info.y, PICKED_TEXT) ?? null;
      overText = text !== null;
      if (text) return text.kind === 'measure' ? (measureTitles.get(text.id) ?? null) : null;
      if (!info.layer) return null;
      if (info.layer.id === 'incidents') return `${payload.incidents.deadMissing[info.index]} dead or missing`;
      if (info.layer.id === 'routes') return (info.object as { routeId: string }).routeId.replaceAll('-', ' ');
      return null;
    },
  });

  // The layer-relevant part of the state the layers were last built for (see update below).
  // The phone's before/after toggle is not in the state but changes what the layers draw, so it is part of the key.
  const drawnKey = (s: AtlasState) => `${layerStateKey(s)}|${shownWindow()}`;
  let shownKey = drawnKey(state);

  // deck.gl layers are admitted a few per frame (layerSchedule.ts); once admitted, a layer stays, hidden or not.
  const admitted = new Set<string>();
  const on = (layer: AtlasLayer) => state.layers.includes(layer);

  /** The deck.gl layers for the state; the map's HTML text is brought up to date on the way. */
  function layers(): Layer[] {
    const [start, end] = windowMonthIndexes(state, payload.originMonth);
    const selectedIncident = state.selected?.kind === 'incident' ? payload.incidents.id.indexOf(state.selected.id) : -1;
    const perMonth = routesPerMonthInWindow(payload, start, end);
    // Compare mode: the reference window's routes and incidents under the current ones, rings and labels above,
    // scheduled like the others (layerSchedule.ts).
    const center = map.getCenter();
    const camera = { centerLon: center.lng, centerLat: center.lat, zoom: map.getZoom() };
    const compare = compareLayers(payload, state, perMonth, fixedScale, colours, camera, countryPoints);
    container.dataset['changeLabels'] = compare.labelTexts;
    container.dataset['compareShown'] = compare.shown;
    showText(start, end, compare.changeLabels);
    const builders: Record<string, () => Layer[]> = {
      ...Object.fromEntries(Object.entries(compare.layers).map(([id, list]) => [id, () => list])),
      routes: () => [
        routesLayer(payload, {
          visible: on('routes'),
          perMonth: compare.routesPerMonth,
          scale: compare.scale,
          selectedRouteId: state.selected?.kind === 'route' ? state.selected.id : null,
          highlightedRouteIds: state.highlight?.routes ?? [],
        }),
      ],
      incidents: () => [
        incidentsLayer(payload.incidents, {
          startIndex: compare.incidentsWindow[0],
          endIndex: compare.incidentsWindow[1],
          visible: on('incidents'),
          routeColours,
          otherColour: colours.otherIncident,
          selectedIndex: selectedIncident >= 0 ? selectedIncident : null,
        }),
      ],
      'places-dots': () => [placeDotsLayer(payload.places, { visible: on('places'), colour: hexToRgb(colours.text) })],
    };
    return layersToHand(DECK_LAYER_ORDER, admitted, state.compare !== null).flatMap((id) => builders[id]!());
  }

  /** Marks of the measures started by the window's end, and compare mode's change labels; kinds switched off hidden. */
  function showText(start: number, end: number, change: RouteChangeLabel[]): void {
    if (!labels) return;
    labels.set(
      'measure',
      measureLabels(payload.measures, {
        startIndex: start,
        endIndex: end,
        selectedId: state.selected?.kind === 'measure' ? state.selected.id : null,
        highlightedIds: state.highlight?.measures ?? [],
      }),
    );
    labels.set('change', changeLabels(change));
    const hidden: MapLabelKind[] = [];
    if (!on('places')) hidden.push('place');
    if (!on('measures')) hidden.push('measure');
    if (!on('routes')) hidden.push('change');
    labels.hide(hidden);
  }

  function show(): void {
    handed = layers();
    overlay.setProps({ layers: handed });
  }

  /**
   * Sets the layers just handed to deck.gl up now, in this task. deck.gl would do it in its next animation frame,
   * with MapLibre's draw in the same task; and once every layer is set up, one frame draws them all.
   */
  function setUpNow(): void {
    (overlay as unknown as { _deck?: DeckInternals })._deck?.layerManager?.updateLayers();
  }

  /** Resolves after the first frame deck.gl draws with every layer it was given loaded. */
  function loadedDraw(): Promise<void> {
    const drawn = new Promise<void>((resolve, reject) => (drawWaiter = { resolve, reject }));
    map.triggerRepaint();
    return within(drawn, LAYER_DRAW_TIMEOUT_MS, 'deck.gl drew no frame').finally(() => (drawWaiter = null));
  }

  // Admits the shown layers that deck.gl does not have yet, one per task (layerSchedule.ts), then draws them all in
  // one frame; visible ones only.
  let admitting: Promise<void> | null = null;
  function admitShownLayers(): Promise<void> {
    admitting ??= (async () => {
      try {
        await within(deckInitialized, LAYER_DRAW_TIMEOUT_MS, 'deck.gl did not start');
        const next = () => nextLayerToAdmit(DECK_LAYER_ORDER, state.layers, admitted, state.compare !== null);
        let added = false;
        for (let id = next(); id !== null; id = next()) {
          await yieldToMain();
          admitted.add(id);
          show();
          setUpNow();
          added = true;
        }
        if (!added) return;
        releaseFrames();
        await loadedDraw();
      } finally {
        releaseFrames();
        admitting = null;
      }
    })();
    return admitting;
  }

  await new Promise<void>((done) => map.once('load', () => done()));
  const basemapDrawn = new Promise<void>((done) => map.once('idle', () => done()));
  // 'load' fires inside MapLibre's frame, a long task on a phone: the text and deck.gl's start come in the next.
  await yieldToMain();
  countryPoints = (await countries).features.map((f) => ({
    name: f.properties.name,
    lon: f.geometry.coordinates[0]!,
    lat: f.geometry.coordinates[1]!,
  }));
  // Hidden with the canvas until the map is ready (AtlasView.astro), and shown with it. The names never change; the
  // marks and change labels follow the state with the layers (showText).
  labels = createLabelOverlay(map, colours);
  const names = nameLabels(payload.places, countryPoints, payload.countryLabelMinZoom);
  for (const kind of ['country', 'place'] as const) {
    const ofKind = names.filter((label) => label.kind === kind);
    labels.set(kind, ofKind);
  }
  show();
  map.addControl(overlay);
  // The map is ready when MapLibre has drawn the basemap and deck.gl every shown layer: deck.gl sets its
  // layers up in frames after MapLibre first goes idle, and the reader waits for them too.
  await Promise.all([basemapDrawn, admitShownLayers()]);

  map.on('moveend', () => {
    const center = map.getCenter();
    options.onCameraChange({ centerLon: center.lng, centerLat: center.lat, zoom: map.getZoom() });
    // The change labels are placed for the view in the frame: again once the view settles, never per frame.
    if (state.compare) show();
  });

  // Follow theme changes (toggle or system) without reloading the map.
  const retheme = () => {
    colours = PALETTE[theme()];
    map.setPaintProperty('sea', 'background-color', colours.sea);
    map.setPaintProperty('land', 'fill-color', colours.land);
    map.setPaintProperty('coast', 'line-color', colours.coast);
    map.setPaintProperty('borders', 'line-color', colours.border);
    labels?.setColours(colours);
    show();
  };
  new MutationObserver(retheme).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme'],
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', retheme);

  container.dataset['ready'] = 'true';
  // Read by the benchmark: time from first paint to a usable map.
  performance.mark('atlas-map-ready');

  const animate = !options.reducedMotion;
  return {
    panByPx: (dxPx, dyPx) => void map.panBy([dxPx, dyPx], { animate, duration: 300 }),
    zoomBy: (delta) => void (delta > 0 ? map.zoomIn({ animate }) : map.zoomOut({ animate })),
    update(next, moveCamera, updateOptions = {}) {
      state = next;
      // A camera-only change leaves the layers as they are: deck.gl would diff every layer for nothing. The theme
      // and newly admitted layers rebuild them on their own (show() above).
      const key = drawnKey(next);
      if (key !== shownKey) {
        shownKey = key;
        show();
      }
      // A layer switched on for the first time is set up now, in frames of its own.
      void admitShownLayers().catch((error: unknown) => console.error(error));
      if (moveCamera) {
        const target = { center: [next.centerLon, next.centerLat] as [number, number], zoom: next.zoom };
        if (options.reducedMotion || updateOptions.animate === false) map.jumpTo(target);
        else map.flyTo({ ...target, duration: 1200 });
      }
    },
  };
}
