// Holding MapLibre's frames while the map is set up. The WebGL map's canvas stays hidden until the map is ready
// (AtlasView.astro shows it on data-map="ready"), so every frame drawn before is thrown away, and each one draws
// the basemap again: MapLibre draws a frame as each basemap tile arrives, and deck.gl asks for one after each
// layer it sets up. On a phone's CPU each such frame costs tens of ms of main thread (bench/README.md).

/** The part of MapLibre's Map that the hold uses. */
export interface FrameSource {
  triggerRepaint(): void;
  on(type: 'sourcedata', listener: (event: { tile?: unknown }) => void): unknown;
  off(type: 'sourcedata', listener: (event: { tile?: unknown }) => void): unknown;
  once(type: 'load', listener: () => void): unknown;
  getSource(id: string): unknown;
  isSourceLoaded(id: string): boolean;
}

/** A frame asked for while frames are held is let through after this long at most, whatever asked for it. */
export const HELD_FRAME_LIMIT_MS = 2_000;

/**
 * Holds `map`'s frames until the returned release is called, which draws one frame if any was asked for.
 *
 * Until MapLibre's 'load', the frames MapLibre needs to load are let through: one when a source's data has
 * arrived (MapLibre asks for that source's tiles while drawing a frame), and one once every source in
 * `sourceIds` has its tiles (the frame that fires 'load'); not one for each tile as it arrives. After 'load',
 * none until the release. A frame held longer than `limitMs` is let through anyway, so that a source this does
 * not foresee can never stall the map.
 */
export function holdFrames(map: FrameSource, sourceIds: readonly string[], limitMs = HELD_FRAME_LIMIT_MS): () => void {
  const draw = map.triggerRepaint.bind(map);
  let asked = false;
  let loaded = false;
  let limit: ReturnType<typeof setTimeout> | undefined;
  const letThrough = () => {
    asked = false;
    clearTimeout(limit);
    limit = undefined;
    draw();
  };
  // A source's data (not a tile) has arrived: MapLibre asks for its tiles in the next frame.
  const onSourceData = (event: { tile?: unknown }) => {
    if (!loaded && event.tile === undefined) letThrough();
  };
  map.on('sourcedata', onSourceData);
  map.once('load', () => (loaded = true));
  // MapLibre's own map.loaded() is false inside triggerRepaint: MapLibre marks its sources for an update just before.
  const tilesIn = () => sourceIds.every((id) => map.getSource(id) !== undefined && map.isSourceLoaded(id));
  map.triggerRepaint = () => {
    if (!loaded && tilesIn()) return letThrough();
    asked = true;
    limit ??= setTimeout(letThrough, limitMs);
  };
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    map.off('sourcedata', onSourceData);
    clearTimeout(limit);
    map.triggerRepaint = draw;
    if (asked) draw();
  };
}
