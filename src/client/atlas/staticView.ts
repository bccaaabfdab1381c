// The static map in the browser: shows the build-time pictures (src/pages/atlas/static/) of the view in the
// address, or of the nearest view drawn (src/lib/atlas/staticViews.ts), before and without any WebGL. Both
// pictures of a view are loaded before either is shown, so base and incidents never come from two views. A
// comparison drawn at build time (a measure's shift link) is one whole picture, shown in the base's place. The
// base pictures carry text, put in the page as SVG so that its CSS picks the text drawn for the map's width.
import {
  matchingCompareView,
  nearestStaticView,
  staticCompareCaption,
  staticComparePath,
  type StaticCompareIndex,
  staticMapCaption,
  staticRegionPath,
  staticViewPath,
  type StaticViewIndex,
} from '../../lib/atlas/staticViews.ts';
import type { AtlasState } from '../../lib/atlas/state.ts';
import { ALL_ROUTES_VIEW, QUICK_VIEWS } from '../../lib/atlas/views.ts';
import { ATLAS_IDS } from '../../lib/atlas/elementIds.ts';
import { byId } from './dom.ts';
import { shownWindow } from './compareToggle.ts';

async function decoded(src: string): Promise<void> {
  const image = new Image();
  image.src = src;
  await image.decode();
}

/**
 * A picture with text, put in the page as SVG: its text is written for several widths and the page's CSS shows
 * the one of the width the map takes (AtlasView.astro), which it could not do inside an <img>.
 */
async function svgMarkup(src: string): Promise<string> {
  const response = await fetch(src);
  if (!response.ok) throw new Error(`${src}: ${response.status}`);
  return response.text();
}

interface Shown {
  key: string;
  /** The picture in the base's place (null: the whole map, inline in the page). */
  basePath: string | null;
  /** The incidents laid over it (null: none, the compare picture). */
  incidentsPath: string | null;
  caption: (state: AtlasState) => string;
  dataset: { region: string; window: string; compare: string };
}

/** What to show for a state: the compare picture of its windows when drawn, else the nearest single window. */
function pictureFor(state: AtlasState, index: StaticViewIndex, compareIndex: StaticCompareIndex): Shown | null {
  const compare = matchingCompareView(state, compareIndex);
  if (compare) {
    return {
      key: `compare|${compare.measureId}`,
      basePath: staticComparePath(compare),
      incidentsPath: null,
      caption: () => staticCompareCaption(compare, shownWindow()),
      dataset: { region: '', window: `${compare.startMonth}/${compare.endMonth}`, compare: compare.measureId },
    };
  }
  // On a phone's "Before", the picture of the reference window, and a caption naming the window it is not.
  const before = state.compare && shownWindow() === 'before' ? state.compare : null;
  const view = nearestStaticView(before ? { ...state, ...before } : state, index);
  if (!view) return null;
  const label = QUICK_VIEWS.find((v) => v.id === view.regionId)?.label ?? view.regionId;
  return {
    key: `${view.regionId}|${view.startMonth}/${view.endMonth}`,
    // The whole map's base picture is inline in the page; other regions come as files.
    basePath: view.regionId === ALL_ROUTES_VIEW.id ? null : staticRegionPath(view.regionId),
    incidentsPath: staticViewPath(view),
    caption: (s) =>
      staticMapCaption(
        label,
        view,
        before && s.compare ? { startMonth: s.startMonth, endMonth: s.endMonth } : s.compare,
      ),
    dataset: { region: view.regionId, window: `${view.startMonth}/${view.endMonth}`, compare: '' },
  };
}

/** Returns a function that shows the static pictures nearest to a state (a no-op when already shown). */
export function createStaticMap(
  index: StaticViewIndex,
  compareIndex: StaticCompareIndex = {},
): (state: AtlasState) => Promise<void> {
  const element = byId(ATLAS_IDS.staticMap);
  const base = element.querySelector<HTMLElement>('[data-static-base]')!;
  const incidents = element.querySelector<HTMLImageElement>('[data-static-incidents]')!;
  let wanted = `${element.dataset['region']}|${element.dataset['window']}`;
  // The picture in the page's HTML until another is shown (data-window is "from/to").
  const [startMonth, endMonth] = (element.dataset['window'] ?? '').split('/');
  const htmlLabel = QUICK_VIEWS.find((v) => v.id === element.dataset['region'])?.label ?? '';
  let caption: ((state: AtlasState) => string) | null =
    startMonth && endMonth ? (s) => staticMapCaption(htmlLabel, { startMonth, endMonth }, s.compare) : null;
  const showCaption = (state: AtlasState) => {
    // On a phone the compare picture shows the window the before/after toggle chose (AtlasView.astro's CSS).
    element.dataset['compareShown'] = state.compare ? shownWindow() : '';
    if (caption) byId(ATLAS_IDS.staticCaption).textContent = caption(state);
  };
  return async (state) => {
    const picture = pictureFor(state, index, compareIndex);
    if (!picture) return;
    // The same picture: only the caption may change (compare mode on or off).
    if (picture.key === wanted) return showCaption(state);
    wanted = picture.key;
    let baseSvg: string | null;
    try {
      [baseSvg] = await Promise.all([
        picture.basePath ? svgMarkup(picture.basePath) : null,
        picture.incidentsPath ? decoded(picture.incidentsPath) : null,
      ]);
    } catch {
      // A picture that does not load leaves the one shown: the caption still names it.
      return;
    }
    // A later state asked for another view meanwhile.
    if (wanted !== picture.key) return;
    if (picture.basePath && baseSvg !== null) {
      // Built by the site from its own data, never from the address: safe to put in the page as it is.
      base.innerHTML = baseSvg;
      base.dataset['src'] = picture.basePath;
    }
    base.hidden = !picture.basePath;
    if (picture.incidentsPath) incidents.src = picture.incidentsPath;
    incidents.hidden = !picture.incidentsPath;
    element.dataset['region'] = picture.dataset.region;
    element.dataset['window'] = picture.dataset.window;
    element.dataset['compare'] = picture.dataset.compare;
    caption = picture.caption;
    showCaption(state);
  };
}
