import { describe, expect, it } from 'vitest';
import { parseAtlasState, serializeAtlasState, type AtlasState } from '../../../src/lib/atlas/state.ts';
import { defaultAtlasState, ZOOM_LIMITS } from '../../../src/lib/atlas/views.ts';
import { REGION_IDS } from '../../../src/lib/core/ids.ts';
import { MEASURE_TYPES } from '../../../src/lib/data/schemas/curated.ts';
import { measureFilterParams, parseMeasureFilters, type MeasureFilters } from '../../../src/lib/measures/filters.ts';
import { DEFAULT_SHIFT_WINDOW, parseShiftWindow } from '../../../src/lib/measures/shifts.ts';
import {
  parseTimelineRoute,
  parseTimelineView,
  parseTimelineWindow,
  serializeTimelineView,
  timelineWindowParams,
  type TimelineView,
  type TimelineWindow,
} from '../../../src/lib/timelines/view.ts';
import {
  PARAM_CODECS,
  readViewQuery,
  VIEW_PARAM_NAMES,
  VIEW_PARAMS,
  writeViewQuery,
} from '../../../src/lib/url/params.ts';
import {
  CHART_DEFAULT_VIEWS,
  CHART_PERIODS,
  ROUTE_CHART_KINDS,
  type RouteChartKind,
} from '../../../src/charts/figures/timelineSpecs.ts';

// The views each page reads from its URL, parsed the way the page's script parses them.
const atlasDefaults = defaultAtlasState(2024);
const atlasLimits = { firstMonth: '2009-01', lastMonth: '2026-05', ...ZOOM_LIMITS };
const offeredFilters = { regions: REGION_IDS, types: MEASURE_TYPES };
const ROUTE_IDS = ['central-mediterranean', 'eastern-mediterranean', 'atlantic'];
const timelineExtent = { firstMonth: '2009-01', lastMonth: '2026-05' };

type View =
  | { page: 'atlas'; state: AtlasState }
  | {
      page: 'timelines';
      charts: Partial<Record<RouteChartKind, TimelineView>>;
      route?: string;
      window?: TimelineWindow;
    }
  | { page: 'measures-list'; filters: MeasureFilters }
  | { page: 'measure'; windowMonths: number };

function chartView(search: string, kind: RouteChartKind): TimelineView {
  return parseTimelineView(readViewQuery(search)[kind], CHART_DEFAULT_VIEWS[kind], CHART_PERIODS[kind]);
}

function viewOf(url: string): View {
  const { pathname, search } = new URL(url, 'https://example.org');
  if (/^\/(embed\/)?atlas\/$/.test(pathname))
    return { page: 'atlas', state: parseAtlasState(search, atlasDefaults, atlasLimits) };
  const embeddedChart = /^\/embed\/timelines\/(\w+)\/$/.exec(pathname)?.[1] as RouteChartKind | undefined;
  if (embeddedChart) return { page: 'timelines', charts: { [embeddedChart]: chartView(search, embeddedChart) } };
  if (pathname === '/timelines/') {
    const route = parseTimelineRoute(readViewQuery(search).route, ROUTE_IDS);
    const window = parseTimelineWindow(readViewQuery(search), timelineExtent);
    const charts = Object.fromEntries(ROUTE_CHART_KINDS.map((k) => [k, chartView(search, k)]));
    return { page: 'timelines', charts, ...(route ? { route } : {}), ...(window ? { window } : {}) };
  }
  if (pathname === '/measures/') return { page: 'measures-list', filters: parseMeasureFilters(search, offeredFilters) };
  if (/^\/(embed\/)?measures\/[\w-]+\/$/.test(pathname)) {
    return { page: 'measure', windowMonths: parseShiftWindow(readViewQuery(search).window) ?? DEFAULT_SHIFT_WINDOW };
  }
  throw new Error(`no view for ${url}`);
}

