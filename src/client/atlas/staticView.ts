// The static map in the browser: shows the build-time pictures (src/pages/atlas/static/) of the view in the
// address, or of the nearest view drawn (src/lib/atlas/staticViews.ts), before and without any WebGL. Both
// pictures of a view are decoded before either is shown, so base and incidents never come from two views.
import {
  nearestStaticView,
  staticMapCaption,
  staticRegionPath,
  staticViewPath,
  type StaticViewIndex,
  type StaticWindow,
} from '../../lib/atlas/staticViews.ts';
import type { AtlasState } from '../../lib/atlas/state.ts';
import { ALL_ROUTES_VIEW, QUICK_VIEWS } from '../../lib/atlas/views.ts';
import { ATLAS_IDS } from '../../lib/atlas/elementIds.ts';
import { byId } from './dom.ts';

async function decoded(src: string): Promise<void> {
  const image = new Image();
  image.src = src;
  await image.decode();
}

/** Returns a function that shows the static pictures nearest to a state (a no-op when already shown). */
export function createStaticMap(index: StaticViewIndex): (state: AtlasState) => Promise<void> {
  const element = byId(ATLAS_IDS.staticMap);
  const base = element.querySelector<HTMLImageElement>('[data-static-base]')!;
  const incidents = element.querySelector<HTMLImageElement>('[data-static-incidents]')!;
  const shown = () => `${element.dataset['region']}|${element.dataset['window']}`;
  let wanted = shown();
  const labelOf = (regionId: string) => QUICK_VIEWS.find((v) => v.id === regionId)?.label ?? regionId;
  // The picture in the page's HTML until another is shown (data-window is "from/to").
  const [startMonth, endMonth] = (element.dataset['window'] ?? '').split('/');
  let drawn: { label: string; view: StaticWindow } | null =
    startMonth && endMonth ? { label: labelOf(element.dataset['region'] ?? ''), view: { startMonth, endMonth } } : null;
  const caption = (state: AtlasState) => {
    if (drawn) byId(ATLAS_IDS.staticCaption).textContent = staticMapCaption(drawn.label, drawn.view, state.compare);
  };
  return async (state) => {
    const view = nearestStaticView(state, index);
    if (!view) return;
    const key = `${view.regionId}|${view.startMonth}/${view.endMonth}`;
    // The same picture: only the caption may change (compare mode on or off).
    if (key === wanted) return caption(state);
    wanted = key;
    const path = staticViewPath(view);
    // The whole map's base picture is inline in the page; other regions come as files.
    const basePath = view.regionId === ALL_ROUTES_VIEW.id ? null : staticRegionPath(view.regionId);
    try {
      await Promise.all([decoded(path), ...(basePath ? [decoded(basePath)] : [])]);
    } catch {
      // A picture that does not load leaves the one shown: the caption still names it.
      return;
    }
    // A later state asked for another view meanwhile.
    if (wanted !== key) return;
    if (basePath) base.src = basePath;
    base.hidden = !basePath;
    incidents.src = path;
    element.dataset['region'] = view.regionId;
    element.dataset['window'] = `${view.startMonth}/${view.endMonth}`;
    drawn = { label: labelOf(view.regionId), view };
    caption(state);
  };
}
