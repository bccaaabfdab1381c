// The atlas's static pictures of a comparison (src/lib/atlas/staticViews.ts staticComparePath): for each
// measure's "See this shift on the map" link, the whole picture of its view at the atlas's static size: both
// windows' widths on the scale the legend states, the change labels placed inside the frame, the measures the
// interactive map marks. The atlas shows it, fetched on demand, when the address has exactly these windows.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStaticCompareViews, staticMapInput, type StaticCompareDrawn } from '../../../../lib/io/atlasStatic.ts';
import { getAtlasPayload } from '../../../../lib/io/atlas.ts';
import {
  regionBbox,
  STATIC_MAP_SIZE,
  STATIC_TEXT_TIERS_PX,
  staticComparePath,
} from '../../../../lib/atlas/staticViews.ts';
import {
  compareViewMarks,
  compareWindows,
  staticCompareDrawing,
  widthScaleInUse,
} from '../../../../lib/atlas/compare.ts';
import { staticMapSvg } from '../../../../map/staticMap.ts';
import { windowInWords } from '../../../../lib/time/words.ts';

export const getStaticPaths = (() =>
  getStaticCompareViews().map((view) => ({
    params: {
      measure: staticComparePath(view)
        .replace('/atlas/static/compare/', '')
        .replace(/\.svg$/, ''),
    },
    props: { view },
  }))) satisfies GetStaticPaths;

/** The compare picture of one measure's link: see the module comment. */
export function compareSvg(view: StaticCompareDrawn): string {
  const payload = getAtlasPayload();
  const { state } = view;
  const comparison = compareWindows(payload, state, view.compare);
  const bbox = regionBbox({ id: `compare-${view.measureId}`, label: '', ...state }, STATIC_MAP_SIZE);
  const marks = compareViewMarks(payload, state);
  const current = windowInWords(view.startMonth, view.endMonth);
  const reference = windowInWords(view.compare.startMonth, view.compare.endMonth);
  return staticMapSvg(
    { ...staticMapInput(), markers: marks.map((m) => ({ id: m.id, lon: m.lon, lat: m.lat, label: m.title })) },
    {
      ...STATIC_MAP_SIZE,
      bbox,
      title: `Routes compared: ${current} against ${reference}`,
      description: `Each route's width in ${reference} as a pale band with a thin edge, and in ${current} as a solid line, with the change in Frontex detections written on the route.`,
      dashedRouteIds: ['sahel-agadez'],
      idPrefix: 'static-compare',
      textTiersPx: STATIC_TEXT_TIERS_PX,
      compare: staticCompareDrawing(
        payload,
        comparison,
        widthScaleInUse(payload, state, comparison).scale.widthPx,
        marks,
      ),
    },
  );
}

export const GET: APIRoute = ({ props }) =>
  new Response(compareSvg((props as { view: StaticCompareDrawn }).view), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
