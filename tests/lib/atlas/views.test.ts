// The atlas's default and quick views against the real data: what they must show.
import { describe, expect, it } from 'vitest';
import { ALL_ROUTES_VIEW, cameraForBounds, QUICK_VIEWS, visibleBounds } from '../../../src/lib/atlas/views.ts';
import { getAtlasPayload } from '../../../src/lib/io/atlas.ts';
import { getSiteData } from '../../../src/lib/io/siteData.ts';

const inside = (box: ReturnType<typeof visibleBounds>, lon: number, lat: number) =>
  lon >= box.minLon && lon <= box.maxLon && lat >= box.minLat && lat <= box.maxLat;

describe('atlas views', () => {
  it('the default view includes Agadez and northern Niger, the Canaries and Belarus on a desktop map', () => {
    // The desktop map beside the controls is about 900 × 580 px.
    const box = visibleBounds(ALL_ROUTES_VIEW, { widthPx: 900, heightPx: 580 });
    const place = (id: string) => getSiteData().places.find((p) => p.id === id)!;
    for (const id of ['agadez', 'arlit', 'assamaka']) expect(inside(box, place(id).lon, place(id).lat), id).toBe(true);
    expect(inside(box, 9, 23), 'northern Niger').toBe(true);
    expect(inside(box, -15.4, 28.1), 'Gran Canaria').toBe(true);
    expect(inside(box, 27.5, 53.9), 'Minsk').toBe(true);
  });

  it('the Sahel quick view is close enough for the Niger country label', () => {
    const sahel = QUICK_VIEWS.find((v) => v.id === 'sahel-agadez')!;
    expect(getAtlasPayload().countryLabelMinZoom['Niger']).toBeLessThanOrEqual(sahel.zoom);
    expect(inside(visibleBounds(sahel, { widthPx: 900, heightPx: 580 }), 7.99, 16.97)).toBe(true);
  });

  it('fits a box into a map, and shows that box again', () => {
    const box = { minLon: 10, minLat: 30, maxLon: 30, maxLat: 45 };
    const camera = cameraForBounds(box, { widthPx: 960, heightPx: 620, paddingPx: 0 });
    const shown = visibleBounds(camera, { widthPx: 960, heightPx: 620 });
    expect(shown.minLon).toBeLessThanOrEqual(box.minLon + 1e-3);
    expect(shown.maxLon).toBeGreaterThanOrEqual(box.maxLon - 1e-3);
    expect(shown.minLat).toBeLessThanOrEqual(box.minLat + 1e-3);
    expect(shown.maxLat).toBeGreaterThanOrEqual(box.maxLat - 1e-3);
    // Tight on one side: the box fills the width or the height.
    const fillsWidth = Math.abs(shown.maxLon - shown.minLon - 20) < 0.05;
    const fillsHeight = Math.abs(shown.maxLat - 45) < 0.05;
    expect(fillsWidth || fillsHeight).toBe(true);
  });
});
