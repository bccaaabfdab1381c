import { describe, expect, it } from 'vitest';
import type { AtlasPayload } from '../../../src/lib/atlas/payload.ts';
import type { AtlasState } from '../../../src/lib/atlas/state.ts';
import { featuresInView, inViewTest, LISTED_INCIDENTS } from '../../../src/lib/atlas/featureList.ts';
import { ALL_ROUTES_VIEW, cameraForWidth } from '../../../src/lib/atlas/views.ts';

// Two routes, one around (10°E, 35°N) and one far east; incidents and places near and far.
const payload = {
  originMonth: '2020-01',
  routes: [
    { id: 'central-mediterranean', label: 'Central Mediterranean' },
    { id: 'eastern-borders', label: 'Eastern borders' },
  ],
  routePaths: [
    {
      properties: { route_id: 'central-mediterranean' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [12, 33],
          [12.5, 35.5],
        ],
      },
    },
    {
      properties: { route_id: 'eastern-borders' },
      geometry: {
        type: 'MultiLineString',
        coordinates: [
          [
            [40, 55],
            [41, 56],
          ],
        ],
      },
    },
  ],
  incidents: {
    id: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'far', 'late'],
    lon: [12, 12, 12, 12, 12, 12, 12, 40, 12],
    lat: [34, 34, 34, 34, 34, 34, 34, 55, 34],
    month: [0, 0, 1, 1, 2, 2, 2, 1, 9],
    deadMissing: [3, 9, 1, 9, 50, 2, 4, 500, 900],
  },
  measures: [
    {
      id: 'in-force',
      title: 'In force',
      kind: 'measure',
      startIndex: 0,
      endIndex: null,
      lon: 12,
      lat: 35,
      dateStart: '2020-01',
    },
    {
      id: 'ended',
      title: 'Ended',
      kind: 'measure',
      startIndex: 0,
      endIndex: 0,
      lon: 12,
      lat: 35,
      dateStart: '2019-01',
    },
    {
      id: 'future',
      title: 'Future',
      kind: 'event',
      startIndex: 8,
      endIndex: null,
      lon: 12,
      lat: 35,
      dateStart: '2020-09',
    },
    {
      id: 'elsewhere',
      title: 'Elsewhere',
      kind: 'measure',
      startIndex: 0,
      endIndex: null,
      lon: 40,
      lat: 55,
      dateStart: '2020-01',
    },
  ],
  places: [
    { id: 'lampedusa', name: 'Lampedusa', lon: 12.6, lat: 35.5 },
    { id: 'minsk', name: 'Minsk', lon: 27.6, lat: 53.9 },
  ],
} as unknown as AtlasPayload;

const state: AtlasState = {
  centerLon: 12,
  centerLat: 35,
  zoom: 5,
  startMonth: '2020-02',
  endMonth: '2020-03',
  layers: ['routes', 'incidents', 'measures', 'places'],
  selected: null,
  compare: null,
  widthScale: null,
};
const size = { widthPx: 600, heightPx: 400 };
const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('featuresInView', () => {
  it('lists what the map shows in the window and the view, and nothing beyond either', () => {
    const groups = featuresInView(payload, state, size);
    expect(ids(groups.routes)).toEqual(['central-mediterranean']);
    expect(ids(groups.measures)).toEqual(['in-force']);
    expect(ids(groups.places)).toEqual(['lampedusa']);
    // Largest first, only months 1–2, only in view; at most LISTED_INCIDENTS.
    expect(ids(groups.incidents)).toEqual(['e', 'd', 'g', 'f', 'c'].slice(0, LISTED_INCIDENTS));
    expect(groups.incidents[0]!.label).toBe('50 dead or missing, March 2020');
  });

  it('widens with the view: zoomed out, the far route, measure and incident appear', () => {
    const groups = featuresInView(payload, { ...state, zoom: 2 }, size);
    expect(ids(groups.routes)).toEqual(['central-mediterranean', 'eastern-borders']);
    expect(ids(groups.measures)).toEqual(['in-force', 'elsewhere']);
    expect(groups.incidents[0]!.id).toBe('far');
  });

  it('lists nothing for a hidden layer', () => {
    const groups = featuresInView(payload, { ...state, layers: ['places'] }, size);
    expect(groups).toEqual({ routes: [], measures: [], incidents: [], places: [groups.places[0]] });
  });
});

describe('inViewTest', () => {
  it('keeps points within half the box of the centre, in Web Mercator pixels', () => {
    const inView = inViewTest({ centerLon: 0, centerLat: 0, zoom: 0 }, { widthPx: 256, heightPx: 256 });
    // At zoom 0 the world is 512 px wide: 128 px either side is 90° of longitude.
    expect(inView(89, 0)).toBe(true);
    expect(inView(91, 0)).toBe(false);
    expect(inView(-89, 60)).toBe(true);
  });
});

describe('cameraForWidth', () => {
  const allRoutes = {
    centerLon: ALL_ROUTES_VIEW.centerLon,
    centerLat: ALL_ROUTES_VIEW.centerLat,
    zoom: ALL_ROUTES_VIEW.zoom,
  };
  it('zooms the all-routes view out on a narrow map so that the routes from the Canaries to Cyprus stay in it', () => {
    const fitted = cameraForWidth(allRoutes, 358);
    expect(fitted.zoom).toBeLessThan(ALL_ROUTES_VIEW.zoom);
    const inView = inViewTest(fitted, { widthPx: 358, heightPx: 350 });
    expect(inView(-15.4, 28.1)).toBe(true); // Gran Canaria
    expect(inView(33.4, 35.1)).toBe(true); // Cyprus
  });
  it('keeps the reader’s own camera, and the all-routes view on a wide map', () => {
    const own = { centerLon: 14, centerLat: 35, zoom: 5.3 };
    expect(cameraForWidth(own, 358)).toEqual(own);
    expect(cameraForWidth(allRoutes, 900)).toEqual(allRoutes);
  });
});
