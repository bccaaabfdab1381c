// The atlas store without a browser: history, location and document are stand-ins that record what the
// store writes; the clock is vitest's fake one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AtlasState } from '../../../src/lib/atlas/state.ts';
import { createAtlasStore, URL_WRITE_INTERVAL_MS } from '../../../src/client/atlas/state.ts';

const defaults: AtlasState = {
  centerLon: 14,
  centerLat: 38,
  zoom: 3.2,
  startMonth: '2024-01',
  endMonth: '2024-12',
  compare: null,
  widthScale: null,
  layers: ['routes', 'incidents', 'measures', 'places'],
  selected: null,
};
const withStart = (startMonth: string): AtlasState => ({ ...defaults, startMonth });

let urls: string[];
beforeEach(() => {
  urls = [];
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  vi.stubGlobal('window', globalThis);
  vi.stubGlobal('location', { pathname: '/atlas/', hash: '', search: '' });
  vi.stubGlobal('history', { replaceState: (_: unknown, __: string, url: string) => urls.push(url) });
  vi.stubGlobal('document', { dispatchEvent: () => true });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('atlas store', () => {
  it('writes the URL at once, then at most every 200 ms, ending with the latest state', () => {
    // The page has been open a while (the data fetch alone takes longer than the interval).
    vi.advanceTimersByTime(1000);
    const store = createAtlasStore(defaults, defaults);
    store.commit(withStart('2020-01'));
    expect(urls).toEqual(['/atlas/?from=2020-01&to=2024-12']);
    vi.advanceTimersByTime(50);
    store.commit(withStart('2020-02'));
    vi.advanceTimersByTime(50);
    store.commit(withStart('2020-03'));
    expect(urls).toHaveLength(1);
    vi.advanceTimersByTime(URL_WRITE_INTERVAL_MS - 100 - 1);
    expect(urls).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(urls).toEqual(['/atlas/?from=2020-01&to=2024-12', '/atlas/?from=2020-03&to=2024-12']);
    // After a quiet spell the next change is written at once again.
    vi.advanceTimersByTime(1000);
    store.commit(defaults);
    expect(urls.at(-1)).toBe('/atlas/');
    expect(store.state).toEqual(defaults);
  });

  it('calls subscribers in order, each with the state as it is when its turn comes', () => {
    const store = createAtlasStore(defaults, defaults);
    const seen: string[] = [];
    // Like the details panel: a selection of a feature that does not exist is cleared at once.
    store.subscribe((state) => {
      seen.push(`first:${state.selected?.id ?? 'none'}`);
      if (state.selected?.id === 'missing') store.commit({ ...state, selected: null });
    });
    store.subscribe((state, options) => seen.push(`second:${state.selected?.id ?? 'none'}:${options.moveMap}`));
    store.commit({ ...defaults, selected: { kind: 'measure', id: 'missing' } }, { moveMap: true });
    expect(seen).toEqual(['first:missing', 'first:none', 'second:none:undefined', 'second:none:true']);
    expect(store.state.selected).toBeNull();
  });
});
