// Layer builders without a GPU: ids, data length, accessors and filter ranges.
import { DataFilterExtension } from '@deck.gl/extensions';
import { describe, expect, it } from 'vitest';
import type { AtlasIncidents, AtlasMeasure, AtlasPayload } from '../../src/lib/atlas/payload.ts';
import { ROUTE_WIDTH, routeWidthScale } from '../../src/lib/atlas/routeWidths.ts';
import {
  dashLine,
  incidentAttributes,
  incidentRadiusPx,
  incidentsLayer,
  measureShiftRingsLayer,
  measuresStartingAcross,
  placeDotsLayer,
  REFERENCE_BAND_ALPHA,
  REFERENCE_EDGE_PX,
  referenceIncidentsLayer,
  routeReferenceLayers,
  ROUTE_ALPHA,
  routeEmphasis,
  routesLayer,
} from '../../src/map/layers.ts';
import { pointAlong, routeLabelAnchors } from '../../src/lib/atlas/routeLabelAnchors.ts';
import type { RoutePathFeature } from '../../src/lib/data/schemas/geo.ts';
import { getAtlasPayload } from '../../src/lib/io/atlas.ts';
import { hexToRgb } from '../../src/map/palette.ts';

const incidents: AtlasIncidents = {
  id: ['a', 'b', 'c'],
  lon: [12.1, 26.3, 8.0],
  lat: [33.1, 39.2, 17.0],
  month: [10, 20, 30],
  deadMissing: [4, 0, 100],
  event: [0, 1, 2],
  route: [0, 1, -1],
  libya: [1, 0, 0],
  approximate: [0, 1, 0],
};
const base = {
  startIndex: 15,
  endIndex: 25,
  visible: true,
  routeColours: ['#D55E00', '#0072B2'],
  otherColour: '#888888',
  selectedIndex: null,
};

