// The static (no-WebGL) map as an SVG string: accessible name, one path per route, escaping and rounding.
import type { Basemap } from '../../src/lib/atlas/basemap.ts';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/lib/core/escape.ts';
import { PALETTE } from '../../src/map/palette.ts';
import {
  staticIncidentsSvg,
  staticMapSvg,
  type StaticMapInput,
  type StaticMapOptions,
} from '../../src/map/staticMap.ts';
import { incidentRadiusPx, ROUTE_ALPHA } from '../../src/map/layers.ts';
import { expectSvgSnapshot } from '../svgSnapshot.ts';

const basemap: Basemap = {
  land: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {},
        // Clockwise in lon/lat: d3's winding for an exterior ring.
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [10.123, 36.456],
              [10.123, 38.789],
              [16.321, 38.789],
              [16.321, 36.456],
              [10.123, 36.456],
            ],
          ],
        },
      },
    ],
  },
  borders: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'LineString',
          coordinates: [
            [13.111, 36.5],
            [13.222, 38.7],
          ],
        },
      },
    ],
  },
  countries: { type: 'FeatureCollection', features: [] },
};

const input: StaticMapInput = {
  basemap,
  routePaths: [
    {
      type: 'Feature',
      properties: { route_id: 'central-mediterranean' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [13.17, 32.88],
          [12.6, 35.5],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { route_id: 'sahel-agadez' },
      geometry: {
        type: 'MultiLineString',
        coordinates: [
          [
            [8.0, 17.0],
            [11.0, 24.0],
          ],
          [
            [11.0, 24.0],
            [13.17, 32.88],
          ],
        ],
      },
    },
  ],
  routes: [
    { id: 'central-mediterranean', label: 'Central Mediterranean', colour: '#D55E00' },
    { id: 'sahel-agadez', label: 'Sahel <Agadez>', colour: '#009E73' },
    { id: 'atlantic', label: 'Atlantic', colour: '#CC79A7' },
  ],
  places: [
    { name: 'Lampedusa', lon: 12.6, lat: 35.5 },
    { name: '<script>alert("x")</script>', lon: 13.17, lat: 32.88 },
    { name: 'Far away', lon: 100, lat: 60 },
  ],
  markers: [{ id: 'mou-2017', lon: 13.2, lat: 32.9, label: 'Italy–Libya MoU & "pull-backs"' }],
};

const options: StaticMapOptions = {
  widthPx: 600,
  heightPx: 500,
  bbox: { minLon: 5, minLat: 15, maxLon: 20, maxLat: 40 },
  title: 'Routes & places',
  description: 'Two routes across the Sahara and the Central Mediterranean.',
  dashedRouteIds: ['sahel-agadez'],
  idPrefix: 'test-map',
};

describe('escapeXml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;',
    );
  });
});

