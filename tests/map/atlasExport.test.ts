// The atlas's image download: the static map of the view's camera and window with the layers the reader has
// on, incidents included, and a legend that states the units.
import { describe, expect, it } from 'vitest';
import { buildAtlasPayload } from '../../src/lib/atlas/payload.ts';
import { defaultAtlasState } from '../../src/lib/atlas/views.ts';
import { getSiteData } from '../../src/lib/io/siteData.ts';
import { getBasemap } from '../../src/lib/io/basemapData.ts';
import { windowMonthIndexes, type AtlasState } from '../../src/lib/atlas/state.ts';
import { atlasExportSvg, windowIncidents } from '../../src/map/atlasExport.ts';
import { exportFrameSvg } from '../../src/charts/share/exportFrame.ts';
import { svgToPng } from '../../src/lib/io/previewImage.ts';

const payload = buildAtlasPayload(getSiteData(), []);
const basemap = getBasemap();
// Central Mediterranean, 2017: a window and region with many incidents.
const view: AtlasState = {
  ...defaultAtlasState(2024),
  centerLon: 14,
  centerLat: 35,
  zoom: 4.5,
  startMonth: '2017-01',
  endMonth: '2017-12',
  compare: null,
  layers: ['routes', 'incidents', 'measures'],
};
const circles = (markup: string) => markup.match(/<circle /g)?.length ?? 0;

describe('atlasExportSvg', () => {
  it('draws the incidents of the window as circles, with the routes and a legend stating the units', () => {
    const body = atlasExportSvg({ payload, basemap, state: view });
    expect(circles(body.markup)).toBeGreaterThan(50);
    expect(body.markup).toContain('data-route-id="central-mediterranean"');
    // Each legend line fits the map's width (about 0.55 em a character at 12 px).
    const legendLines = [...body.markup.matchAll(/<text x="0" y="\d+">([^<]*)<\/text>/g)].map((m) => m[1]!);
    expect(legendLines.length).toBeGreaterThanOrEqual(3);
    for (const line of legendLines) expect(line.length * 12 * 0.55, line).toBeLessThanOrEqual(body.widthPx);
    expect(body.markup).toContain('minimum estimate');
    expect(body.markup).toContain('detections, not people');
    // The framed file (what the reader downloads) holds the same marks.
    const framed = exportFrameSvg({
      bodyWidthPx: body.widthPx,
      bodyHeightPx: body.heightPx,
      bodyMarkup: body.markup,
      title: 'Atlas',
      sourceLines: ['Frontex; IOM'],
      siteLine: 'Shifting Routes',
      colours: { background: '#fff', text: '#000', muted: '#555' },
    });
    expect(circles(framed.markup)).toBe(circles(body.markup));
    // A file an image decoder reads (a strict XML parser: the browser's <img> rejects what resvg rejects).
    const png = svgToPng(framed.markup);
    expect(Buffer.from(png.subarray(1, 4)).toString('ascii')).toBe('PNG');
    expect(Buffer.from(png).readUInt32BE(16)).toBe(framed.widthPx);
  });

  it('draws only incidents of the window: a year without the window has none of its circles', () => {
    const [start, end] = windowMonthIndexes(view, payload.originMonth);
    const inWindow = payload.incidents.month.filter((m) => m >= start && m <= end).length;
    expect(windowIncidents(payload, view, 'light')).toHaveLength(inWindow);
    const other = windowIncidents(payload, { ...view, startMonth: '2021-01', endMonth: '2021-12' }, 'light');
    expect(other.length).not.toBe(inWindow);
  });

  it('leaves out the layers the reader turned off', () => {
    const body = atlasExportSvg({ payload, basemap, state: { ...view, layers: ['routes'] } });
    expect(circles(body.markup)).toBe(0);
    expect(body.markup).not.toContain('data-measure-id');
    expect(body.markup).not.toContain('minimum estimate');
    const noRoutes = atlasExportSvg({ payload, basemap, state: { ...view, layers: ['incidents'] } });
    expect(noRoutes.markup).not.toContain('data-route-id');
    expect(circles(noRoutes.markup)).toBeGreaterThan(50);
  });

  it('in compare mode draws the reference widths and change labels, and says detections are not people', () => {
    const body = atlasExportSvg({
      payload,
      basemap,
      state: { ...view, compare: { startMonth: '2016-01', endMonth: '2016-12' } },
    });
    expect(body.markup).toContain('data-change-label=');
    expect(body.markup).toContain('detections, not people');
    expect(body.markup).toContain('minimum estimate');
  });
});