describe('incidentsLayer', () => {
  const layer = incidentsLayer(incidents, base);
  const props = layer.props as unknown as Record<string, unknown> & { filterRange: number[]; extensions: unknown[] };
  type Column = { value: Float32Array | Uint8Array; size: number; normalized?: boolean };
  const columns = (l: typeof layer) => (l.props.data as unknown as { attributes: Record<string, Column> }).attributes;
  /** Incident i's value of one attribute, as deck.gl reads it. */
  const valueOf = (l: typeof layer, accessor: string, i: number) => {
    const { value, size } = columns(l)[accessor]!;
    return [...value.subarray(i * size, (i + 1) * size)];
  };

  it('draws one mark per incident and filters time on the GPU', () => {
    expect(layer.id).toBe('incidents');
    expect((layer.props.data as { length: number }).length).toBe(3);
    expect(props.filterRange).toEqual([15, 25]);
    expect(props.extensions.some((e) => e instanceof DataFilterExtension)).toBe(true);
    expect([0, 1, 2].map((i) => valueOf(layer, 'getFilterValue', i)[0])).toEqual([10, 20, 30]);
  });

  it('hands deck.gl typed arrays, not accessors, so no per-incident function runs when the map loads', () => {
    // deck.gl reads `data.attributes[accessor]` instead of calling the accessor for every incident.
    for (const accessor of [
      'getPosition',
      'getRadius',
      'getFillColor',
      'getLineColor',
      'getLineWidth',
      'getFilterValue',
    ])
      expect(columns(layer)[accessor]!.value).toHaveLength(3 * columns(layer)[accessor]!.size);
    expect(columns(layer)['getFillColor']).toMatchObject({ size: 4, normalized: true });
    expect(columns(layer)['getFillColor']!.value).toBeInstanceOf(Uint8Array);
  });

  it('reads positions and colours from the columns; approximate locations are hollow', () => {
    expect(valueOf(layer, 'getPosition', 1)).toEqual([Math.fround(26.3), Math.fround(39.2)]);
    expect(valueOf(layer, 'getFillColor', 0)).toEqual([0xd5, 0x5e, 0x00, 150]);
    expect(valueOf(layer, 'getFillColor', 1)[3]).toBe(0);
    expect(valueOf(layer, 'getFillColor', 2)).toEqual([0x88, 0x88, 0x88, 150]);
    expect(valueOf(layer, 'getLineColor', 1)).toEqual([0x00, 0x72, 0xb2, 230]);
    expect(valueOf(layer, 'getRadius', 2)[0]).toBeCloseTo(incidentRadiusPx(100), 5);
  });

  it('outlines the selected incident in black, 3 px, and only it', () => {
    const selected = incidentsLayer(incidents, { ...base, selectedIndex: 2 });
    expect(valueOf(selected, 'getLineColor', 2)).toEqual([0, 0, 0, 255]);
    expect(valueOf(selected, 'getLineWidth', 2)).toEqual([3]);
    expect(valueOf(selected, 'getLineColor', 0)).toEqual([0xd5, 0x5e, 0x00, 230]);
    expect(valueOf(selected, 'getLineWidth', 0)).toEqual([1]);
    // The unselected layer's colours are not changed by the selection.
    expect(valueOf(layer, 'getLineColor', 2)).toEqual([0x88, 0x88, 0x88, 230]);
  });

  it('sizes circles by area: radius grows with the square root of dead + missing', () => {
    expect(incidentRadiusPx(100) - incidentRadiusPx(0)).toBeCloseTo(2 * (incidentRadiusPx(25) - incidentRadiusPx(0)));
  });

  it('keeps the same data object across windows, so buffers are not rebuilt', () => {
    const later = incidentsLayer(incidents, { ...base, startIndex: 0, endIndex: 40 });
    expect(later.props.data).toBe(layer.props.data);
    expect((later.props as unknown as { filterRange: number[] }).filterRange).toEqual([0, 40]);
  });

  it('encodes the real payload: decoded positions, months and colours equal the JSON columns', () => {
    const real = getAtlasPayload().incidents;
    const routeColours = getAtlasPayload().routes.map((r) => r.colour);
    const encoded = incidentAttributes(real, routeColours, '#888888');
    expect(encoded.length).toBe(real.id.length);
    const step = Math.max(1, Math.floor(real.id.length / 50));
    for (let i = 0; i < real.id.length; i += step) {
      expect(encoded.positions[2 * i]).toBeCloseTo(real.lon[i]!, 4);
      expect(encoded.positions[2 * i + 1]).toBeCloseTo(real.lat[i]!, 4);
      expect(encoded.months[i]).toBe(real.month[i]);
      const route = real.route[i]!;
      const rgb = [...hexToRgb(route >= 0 ? routeColours[route]! : '#888888')];
      expect([...encoded.lineColours.subarray(4 * i, 4 * i + 3)]).toEqual(rgb);
      expect(encoded.fillColours[4 * i + 3]).toBe(real.approximate[i] ? 0 : 150);
    }
  });
});

