// The map loader without a browser: the page's elements, WebGL and media queries are stand-ins, and map.ts
// (MapLibre + deck.gl) is replaced by a map that records what it is shown, created when the test says so.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AtlasState } from '../../../src/lib/atlas/state.ts';
import type { AtlasPayload } from '../../../src/lib/atlas/payload.ts';
import type { AtlasStore, Subscriber } from '../../../src/client/atlas/state.ts';
import { createMapLoader } from '../../../src/client/atlas/mapLoader.ts';

interface Shown {
  built: AtlasState;
  updates: { state: AtlasState; moveCamera: boolean }[];
}
let finishMap: () => void;
let shown: Shown;
vi.mock('../../../src/client/atlas/map.ts', () => ({
  createAtlasMap: (_: unknown, options: { state: AtlasState }) => {
    shown = { built: options.state, updates: [] };
    return new Promise((resolve) => {
      finishMap = () =>
        resolve({
          update: (state: AtlasState, moveCamera: boolean) => shown.updates.push({ state, moveCamera }),
          panByPx: () => {},
          zoomBy: () => {},
        });
    });
  },
}));

const defaults: AtlasState = {
  centerLon: 20,
  centerLat: 40,
  zoom: 4,
  startMonth: '2016-01',
  endMonth: '2016-12',
  compare: null,
  widthScale: null,
  layers: ['routes', 'incidents', 'measures', 'places'],
  selected: null,
};

function fakeStore(initial: AtlasState): AtlasStore {
  let state = initial;
  const subscribers: Subscriber[] = [];
  return {
    get state() {
      return state;
    },
    commit(next, options = {}) {
      state = next;
      for (const s of subscribers) s(state, options);
    },
    subscribe: (s) => void subscribers.push(s),
  };
}

function element(): HTMLElement {
  return { dataset: {}, textContent: '', clientWidth: 900, addEventListener: () => {} } as unknown as HTMLElement;
}

/** Lets the loader's promise chain run up to the map's creation (the dynamic import takes a few turns). */
async function untilMapRequested(): Promise<void> {
  await vi.waitFor(() => expect(finishMap).toBeDefined());
}

beforeEach(() => {
  finishMap = undefined as unknown as () => void;
  const elements = new Map<string, HTMLElement>();
  vi.stubGlobal('document', {
    getElementById: (id: string) => elements.get(id) ?? elements.set(id, element()).get(id),
    createElement: () => ({ getContext: () => ({ getExtension: () => null }) }),
    querySelectorAll: () => [],
  });
  vi.stubGlobal('matchMedia', () => ({ matches: false }));
});
afterEach(() => vi.unstubAllGlobals());

describe('createMapLoader', () => {
  it('shows the state current when the map is ready, not the one it was built with', async () => {
    const store = fakeStore(defaults);
    const loader = createMapLoader({ root: element(), payload: {} as AtlasPayload, basemapUrl: '/b.json', store });
    const ready = loader.ensureMap();
    await untilMapRequested();
    // While the map loads, the reader changes the window, turns compare on and selects a route.
    store.commit({ ...store.state, startMonth: '2016-04', endMonth: '2017-03' });
    store.commit({ ...store.state, compare: { startMonth: '2015-04', endMonth: '2016-03' } });
    store.commit({ ...store.state, selected: { kind: 'route', id: 'central-mediterranean' } });
    finishMap();
    await ready;
    expect(shown.built.startMonth).toBe('2016-01');
    expect(shown.updates.at(-1)).toEqual({ state: store.state, moveCamera: false });
  });

  it('moves the camera only when the reader moved it while the map loaded', async () => {
    const store = fakeStore(defaults);
    const loader = createMapLoader({ root: element(), payload: {} as AtlasPayload, basemapUrl: '/b.json', store });
    const ready = loader.ensureMap();
    await untilMapRequested();
    store.commit({ ...store.state, centerLon: 11, centerLat: 22, zoom: 5 }, { moveMap: true });
    finishMap();
    await ready;
    expect(shown.updates.at(-1)).toEqual({ state: store.state, moveCamera: true });
  });

  it('updates nothing when the view did not change while loading, and follows every later commit', async () => {
    const store = fakeStore(defaults);
    const loader = createMapLoader({ root: element(), payload: {} as AtlasPayload, basemapUrl: '/b.json', store });
    const ready = loader.ensureMap();
    await untilMapRequested();
    finishMap();
    await ready;
    expect(shown.updates).toEqual([]);
    store.commit({ ...store.state, endMonth: '2016-06' });
    expect(shown.updates).toEqual([{ state: store.state, moveCamera: false }]);
  });
});
