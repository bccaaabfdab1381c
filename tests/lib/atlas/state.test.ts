import { describe, expect, it } from 'vitest';
import {
  layerStateKey,
  normalizeCamera,
  parseAtlasState,
  serializeAtlasState,
  type AtlasState,
} from '../../../src/lib/atlas/state.ts';

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
const limits = { firstMonth: '2009-01', lastMonth: '2026-05', minZoom: 2, maxZoom: 10 };
const parse = (search: string) => parseAtlasState(search, defaults, limits);

describe('atlas URL state', () => {
  it('defaults serialize to an empty query string', () => {
    expect(serializeAtlasState(defaults, defaults)).toBe('');
    expect(parse('')).toEqual(defaults);
  });

  it('round-trips a full state', () => {
    const state: AtlasState = {
      centerLon: 25.8123,
      centerLat: 38.6,
      zoom: 5.9,
      startMonth: '2016-04',
      endMonth: '2017-03',
      compare: null,
      widthScale: null,
      layers: ['routes', 'measures'],
      selected: { kind: 'incident', id: '2016.MMP00134150,2016.MMP00134151' },
    };
    const search = serializeAtlasState(state, defaults);
    expect(search).toBe(
      '?c=25.8123,38.6,5.9&from=2016-04&to=2017-03&layers=routes,measures&sel=incident:2016.MMP00134150,2016.MMP00134151',
    );
    expect(parse(search)).toEqual(state);
  });

  it('round-trips random valid states (camera rounded as the URL rounds it)', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const layerSets = [
      [],
      ['routes'],
      ['incidents', 'places'],
      ['routes', 'incidents', 'measures', 'places'],
    ] as AtlasState['layers'][];
    for (let i = 0; i < 200; i++) {
      const a = Math.floor(rand() * 209);
      const b = a + Math.floor(rand() * (209 - a));
      const month = (n: number) => `${2009 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
      const state = normalizeCamera({
        centerLon: rand() * 360 - 180,
        centerLat: rand() * 170 - 85,
        zoom: 2 + rand() * 8,
        startMonth: month(a),
        endMonth: month(b),
        compare: rand() < 0.5 ? { startMonth: month(Math.floor(a / 2)), endMonth: month(a) } : null,
        widthScale: ([null, 'fixed', 'fitted'] as const)[Math.floor(rand() * 3)]!,
        layers: layerSets[i % 4]!,
        selected: i % 3 === 0 ? { kind: 'measure', id: `m-${i}` } : null,
      });
      expect(parse(serializeAtlasState(state, defaults))).toEqual(state);
    }
  });

  it('an explicit empty layer list survives as "none"', () => {
    expect(parse(serializeAtlasState({ ...defaults, layers: [] }, defaults)).layers).toEqual([]);
  });

  it('falls back parameter by parameter on garbage', () => {
    const state = parse('?c=999,12,4&from=2016-13&to=2025-03&layers=foo,routes&sel=measure:<script>');
    expect(state).toEqual({ ...defaults, endMonth: '2025-03', layers: ['routes'] });
    // A valid end before the default start would reverse the window: the whole window falls back.
    expect(parse('?from=garbage&to=2017-03')).toEqual(defaults);
  });

  it('ignores windows outside the data, reversed windows and hostile values', () => {
    for (const search of [
      '?from=2001-01&to=2030-01',
      '?from=2017-03&to=2016-04',
      '?c=1e308,1e308,1e308',
      '?c=NaN,NaN,NaN',
      '?c=10,10,99',
      '?layers=',
      '?sel=incident:',
      '?sel=nothing',
      '?sel=incident:"onmouseover=alert(1)',
      `?from=${'9'.repeat(5000)}`,
      '%E0%A4%A',
      '?c=%00,%00,%00&from=%F0%9F%92%A5',
    ]) {
      expect(parse(search), search).toEqual(defaults);
    }
  });

  it('survives random garbage without throwing', () => {
    let seed = 42;
    const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const alphabet = '?&=,:%-.0123456789abcdefxyzcfromtolayerssel<>"\'/\\ 😀\u0000';
    for (let i = 0; i < 500; i++) {
      let search = '';
      const length = Math.floor(rand() * 80);
      for (let j = 0; j < length; j++) search += alphabet[Math.floor(rand() * alphabet.length)];
      const state = parse(search);
      expect(state.startMonth <= state.endMonth).toBe(true);
      expect(state.zoom).toBeGreaterThanOrEqual(2);
      expect(state.zoom).toBeLessThanOrEqual(10);
    }
  });
});

describe('layerStateKey', () => {
  it('ignores the camera and changes with anything the layers draw, highlights included', () => {
    const key = layerStateKey(defaults);
    expect(layerStateKey({ ...defaults, centerLon: defaults.centerLon + 3, zoom: defaults.zoom + 1 })).toBe(key);
    expect(layerStateKey({ ...defaults, endMonth: '2016-02' })).not.toBe(key);
    expect(layerStateKey({ ...defaults, layers: ['routes'] })).not.toBe(key);
    const one = { ...defaults, highlight: { routes: ['atlantic'], measures: [] } };
    const two = { ...defaults, highlight: { routes: ['atlantic', 'western-mediterranean'], measures: [] } };
    expect(layerStateKey(one)).not.toBe(layerStateKey(two));
    expect(layerStateKey(one)).not.toBe(key);
  });
});