describe('staticMapSvg', () => {
  const svg = staticMapSvg(input, options);

  it('is a standalone, responsive SVG with an accessible name and description', () => {
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('role="img"');
    expect(svg).toContain('viewBox="0 0 600 500"');
    expect(svg).toContain('width="100%"');
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(svg)?.[1]?.split(' ');
    expect(labelledBy).toEqual(['test-map-title', 'test-map-desc']);
    expect(svg).toContain('<title id="test-map-title">Routes &amp; places</title>');
    expect(svg).toContain('<desc id="test-map-desc">Two routes across');
  });

  it('draws one path per route in its colour, dashed where asked, and skips routes without a path', () => {
    expect(svg.match(/stroke="#D55E00"/g)).toHaveLength(1);
    expect(svg.match(/stroke="#009E73"/g)).toHaveLength(1);
    expect(svg).not.toContain('#CC79A7');
    expect(/<path [^>]*stroke="#009E73"[^>]*stroke-dasharray/.test(svg)).toBe(true);
    expect(/<path [^>]*stroke="#D55E00"[^>]*stroke-dasharray/.test(svg)).toBe(false);
  });

  it('escapes every text it puts in the SVG', () => {
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(svg).toContain('Sahel &lt;Agadez&gt;');
    expect(svg).toContain('Italy–Libya MoU &amp; &quot;pull-backs&quot;');
  });

  it('draws places and markers in the frame only', () => {
    expect(svg).toContain('>Lampedusa</text>');
    expect(svg).not.toContain('Far away');
    expect(svg.match(/data-measure-id="mou-2017"/g)).toHaveLength(1);
  });

  it('rounds every coordinate to one decimal', () => {
    const values = [...svg.matchAll(/ (?:d|cx|cy|x|y)="([^"]*)"/g)].map((m) => m[1]!);
    expect(values.length).toBeGreaterThan(10);
    const numbers = values.join(' ').match(/-?\d+(?:\.\d+)?/g) ?? [];
    expect(numbers.length).toBeGreaterThan(40);
    expect(numbers.filter((n) => /\.\d{2,}/.test(n))).toEqual([]);
  });

  it("emphasises every highlighted route and fades the others with the WebGL map's opacities", () => {
    const twoHighlighted = staticMapSvg(input, {
      ...options,
      highlightedRouteIds: ['central-mediterranean', 'sahel-agadez'],
      highlightedMarkerIds: ['mou-2017'],
    });
    expect(twoHighlighted).toContain('data-route-id="central-mediterranean" data-emphasis="emphasised">');
    expect(twoHighlighted).toContain('data-route-id="sahel-agadez" data-emphasis="emphasised">');
    expect(twoHighlighted).toContain('data-measure-id="mou-2017" data-highlighted="true"');
    const one = staticMapSvg(input, { ...options, highlightedRouteIds: ['central-mediterranean'] });
    const faded = (ROUTE_ALPHA.faded / 255).toFixed(1);
    expect(one).toContain(`data-route-id="sahel-agadez" data-emphasis="faded" opacity="${faded}"`);
    // Without highlights every route is drawn alike, as before.
    expect(svg).not.toContain('data-emphasis');
  });

  it('draws with the shared palette, dark when asked', () => {
    const dark = staticMapSvg(input, { ...options, theme: 'dark' });
    for (const [drawing, p] of [
      [svg, PALETTE.light],
      [dark, PALETTE.dark],
    ] as const) {
      expect(drawing).toContain(`<rect width="600" height="500" fill="${p.sea}"/>`);
      expect(drawing).toContain(`fill="${p.land}" stroke="${p.coast}"`);
      expect(drawing).toContain(`fill="none" stroke="${p.border}"`);
      expect(drawing).toContain(`<g fill="${p.measure}" stroke="${p.halo}"`);
    }
    expect(PALETTE.dark.sea).not.toBe(PALETTE.light.sea);
  });
});

