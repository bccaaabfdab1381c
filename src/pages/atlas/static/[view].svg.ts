// The atlas's static maps as files (src/lib/atlas/staticViews.ts): /atlas/static/<region>.svg, the base picture
// of each quick view, and /atlas/static/<region>_<from>_<to>.svg, the incidents of one window to lay over it.
// The atlas shows the one of its address (or the nearest) before any WebGL.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStaticViews, staticIncidents, staticMapInput } from '../../../lib/io/atlasStatic.ts';
import {
  regionBbox,
  STATIC_MAP_SIZE,
  STATIC_TEXT_TIERS_PX,
  staticRegionPath,
  staticViewPath,
  type StaticView,
} from '../../../lib/atlas/staticViews.ts';
import { QUICK_VIEWS, type CameraView } from '../../../lib/atlas/views.ts';
import { staticIncidentsSvg, staticMapSvg } from '../../../map/staticMap.ts';
import { PALETTE } from '../../../map/palette.ts';
import { windowInWords } from '../../../lib/time/words.ts';

const fileName = (path: string) => path.replace('/atlas/static/', '').replace(/\.svg$/, '');

export const getStaticPaths = (() => [
  ...QUICK_VIEWS.map((region) => ({ params: { view: fileName(staticRegionPath(region.id)) }, props: { region } })),
  ...getStaticViews().map((view) => ({
    params: { view: fileName(staticViewPath(view)) },
    props: { region: QUICK_VIEWS.find((r) => r.id === view.regionId)!, view },
  })),
]) satisfies GetStaticPaths;

interface Props {
  region: CameraView;
  view?: StaticView;
}

function svgOf({ region, view }: Props): string {
  const frame = { ...STATIC_MAP_SIZE, bbox: regionBbox(region) };
  if (!view) {
    return staticMapSvg(staticMapInput(), {
      ...frame,
      title: `Static map: ${region.label}`,
      description: `The routes, places and measures of the atlas, ${region.label}.`,
      dashedRouteIds: ['sahel-agadez'],
      // Shown inline in the atlas page, beside its own static map: ids of its own.
      idPrefix: `static-region-${region.id}`,
      textTiersPx: STATIC_TEXT_TIERS_PX,
    });
  }
  const incidents = staticIncidents(view).map((i) => ({
    ...i,
    colour: i.routeColour ?? PALETTE.light.otherIncident,
  }));
  return staticIncidentsSvg(incidents, {
    ...frame,
    title: `Dead and missing, ${region.label}, ${windowInWords(view.startMonth, view.endMonth)}`,
    description:
      'Incidents recorded by the IOM Missing Migrants Project (minimum estimate): circle area grows with the dead and missing.',
  });
}

export const GET: APIRoute = ({ props }) =>
  new Response(svgOf(props as Props), { headers: { 'Content-Type': 'image/svg+xml' } });
