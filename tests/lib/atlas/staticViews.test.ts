import { describe, expect, it } from 'vitest';
import {
  matchingCompareView,
  staticCompareCaption,
  staticCompareIndex,
  staticComparePath,
  staticMapCaption,
  nearestRegion,
  nearestStaticView,
  regionBbox,
  staticViewIndex,
  staticViewPath,
  staticViewsToDraw,
} from '../../../src/lib/atlas/staticViews.ts';
import { ALL_ROUTES_VIEW, ATLAS_BBOX, QUICK_VIEWS } from '../../../src/lib/atlas/views.ts';

const centralMed = QUICK_VIEWS.find((v) => v.id === 'central-mediterranean')!;
const index = {
  all: ['2024-01_2024-12', '2015-03_2017-03'],
  'central-mediterranean': ['2024-01_2024-12', '2016-01_2016-12', '2017-01_2017-12'],
};

describe('nearestStaticView', () => {
  it('picks the exact view when it was drawn', () => {
    const state = { centerLon: 14, centerLat: 35, zoom: 5.3, startMonth: '2017-01', endMonth: '2017-12' };
    expect(nearestStaticView(state, index)).toEqual({
      regionId: 'central-mediterranean',
      startMonth: '2017-01',
      endMonth: '2017-12',
    });
  });

  it('falls back to the closest camera, then to that region’s closest window', () => {
    // A camera near the Central Mediterranean view, a window not drawn for it: its nearest window, same region.
    const state = { centerLon: 14.5, centerLat: 35.5, zoom: 4.5, startMonth: '2016-02', endMonth: '2017-01' };
    expect(nearestStaticView(state, index)).toEqual({
      regionId: 'central-mediterranean',
      startMonth: '2016-01',
      endMonth: '2016-12',
    });
    // Zoomed out over the whole map: the whole map's windows, even where another region has the exact one.
    const wide = { centerLon: 14, centerLat: 38, zoom: 3, startMonth: '2017-01', endMonth: '2017-12' };
    expect(nearestStaticView(wide, index)?.regionId).toBe('all');
    expect(nearestStaticView(wide, index)?.startMonth).toBe('2015-03');
  });

  it('skips regions with no picture, and gives null when nothing was drawn', () => {
    const nearLibya = { centerLon: 17, centerLat: 28.5, zoom: 4.9, startMonth: '2024-01', endMonth: '2024-12' };
    expect(nearestRegion(nearLibya).id).toBe('libya');
    expect(['all', 'central-mediterranean']).toContain(nearestStaticView(nearLibya, index)?.regionId);
    expect(nearestStaticView(nearLibya, {})).toBeNull();
  });
});

describe('staticViewsToDraw', () => {
  const views = staticViewsToDraw({
    defaultWindow: { startMonth: '2024-01', endMonth: '2024-12' },
    measureWindows: [
      { startMonth: '2015-03', endMonth: '2017-03' },
      { startMonth: '2015-03', endMonth: '2017-03' },
    ],
    firstMonth: '2023-06',
    lastMonth: '2025-03',
  });

  it('draws each quick view for the default window and each year, the whole map for each measure window', () => {
    const idx = staticViewIndex(views);
    for (const view of QUICK_VIEWS) expect(idx[view.id]).toContain('2024-01_2024-12');
    // Years are cut to the months the data cover.
    expect(idx[centralMed.id]).toEqual(['2024-01_2024-12', '2023-06_2023-12', '2025-01_2025-03']);
    expect(idx[ALL_ROUTES_VIEW.id]).toContain('2015-03_2017-03');
    expect(idx[centralMed.id]).not.toContain('2015-03_2017-03');
  });

  it('draws every view once, each at its own file', () => {
    const paths = views.map(staticViewPath);
    expect(new Set(paths).size).toBe(paths.length);
    expect(staticViewPath(views[0]!)).toBe('/atlas/static/all_2024-01_2024-12.svg');
  });
});

describe('regionBbox', () => {
  it('keeps the whole map’s extent, and centres a quick view’s on its camera', () => {
    expect(regionBbox(ALL_ROUTES_VIEW)).toEqual(ATLAS_BBOX);
    const box = regionBbox(centralMed);
    expect((box.minLon + box.maxLon) / 2).toBeCloseTo(centralMed.centerLon, 6);
    expect(box.minLat).toBeLessThan(centralMed.centerLat);
    expect(box.maxLat).toBeGreaterThan(centralMed.centerLat);
    // 960 px at zoom 5.3 span about 17 degrees of longitude (512 px tiles).
    expect(box.maxLon - box.minLon).toBeCloseTo((960 / (512 * 2 ** 5.3)) * 360, 6);
  });
});

describe('staticMapCaption', () => {
  const drawn = { startMonth: '2016-04', endMonth: '2017-03' };
  it('names the region and window drawn', () => {
    expect(staticMapCaption('All routes', drawn, null)).toBe(
      'Static map: All routes, April 2016 – March 2017. Circles: dead and missing (IOM, minimum estimate).',
    );
  });

  it('in compare mode, says it draws one window, not the comparison, and where the comparison is', () => {
    const caption = staticMapCaption('All routes', drawn, { startMonth: '2015-04', endMonth: '2016-03' });
    expect(caption).toContain('April 2016 – March 2017');
    expect(caption).toContain('not the comparison with April 2015 – March 2016');
    expect(caption).toContain('table below');
  });
});

describe('matchingCompareView', () => {
  const drawnViews = [
    {
      measureId: 'a',
      startMonth: '2016-04',
      endMonth: '2017-03',
      compare: { startMonth: '2015-04', endMonth: '2016-03' },
    },
    {
      measureId: 'b',
      startMonth: '2016-04',
      endMonth: '2017-03',
      compare: { startMonth: '2015-04', endMonth: '2016-03' },
    },
    {
      measureId: 'c',
      startMonth: '2020-01',
      endMonth: '2020-12',
      compare: { startMonth: '2019-01', endMonth: '2019-12' },
    },
  ];
  const compareIndex = staticCompareIndex(drawnViews);
  const state = {
    startMonth: '2016-04',
    endMonth: '2017-03',
    compare: { startMonth: '2015-04', endMonth: '2016-03' },
    selected: { kind: 'measure' as const, id: 'b' },
  };

  it("picks the picture of the address's windows, the selected measure's among equals", () => {
    expect(matchingCompareView(state, compareIndex)?.measureId).toBe('b');
    expect(matchingCompareView({ ...state, selected: null }, compareIndex)?.measureId).toBe('a');
    expect(staticComparePath(matchingCompareView(state, compareIndex)!)).toBe('/atlas/static/compare/b.svg');
  });

  it('falls back (null: the nearest single window) when any of the four months differs, or outside compare mode', () => {
    expect(matchingCompareView({ ...state, compare: null }, compareIndex)).toBeNull();
    expect(matchingCompareView({ ...state, endMonth: '2017-04' }, compareIndex)).toBeNull();
    expect(
      matchingCompareView({ ...state, compare: { startMonth: '2015-05', endMonth: '2016-03' } }, compareIndex),
    ).toBeNull();
    expect(matchingCompareView(state, {})).toBeNull();
  });

  it('has a caption that says which width is which window and what the picture leaves out', () => {
    const caption = staticCompareCaption(drawnViews[0]!);
    expect(caption).toContain(
      'pale band with a thin edge, detections per month on each route in April 2015 – March 2016',
    );
    expect(caption).toContain('solid line, April 2016 – March 2017');
    expect(caption).toContain('Incidents are not drawn');
  });
});