/** The query string each page's script writes for a view (defaults left out). */
function queryOf(view: View): string {
  switch (view.page) {
    case 'atlas':
      return serializeAtlasState(view.state, atlasDefaults);
    case 'timelines':
      return writeViewQuery({
        ...Object.fromEntries(
          Object.entries(view.charts).map(([kind, chart]) => {
            const text = serializeTimelineView(chart);
            return [kind, text === serializeTimelineView(CHART_DEFAULT_VIEWS[kind as RouteChartKind]) ? null : text];
          }),
        ),
        route: view.route ?? null,
        ...timelineWindowParams(view.window ?? null, timelineExtent),
      });
    case 'measures-list':
      return writeViewQuery(measureFilterParams(view.filters));
    case 'measure':
      return writeViewQuery({ window: view.windowMonths === DEFAULT_SHIFT_WINDOW ? null : String(view.windowMonths) });
  }
}

const pathOf = (url: string) => url.split('?')[0]!;

const monthly = { period: 'month', scale: 'linear', layout: 'combined' } as const;
const yearlyRates = { period: 'year', scale: 'linear', layout: 'combined' } as const;

// Links as the site writes them today, and the view each opens.
const TODAYS_URLS: [string, View][] = [
  ['/atlas/', { page: 'atlas', state: atlasDefaults }],
  [
    '/atlas/?c=25.8,38.6,5.9&from=2016-04&to=2017-03&layers=routes,incidents&sel=measure:eu-turkey-statement',
    {
      page: 'atlas',
      state: {
        centerLon: 25.8,
        centerLat: 38.6,
        zoom: 5.9,
        startMonth: '2016-04',
        endMonth: '2017-03',
        compare: null,
        widthScale: null,
        layers: ['routes', 'incidents'],
        selected: { kind: 'measure', id: 'eu-turkey-statement' },
      },
    },
  ],
  [
    // The measure page's "see it on the atlas" link.
    '/atlas/?from=2015-03&to=2017-03&sel=measure:eu-turkey-statement',
    {
      page: 'atlas',
      state: {
        ...atlasDefaults,
        startMonth: '2015-03',
        endMonth: '2017-03',
        selected: { kind: 'measure', id: 'eu-turkey-statement' },
      },
    },
  ],
  [
    // Compare mode: the current window against a reference window, widths on the fixed scale.
    '/atlas/?from=2016-04&to=2017-03&vs=2015-04..2016-03&widths=fixed',
    {
      page: 'atlas',
      state: {
        ...atlasDefaults,
        startMonth: '2016-04',
        endMonth: '2017-03',
        compare: { startMonth: '2015-04', endMonth: '2016-03' },
        widthScale: 'fixed',
      },
    },
  ],
  [
    '/embed/atlas/?vs=2015-01..2015-12',
    { page: 'atlas', state: { ...atlasDefaults, compare: { startMonth: '2015-01', endMonth: '2015-12' } } },
  ],
  [
    '/atlas/?layers=none&sel=incident:2016.MMP00134150,2016.MMP00134151',
    {
      page: 'atlas',
      state: { ...atlasDefaults, layers: [], selected: { kind: 'incident', id: '2016.MMP00134150,2016.MMP00134151' } },
    },
  ],
  [
    '/embed/atlas/?c=14,35,5.3&from=2017-01&to=2017-12&layers=routes,places&sel=route:central-mediterranean',
    {
      page: 'atlas',
      state: {
        centerLon: 14,
        centerLat: 35,
        zoom: 5.3,
        startMonth: '2017-01',
        endMonth: '2017-12',
        compare: null,
        widthScale: null,
        layers: ['routes', 'places'],
        selected: { kind: 'route', id: 'central-mediterranean' },
      },
    },
  ],
  ['/timelines/', { page: 'timelines', charts: { detections: monthly, deaths: monthly, rates: yearlyRates } }],
  [
    '/timelines/?detections=year,log,multiples&deaths=quarter,linear,multiples&rates=quarter,log,combined',
    {
      page: 'timelines',
      charts: {
        detections: { period: 'year', scale: 'log', layout: 'multiples' },
        deaths: { period: 'quarter', scale: 'linear', layout: 'multiples' },
        rates: { period: 'quarter', scale: 'log', layout: 'combined' },
      },
    },
  ],
  [
    '/timelines/?rates=year,log,multiples',
    {
      page: 'timelines',
      charts: { detections: monthly, deaths: monthly, rates: { period: 'year', scale: 'log', layout: 'multiples' } },
    },
  ],
  [
    '/embed/timelines/rates/?rates=quarter,log,combined',
    { page: 'timelines', charts: { rates: { period: 'quarter', scale: 'log', layout: 'combined' } } },
  ],
  [
    '/embed/timelines/detections/?detections=month,linear,multiples',
    { page: 'timelines', charts: { detections: { ...monthly, layout: 'multiples' } } },
  ],
  [
    '/embed/timelines/deaths/?deaths=year,linear,combined',
    { page: 'timelines', charts: { deaths: { ...monthly, period: 'year' } } },
  ],
  [
    '/timelines/?route=central-mediterranean',
    {
      page: 'timelines',
      charts: { detections: monthly, deaths: monthly, rates: yearlyRates },
      route: 'central-mediterranean',
    },
  ],
  [
    '/timelines/?from=2015-01&to=2016-12&route=atlantic',
    {
      page: 'timelines',
      charts: { detections: monthly, deaths: monthly, rates: yearlyRates },
      route: 'atlantic',
      window: { fromMonth: '2015-01', toMonth: '2016-12' },
    },
  ],
  [
    '/timelines/?to=2012-12',
    {
      page: 'timelines',
      charts: { detections: monthly, deaths: monthly, rates: yearlyRates },
      window: { fromMonth: '2009-01', toMonth: '2012-12' },
    },
  ],
  ['/measures/', { page: 'measures-list', filters: { region: '', type: '' } }],
  [
    '/measures/?region=eastern-mediterranean&type=third_country_agreement',
    { page: 'measures-list', filters: { region: 'eastern-mediterranean', type: 'third_country_agreement' } },
  ],
  ['/measures/?region=libya', { page: 'measures-list', filters: { region: 'libya', type: '' } }],
  ['/measures/?type=fence_or_wall', { page: 'measures-list', filters: { region: '', type: 'fence_or_wall' } }],
  ['/measures/eu-turkey-statement/', { page: 'measure', windowMonths: 12 }],
  ['/measures/eu-turkey-statement/?window=24', { page: 'measure', windowMonths: 24 }],
  ['/embed/measures/eu-turkey-statement/?window=6', { page: 'measure', windowMonths: 6 }],
];

