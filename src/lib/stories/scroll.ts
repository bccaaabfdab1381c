/**
 * The pure decisions of a scroll story: which step is active for given positions, where the trigger line is,
 * whether to animate between two steps, and the camera that fits a step's bounds. The browser measures; these
 * functions decide, so the decisions are tested without a browser and never depend on the order of events.
 */
import type { AtlasState } from '../atlas/state.ts';
import { ZOOM_LIMITS } from '../atlas/views.ts';
import type { Bounds, StoryViewState } from './types.ts';

/**
 * The active step: the LAST step whose top edge is at or above the trigger line. Positions, not the order of
 * enter/exit callbacks, decide, so a fast scroll down and back up ends on the step the reader sees.
 * Before the first step reaches the line, the first step is active.
 */
export function activeStepIndex(stepTopsPx: readonly number[], triggerPx: number): number {
  let active = 0;
  for (let i = 0; i < stepTopsPx.length; i++) if (stepTopsPx[i]! <= triggerPx) active = i;
  return active;
}

/**
 * The trigger line, in viewport pixels from the top: a third of the way down what the map leaves visible.
 * `obstructionPx` is the height covered at the top by the sticky map on a phone (0 beside the text).
 */
export function triggerLinePx(viewportHeightPx: number, obstructionPx: number): number {
  const top = Math.max(0, Math.min(obstructionPx, viewportHeightPx));
  return Math.round(top + (viewportHeightPx - top) / 3);
}

/** How far apart two steps' views may be, in multiples of the larger view's width, and still fly. */
export const MAX_ANIMATED_SHIFT = 1.5;
/** The largest zoom change (a factor of 2^2.5 ≈ 6 in scale) that still flies. */
export const MAX_ANIMATED_ZOOM_CHANGE = 2.5;

function centre(b: Bounds): [number, number] {
  return [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
}

/**
 * Animate only from a neighbouring step and only over a short distance; otherwise jump. Under reduced motion,
 * always jump. `fromIndex` is null before any state was applied (the first state always jumps).
 */
export function shouldAnimate(
  from: { index: number; bounds: Bounds } | null,
  to: { index: number; bounds: Bounds },
  reducedMotion: boolean,
): boolean {
  if (reducedMotion || !from || Math.abs(from.index - to.index) !== 1) return false;
  const widthDeg = Math.max(from.bounds[2] - from.bounds[0], to.bounds[2] - to.bounds[0]);
  const [x1, y1] = centre(from.bounds);
  const [x2, y2] = centre(to.bounds);
  if (Math.hypot(x2 - x1, y2 - y1) > MAX_ANIMATED_SHIFT * widthDeg) return false;
  const zoomChange = Math.abs(Math.log2((from.bounds[2] - from.bounds[0]) / (to.bounds[2] - to.bounds[0])));
  return zoomChange <= MAX_ANIMATED_ZOOM_CHANGE;
}

const TILE_PX = 512;
const mercatorY = (latDeg: number) => Math.log(Math.tan(Math.PI / 4 + (latDeg * Math.PI) / 360));
const latitudeOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;

/**
 * The Web Mercator camera (as MapLibre reads it, 512 px tiles) that fits `bounds` into a box of the given
 * size with `paddingPx` on every side, clamped to the zoom limits: the same area on a phone and a desktop.
 */
export function boundsToCamera(
  bounds: Bounds,
  size: { widthPx: number; heightPx: number; paddingPx: number },
  zoomLimits: { minZoom: number; maxZoom: number },
): { centerLon: number; centerLat: number; zoom: number } {
  const [west, south, east, north] = bounds;
  const widthPx = Math.max(1, size.widthPx - 2 * size.paddingPx);
  const heightPx = Math.max(1, size.heightPx - 2 * size.paddingPx);
  const yNorth = mercatorY(north);
  const ySouth = mercatorY(south);
  // At zoom z the world is TILE_PX·2^z px wide: 360° of longitude, 2π of Mercator y.
  const zoomX = Math.log2((widthPx * 360) / ((east - west) * TILE_PX));
  const zoomY = Math.log2((heightPx * 2 * Math.PI) / ((yNorth - ySouth) * TILE_PX));
  const zoom = Math.min(zoomLimits.maxZoom, Math.max(zoomLimits.minZoom, Math.min(zoomX, zoomY)));
  return { centerLon: (west + east) / 2, centerLat: latitudeOf((yNorth + ySouth) / 2), zoom };
}

/** The value of `data-window` on a step and on the map container: "2016-04..2017-03". */
export function windowAttribute(state: Pick<StoryViewState, 'startMonth' | 'endMonth'>): string {
  return `${state.startMonth}..${state.endMonth}`;
}

/** The step named by an address's fragment ("#libya-mou"), or null when it names none. */
export function stepIndexFromHash(hash: string, stepIds: readonly string[]): number | null {
  let id = hash.replace(/^#/, '');
  try {
    id = decodeURIComponent(id);
  } catch {
    return null;
  }
  const index = stepIds.indexOf(id);
  return index >= 0 ? index : null;
}

/** Padding kept free around a step's bounds when its camera is fitted to the map box. */
export const STEP_PADDING_PX = 12;

/**
 * The atlas map's view of a step, its camera fitted to the map box as it is now. Every highlighted route and
 * measure of the step is highlighted on the map (`highlight`), not only the first: nothing is "selected", so
 * no one feature stands out over the others the step names.
 */
export function stepAtlasState(state: StoryViewState, box: { widthPx: number; heightPx: number }): AtlasState {
  return {
    ...boundsToCamera(state.bounds, { ...box, paddingPx: STEP_PADDING_PX }, ZOOM_LIMITS),
    startMonth: state.startMonth,
    endMonth: state.endMonth,
    layers: state.layers,
    selected: null,
    highlight: { routes: state.highlight.routes, measures: state.highlight.measures },
    // A step may compare its window with a reference one (validated against the data by the story build).
    compare: state.compare,
    widthScale: null,
  };
}