describe('staticMapSvg text for several widths', () => {
  // Two places 1.5° apart: their labels clear each other 600 px wide, not 200 px wide.
  const places = [
    { name: 'Lampedusa', lon: 12.6, lat: 35.5 },
    { name: 'Linosa', lon: 12.6, lat: 37.0 },
  ];
  const placements: { zoom: number; obstacles: number }[] = [];
  const svg = staticMapSvg(
    { ...input, places },
    {
      ...options,
      textTiersPx: [200, 600],
      compare: {
        widthsPx: { 'central-mediterranean': { referencePx: 9, currentPx: 2 } },
        labelsAt: ({ zoom, obstacles }) => {
          placements.push({ zoom, obstacles: obstacles.length });
          return [{ routeId: 'central-mediterranean', lon: 13, lat: 34, text: '−78%' }];
        },
      },
    },
  );
  const layers = [
    ...svg.matchAll(/<g class="static-text" data-tier="(\d+)"([^>]*)>(.*?)<\/g><\/g>(?=<g class|<\/svg>)/g),
  ].map((m) => ({
    tier: Number(m[1]),
    hidden: m[2]!.includes('display="none"'),
    scale: /transform="scale\(([\d.]+)\)"/.exec(m[2]!)![1],
    text: m[3]!,
  }));

  it('writes one text layer per width, over the same extent, and shows the widest where no page rule chooses', () => {
    expect(layers.map((l) => [l.tier, l.hidden, l.scale])).toEqual([
      [200, true, '3'],
      [600, false, '1'],
    ]);
    // The text is in the layers only.
    expect(svg.slice(0, svg.indexOf('<g class="static-text"'))).not.toContain('<text');
  });

  it('keeps the place labels that fit at each width, and places the change labels clear of them', () => {
    expect(layers[0]!.text).toContain('>Lampedusa<');
    expect(layers[0]!.text).not.toContain('>Linosa<');
    expect(layers[1]!.text).toContain('>Lampedusa<');
    expect(layers[1]!.text).toContain('>Linosa<');
    expect(placements).toEqual([
      { zoom: expect.any(Number), obstacles: 1 },
      { zoom: expect.any(Number), obstacles: 2 },
    ]);
    expect(placements[1]!.zoom - placements[0]!.zoom).toBeCloseTo(Math.log2(3), 5);
    for (const layer of layers) expect(layer.text).toContain('data-change-label="central-mediterranean"');
  });

  it("draws both windows of a compare route, and the reference's line alone hidden, for a page to switch", () => {
    const route =
      /<g data-route-id="central-mediterranean">.*?<\/g><\/g>|<g data-route-id="central-mediterranean">.*?reference"[^>]*\/><\/g>/.exec(
        svg,
      )![0];
    expect(route).toMatch(/<g data-window="reference-band">/);
    expect(route).toMatch(/<path data-window="current" [^>]*stroke-width="2"/);
    expect(route).toMatch(/<path data-window="reference" display="none" [^>]*stroke-width="9"/);
  });
});

describe('staticMapSvg snapshots (tests/map/output/)', () => {
  // The hand-made fixture above, in both themes: a drawing or palette change shows in review.
  it('draws the fixture as in staticMap-light.svg and staticMap-dark.svg', () => {
    expectSvgSnapshot(staticMapSvg(input, options), join(import.meta.dirname, 'output', 'staticMap-light.svg'));
    expectSvgSnapshot(
      staticMapSvg(input, { ...options, theme: 'dark', idPrefix: 'test-map-dark' }),
      join(import.meta.dirname, 'output', 'staticMap-dark.svg'),
    );
  });
});

describe('staticIncidentsSvg', () => {
  const frame = { widthPx: 200, heightPx: 100, bbox: { minLon: 0, minLat: 30, maxLon: 20, maxLat: 40 } };
  const svg = staticIncidentsSvg(
    [
      { lon: 10, lat: 35, deadMissing: 16, colour: '#123456', approximate: false },
      { lon: 12, lat: 36, deadMissing: 1, colour: '#123456', approximate: true },
      // Outside the frame: left out.
      { lon: 60, lat: 35, deadMissing: 500, colour: '#123456', approximate: false },
    ],
    { ...frame, title: 'Incidents', description: 'Test' },
  );

  it('draws the incidents in the frame, area growing with the dead and missing, approximate ones hollow', () => {
    const radii = [...svg.matchAll(/<circle [^>]*r="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(radii.sort((a, b) => a - b)).toEqual(
      [incidentRadiusPx(1), incidentRadiusPx(16)].map((r) => Math.round(r * 10) / 10),
    );
    expect(svg).toContain('<g fill="none" stroke="#123456">');
    expect(svg).toContain('<g fill="#123456" stroke="#123456">');
  });

  it('lies over the base map: same frame, no background of its own', () => {
    expect(svg).toContain('viewBox="0 0 200 100"');
    expect(svg).not.toContain('<rect');
  });
});