describe('the view parameter registry', () => {
  it('opens every link the site writes today on the same view', () => {
    for (const [url, view] of TODAYS_URLS) expect(viewOf(url), url).toEqual(view);
  });

  it('writes each of those views back as the same link, and reads that link as the same view', () => {
    for (const [url] of TODAYS_URLS) {
      const view = viewOf(url);
      const written = `${pathOf(url)}${queryOf(view)}`;
      // Default views are written without a query; the others exactly as linked today.
      expect(written, url).toBe(url);
      expect(viewOf(written), url).toEqual(view);
    }
  });

  it('lists every parameter in use, each with a codec, and each used by a link above', () => {
    expect(Object.keys(PARAM_CODECS).sort()).toEqual([...VIEW_PARAM_NAMES].sort());
    for (const kind of ROUTE_CHART_KINDS) expect(VIEW_PARAMS[kind].pages, kind).toContain('timelines');
    const linked = new Set(
      TODAYS_URLS.flatMap(([url]) => [...new URL(url, 'https://example.org').searchParams.keys()]),
    );
    // The frame's options (theme, plain, static) shape an embed, not a view: tests/lib/site/embed.test.ts reads them.
    const viewNames = VIEW_PARAM_NAMES.filter(
      (name) => !(VIEW_PARAMS[name].pages as readonly string[]).includes('embed'),
    );
    expect([...linked].sort()).toEqual(viewNames.sort());
    expect(VIEW_PARAM_NAMES.length - viewNames.length).toBe(3);
  });

  it('tells a missing parameter from an unusable one', () => {
    expect(PARAM_CODECS.window.parse(null, { allowed: [6, 12, 24] })).toEqual({ kind: 'missing' });
    expect(PARAM_CODECS.window.parse('7', { allowed: [6, 12, 24] })).toEqual({ kind: 'invalid', raw: '7' });
    expect(PARAM_CODECS.window.parse('24', { allowed: [6, 12, 24] })).toEqual({ kind: 'valid', value: 24 });
    expect(PARAM_CODECS.c.parse('14,35,11', ZOOM_LIMITS)).toEqual({ kind: 'invalid', raw: '14,35,11' });
    expect(PARAM_CODECS.from.parse('2008-12', atlasLimits)).toEqual({ kind: 'invalid', raw: '2008-12' });
    expect(PARAM_CODECS.vs.parse(null, atlasLimits)).toEqual({ kind: 'missing' });
    expect(PARAM_CODECS.vs.parse('2015-04..2016-03', atlasLimits)).toEqual({
      kind: 'valid',
      value: { startMonth: '2015-04', endMonth: '2016-03' },
    });
    for (const raw of [
      '2016-03..2015-04', // reversed
      '2008-01..2009-06', // before the data
      '2026-01..2026-06', // after the data
      '2015-04..2016-13',
      '2015-04...2016-03',
      '2015-04..2016-03..2017-01',
      '2015-04,2016-03',
      '2015-4..2016-3',
      ' 2015-04..2016-03',
      '..',
      '',
    ])
      expect(PARAM_CODECS.vs.parse(raw, atlasLimits), raw).toEqual({ kind: 'invalid', raw });
    expect(PARAM_CODECS.widths.parse('wide', { allowed: ['fixed', 'fitted'] })).toEqual({
      kind: 'invalid',
      raw: 'wide',
    });
    expect(PARAM_CODECS.layers.parse('none', { allowed: ['routes'] })).toEqual({ kind: 'valid', value: [] });
    expect(PARAM_CODECS.layers.parse('', { allowed: ['routes'] })).toEqual({ kind: 'invalid', raw: '' });
    expect(PARAM_CODECS.sel.parse('place:', { allowed: ['place'] })).toEqual({ kind: 'invalid', raw: 'place:' });
    const rates = {
      defaults: yearlyRates,
      choices: { period: ['quarter', 'year'], scale: ['log'], layout: [] },
    } as const;
    expect(PARAM_CODECS.rates.parse<TimelineView>('month', rates)).toEqual({ kind: 'invalid', raw: 'month' });
    expect(PARAM_CODECS.region.parse('atlantis', { allowed: REGION_IDS })).toEqual({
      kind: 'invalid',
      raw: 'atlantis',
    });
  });
});