const payload = {
  routes: [
    { id: 'central-mediterranean', label: 'Central Mediterranean', colour: '#D55E00', detections: [1, 2] },
    { id: 'sahel-agadez', label: 'Sahel / Agadez', colour: '#E69F00', detections: null },
  ],
  routePaths: [
    {
      type: 'Feature',
      properties: { route_id: 'central-mediterranean' },
      geometry: {
        type: 'MultiLineString',
        coordinates: [
          [
            [12, 33],
            [12.6, 35.5],
          ],
          [
            [10.7, 34.7],
            [12.6, 35.5],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { route_id: 'sahel-agadez' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [8, 17],
          [14.4, 27],
        ],
      },
    },
  ],
} as unknown as AtlasPayload;

describe('routesLayer', () => {
  const scale = routeWidthScale(1000);
  const layer = routesLayer(payload, {
    visible: true,
    perMonth: new Map([
      ['central-mediterranean', 500],
      ['sahel-agadez', null],
    ]),
    scale,
    selectedRouteId: null,
  });
  const data = layer.props.data as { routeId: string; dashed: boolean }[];

  it('has one path per line of each route, cut into dashes where there is no detections series', () => {
    expect(layer.id).toBe('routes');
    const solid = data.filter((d) => !d.dashed);
    expect(solid.map((d) => d.routeId)).toEqual(['central-mediterranean', 'central-mediterranean']);
    const dashes = data.filter((d) => d.dashed);
    // The Sahel test line runs about 11.8 degrees: dashes of 0.35 and gaps of 0.25 give about 20 pieces.
    expect(dashes.length).toBeGreaterThan(15);
    expect(dashes.every((d) => d.routeId === 'sahel-agadez')).toBe(true);
  });

  it('cuts dashes of the given length along a line', () => {
    // Along the line: dash 0–0.3, gap to 0.5, dash to 0.8, gap to 1.0 (the corner), dash 1.0–1.3, gap, dash 1.5–1.8.
    const pieces = dashLine(
      [
        [0, 0],
        [1, 0],
        [1, 1],
      ],
      0.3,
      0.2,
    );
    const rounded = pieces.map((p) => p.map(([x, y]) => [Number(x.toFixed(2)), Number(y.toFixed(2))]));
    expect(rounded).toEqual([
      [
        [0, 0],
        [0.3, 0],
      ],
      [
        [0.5, 0],
        [0.8, 0],
      ],
      [
        [1, 0],
        [1, 0.3],
      ],
      [
        [1, 0.5],
        [1, 0.8],
      ],
    ]);
  });

  it('sets width proportional to detections per month', () => {
    const getWidth = layer.props.getWidth as unknown as (d: unknown) => number;
    expect(getWidth(data[0])).toBe(scale.widthPx(500));
    // Proportional: twice the detections, twice the width; a tiny flow keeps the minimum width.
    expect(scale.widthPx(1000)).toBeCloseTo(2 * scale.widthPx(500));
    expect(scale.widthPx(1)).toBe(ROUTE_WIDTH.minPx);
    expect(scale.widthPx(0)).toBe(ROUTE_WIDTH.minPx);
    expect(getWidth(data[2])).toBe(scale.widthPx(null));
  });
});

describe('routesLayer highlights', () => {
  const scale = routeWidthScale(1000);
  const twoRoutes = {
    ...payload,
    routes: [...payload.routes, { ...payload.routes[0]!, id: 'eastern-mediterranean', colour: '#0072B2' }],
    routePaths: [
      ...payload.routePaths,
      { ...payload.routePaths[0]!, properties: { route_id: 'eastern-mediterranean' } },
    ],
  } as unknown as AtlasPayload;
  const build = (highlightedRouteIds?: string[], selectedRouteId: string | null = null) => {
    const layer = routesLayer(twoRoutes, {
      visible: true,
      perMonth: new Map([['central-mediterranean', 500]]),
      scale,
      selectedRouteId,
      ...(highlightedRouteIds ? { highlightedRouteIds } : {}),
    });
    const getColor = layer.props.getColor as unknown as (d: unknown) => number[];
    const alphaByRoute = new Map<string, number>();
    for (const d of layer.props.data as { routeId: string }[]) alphaByRoute.set(d.routeId, getColor(d)[3]!);
    return { layer, alphaByRoute };
  };

  it('draws every highlighted route emphasised and fades the others', () => {
    const { alphaByRoute } = build(['central-mediterranean', 'eastern-mediterranean']);
    expect(alphaByRoute.get('central-mediterranean')).toBe(ROUTE_ALPHA.emphasised);
    expect(alphaByRoute.get('eastern-mediterranean')).toBe(ROUTE_ALPHA.emphasised);
    expect(alphaByRoute.get('sahel-agadez')).toBe(ROUTE_ALPHA.faded);
    expect(ROUTE_ALPHA.faded).toBeLessThan(ROUTE_ALPHA.plain);
  });

  it('without highlights draws the selected route emphasised and the others plain', () => {
    const { alphaByRoute } = build(undefined, 'sahel-agadez');
    expect(alphaByRoute.get('sahel-agadez')).toBe(ROUTE_ALPHA.emphasised);
    expect(alphaByRoute.get('central-mediterranean')).toBe(ROUTE_ALPHA.plain);
    expect(routeEmphasis('atlantic', null)).toBe('plain');
  });

  it('re-colours when the highlighted set changes, not only the selection', () => {
    const one = build(['central-mediterranean']).layer.props.updateTriggers as { getColor: unknown };
    const two = build(['central-mediterranean', 'eastern-mediterranean']).layer.props.updateTriggers as {
      getColor: unknown;
    };
    expect(one.getColor).not.toEqual(two.getColor);
  });
});

describe('placeDotsLayer', () => {
  it('draws a 3 px dot per place in the colour given; the names are HTML text (src/map/labels.ts)', () => {
    const places = [{ id: 'agadez', name: 'Agadez', kind: 'hub', lon: 7.99, lat: 16.97, labelMinZoom: 2 }];
    const layer = placeDotsLayer(places, { visible: false, colour: [1, 2, 3] });
    const props = layer.props as unknown as {
      getPosition: (p: (typeof places)[number]) => number[];
      getFillColor: number[];
      getRadius: number;
      radiusUnits: string;
    };
    expect(layer.id).toBe('places-dots');
    expect(layer.props.visible).toBe(false);
    expect(props.getPosition(places[0]!)).toEqual([7.99, 16.97]);
    expect(props.getFillColor).toEqual([1, 2, 3, 255]);
    expect([props.getRadius, props.radiusUnits]).toEqual([3, 'pixels']);
  });
});

describe('compare-mode layers', () => {
  const scale = routeWidthScale(1000);

  it('draws the reference widths as a pale band with an edge, under the same paths as the routes', () => {
    const perMonth = new Map<string, number | null>([
      ['central-mediterranean', 800],
      ['sahel-agadez', null],
    ]);
    const [edge, band] = routeReferenceLayers(payload, {
      visible: true,
      perMonth,
      scale,
      edgeColour: [1, 2, 3],
    });
    expect([edge!.id, band!.id]).toEqual(['routes-reference-edge', 'routes-reference']);
    const data = band!.props.data as { routeId: string }[];
    const current = routesLayer(payload, { visible: true, perMonth, scale, selectedRouteId: null });
    expect(data).toBe(current.props.data);
    const bandWidth = band!.props.getWidth as unknown as (d: unknown) => number;
    const edgeWidth = edge!.props.getWidth as unknown as (d: unknown) => number;
    expect(bandWidth(data[0])).toBe(scale.widthPx(800));
    expect(edgeWidth(data[0])).toBe(scale.widthPx(800) + REFERENCE_EDGE_PX);
    const colour = band!.props.getColor as unknown as (d: unknown) => number[];
    expect(colour(data[0])[3]).toBe(REFERENCE_BAND_ALPHA);
  });

  it('draws reference-window incidents as hollow rings filtered to the reference months', () => {
    const layer = referenceIncidentsLayer(incidents, {
      startIndex: 2,
      endIndex: 4,
      visible: true,
      ringColour: [9, 9, 9],
    });
    const props = layer.props as unknown as { filled: boolean; stroked: boolean; filterRange: number[] };
    expect(layer.id).toBe('incidents-reference');
    expect(props.filled).toBe(false);
    expect(props.stroked).toBe(true);
    expect(props.filterRange).toEqual([2, 4]);
  });

  it('rings the measures that start inside or between the two windows', () => {
    const m = (id: string, startIndex: number) => ({ id, startIndex, lon: 0, lat: 0 }) as unknown as AtlasMeasure;
    const measures = [m('before', 1), m('in-reference', 10), m('between', 15), m('in-current', 22), m('after', 40)];
    const across = measuresStartingAcross(measures, [
      [20, 25],
      [8, 12],
    ]);
    expect(across.map((x) => x.id)).toEqual(['in-reference', 'between', 'in-current']);
    expect(measureShiftRingsLayer(across, { visible: true, colour: [1, 1, 1] }).props.data).toBe(across);
  });

  it('anchors a route label on its longest line, a fixed fraction along it', () => {
    expect(
      pointAlong(
        [
          [0, 0],
          [2, 0],
          [2, 2],
        ],
        0.75,
      ),
    ).toEqual([2, 1]);
    const features = [
      {
        properties: { route_id: 'central-mediterranean' },
        geometry: {
          type: 'MultiLineString',
          coordinates: [
            [
              [0, 0],
              [1, 0],
            ],
            [
              [10, 10],
              [10, 20],
            ],
          ],
        },
      },
    ] as unknown as RoutePathFeature[];
    expect(routeLabelAnchors(features, 0.5)).toEqual({ 'central-mediterranean': [10, 15] });
  });
});
