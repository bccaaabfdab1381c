// Which deck.gl layers the map hands deck.gl next. deck.gl sets up every layer it is given in one animation
// frame (attributes, glyph atlases, shaders), and each extra frame redraws the whole map. So the map admits the
// cheap layers (paths and circles: attributes and shaders only) together in one frame, then each text layer (a
// glyph atlas to draw and distance-transform besides) in a frame of its own. Visible layers only: a layer the
// reader has not switched on is never set up.
// Compare mode's layers (compareLayers.ts) are scheduled the same way, and only while the reader compares.
import type { AtlasLayer } from '../../lib/atlas/state.ts';

export interface ScheduledLayer {
  /** The deck.gl layer id (for the reference routes, the band; its edge comes with it). */
  id: string;
  /** The atlas layer whose toggle shows it; null: always shown (country labels). */
  shownBy: AtlasLayer | null;
  /** 'text': a TextLayer, set up alone; 'cheap': set up together with the other cheap layers. */
  cost: 'cheap' | 'text';
  /** Drawn only in compare mode: the reference window and the change between the windows. */
  compare?: true;
}

/**
 * Every deck.gl layer of the atlas in draw order, the order they are set up in within each cost: the reference
 * window under the current one, the compare rings and change labels above everything.
 */
export const DECK_LAYER_ORDER: readonly ScheduledLayer[] = [
  { id: 'routes-reference', shownBy: 'routes', cost: 'cheap', compare: true },
  { id: 'incidents-reference', shownBy: 'incidents', cost: 'cheap', compare: true },
  { id: 'routes', shownBy: 'routes', cost: 'cheap' },
  { id: 'incidents', shownBy: 'incidents', cost: 'cheap' },
  { id: 'measures', shownBy: 'measures', cost: 'text' },
  { id: 'places-dots', shownBy: 'places', cost: 'cheap' },
  { id: 'places-labels', shownBy: 'places', cost: 'text' },
  { id: 'country-labels', shownBy: null, cost: 'text' },
  { id: 'measures-compare-rings', shownBy: 'measures', cost: 'cheap', compare: true },
  { id: 'route-change-labels', shownBy: 'routes', cost: 'text', compare: true },
];

export function isShown(layer: ScheduledLayer, shown: readonly AtlasLayer[], comparing = false): boolean {
  if (layer.compare && !comparing) return false;
  return layer.shownBy === null || shown.includes(layer.shownBy);
}

/**
 * The layers to admit in the next frame: every shown cheap layer not admitted yet, all together; once they are
 * in, the first shown text layer in draw order, alone. Empty when every shown layer is admitted.
 */
export function nextLayersToAdmit(
  order: readonly ScheduledLayer[],
  shown: readonly AtlasLayer[],
  admitted: ReadonlySet<string>,
  comparing = false,
): string[] {
  const waiting = order.filter((layer) => isShown(layer, shown, comparing) && !admitted.has(layer.id));
  const cheap = waiting.filter((layer) => layer.cost === 'cheap');
  if (cheap.length > 0) return cheap.map((layer) => layer.id);
  return waiting.slice(0, 1).map((layer) => layer.id);
}

/**
 * The admitted layers to hand deck.gl, in draw order. Leaving compare mode drops its layers from `admitted`
 * too, so that comparing again sets them up one per frame like the first time.
 */
export function layersToHand(order: readonly ScheduledLayer[], admitted: Set<string>, comparing: boolean): string[] {
  if (!comparing) for (const layer of order) if (layer.compare) admitted.delete(layer.id);
  return order.filter((layer) => admitted.has(layer.id)).map((layer) => layer.id);
}