describe('hostile and garbled links', () => {
  const defaultView = (url: string) => viewOf(pathOf(url));
  const pages = ['/atlas/', '/embed/atlas/', '/timelines/', '/embed/timelines/rates/', '/measures/', '/measures/x/'];

  it('each parameter falls back to its default on its own', () => {
    expect(viewOf('/atlas/?c=999,1,4&from=2016-04&to=2016-13&layers=routes')).toEqual({
      page: 'atlas',
      state: { ...atlasDefaults, startMonth: '2016-04', layers: ['routes'] },
    });
    // A garbled reference window leaves compare mode off, and the rest of the view stands.
    expect(viewOf('/atlas/?from=2016-04&to=2017-03&vs=2016-03..2015-04&widths=fitted')).toEqual({
      page: 'atlas',
      state: { ...atlasDefaults, startMonth: '2016-04', endMonth: '2017-03', widthScale: 'fitted' },
    });
    expect(viewOf('/measures/?region=atlantis&type=pushbacks')).toEqual({
      page: 'measures-list',
      filters: { region: '', type: 'pushbacks' },
    });
    expect(viewOf('/timelines/?detections=<b>,log&rates=month')).toEqual({
      page: 'timelines',
      charts: { detections: { ...monthly, scale: 'log' }, deaths: monthly, rates: yearlyRates },
    });
  });

  it('very long and hostile values open the default view', () => {
    const hostile = [
      'x'.repeat(100_000),
      '9'.repeat(5000),
      '<script>alert(1)</script>',
      '"onmouseover=alert(1)',
      '%E0%A4%A',
      '%00%00',
      'constructor',
      '__proto__',
      'toString',
      'NaN,NaN,NaN',
      '1e308,1e308,1e308',
      'measure:<img src=x>',
      `measure:${'a'.repeat(121)}`,
      '2016-03..2015-04',
      '2015-04..2016-03..',
      '0000-00..9999-99',
      '2015-04..<b>x</b>',
      ',,,,',
      '😀',
    ];
    for (const page of pages) {
      for (const value of hostile) {
        for (const name of VIEW_PARAM_NAMES) {
          const url = `${page}?${name}=${encodeURIComponent(value)}`;
          expect(viewOf(url), url).toEqual(defaultView(url));
        }
        const everything = `${page}?${VIEW_PARAM_NAMES.map((n) => `${n}=${encodeURIComponent(value)}`).join('&')}`;
        expect(viewOf(everything), everything).toEqual(defaultView(everything));
      }
    }
  });

  it('random garbage never throws and reads as a view within the page’s choices', () => {
    let seed = 11;
    const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const alphabet =
      '?&=,:%-._0123456789abcdefxyz<>"\'/\\ 😀\u0000cfromtolayersselwindowregiontypelogyearvs=2015-04..2016-03widths';
    for (let i = 0; i < 600; i++) {
      let query = '';
      const length = Math.floor(rand() * 120);
      for (let j = 0; j < length; j++) query += alphabet[Math.floor(rand() * alphabet.length)];
      const page = pages[i % pages.length]!;
      const view = viewOf(`${page}?${query}`);
      // Whatever was read writes a link that reads back as the same view.
      expect(viewOf(`${page}${queryOf(view)}`), query).toEqual(view);
      if (view.page === 'atlas') {
        expect(view.state.startMonth <= view.state.endMonth).toBe(true);
        if (view.state.compare) expect(view.state.compare.startMonth <= view.state.compare.endMonth).toBe(true);
        expect(view.state.zoom).toBeGreaterThanOrEqual(ZOOM_LIMITS.minZoom);
        expect(view.state.zoom).toBeLessThanOrEqual(ZOOM_LIMITS.maxZoom);
      }
      if (view.page === 'measure') expect([6, 12, 24]).toContain(view.windowMonths);
      if (view.page === 'timelines' && view.window) expect(view.window.fromMonth <= view.window.toMonth).toBe(true);
      if (view.page === 'measures-list') {
        expect(['', ...REGION_IDS]).toContain(view.filters.region);
        expect(['', ...MEASURE_TYPES]).toContain(view.filters.type);
      }
    }
  });
});

describe('the timelines route parameter', () => {
  it('narrows to a known route, and falls back to every route for anything else', () => {
    expect(parseTimelineRoute('atlantic', ROUTE_IDS)).toBe('atlantic');
    expect(parseTimelineRoute(null, ROUTE_IDS)).toBeNull();
    expect(parseTimelineRoute('atlantis', ROUTE_IDS)).toBeNull();
    expect(parseTimelineRoute('', ROUTE_IDS)).toBeNull();
  });
});
