// Which deck.gl layer the map hands deck.gl next. deck.gl sets up every layer it is given in one animation
// frame (attributes, glyph atlases, shaders), so the map admits them one at a time, visible layers only: a
// layer the reader has not switched on is never set up, and no single task sets up more than one layer.
// Compare mode's layers (compareLayers.ts) are scheduled the same way, and only while the reader compares.
import type { AtlasLayer } from '../../lib/atlas/state.ts';

export interface ScheduledLayer {
  /** The deck.gl layer id (for the reference routes, the band; its edge comes with it). */
  id: string;
  /** The atlas layer whose toggle shows it; null: always shown (country labels). */
  shownBy: AtlasLayer | null;
  /** Drawn only in compare mode: the reference window and the change between the windows. */
  compare?: true;
}

/**
 * Every deck.gl layer of the atlas in draw order, which is also the order they are set up in: the reference
 * window under the current one, the compare rings and change labels above everything.
 */
export const DECK_LAYER_ORDER: readonly ScheduledLayer[] = [
  { id: 'routes-reference', shownBy: 'routes', compare: true },
  { id: 'incidents-reference', shownBy: 'incidents', compare: true },
  { id: 'routes', shownBy: 'routes' },
  { id: 'incidents', shownBy: 'incidents' },
  { id: 'measures', shownBy: 'measures' },
  { id: 'places-dots', shownBy: 'places' },
  { id: 'places-labels', shownBy: 'places' },
  { id: 'country-labels', shownBy: null },
  { id: 'measures-compare-rings', shownBy: 'measures', compare: true },
  { id: 'route-change-labels', shownBy: 'routes', compare: true },
];

export function isShown(layer: ScheduledLayer, shown: readonly AtlasLayer[], comparing = false): boolean {
  if (layer.compare && !comparing) return false;
  return layer.shownBy === null || shown.includes(layer.shownBy);
}

/** The first layer in draw order that is shown and not admitted yet, or null when every shown layer is. */
export function nextLayerToAdmit(
  order: readonly ScheduledLayer[],
  shown: readonly AtlasLayer[],
  admitted: ReadonlySet<string>,
  comparing = false,
): string | null {
  return order.find((layer) => isShown(layer, shown, comparing) && !admitted.has(layer.id))?.id ?? null;
}

/**
 * The admitted layers to hand deck.gl, in draw order. Leaving compare mode drops its layers from `admitted`
 * too, so that comparing again sets them up one per frame like the first time.
 */
export function layersToHand(order: readonly ScheduledLayer[], admitted: Set<string>, comparing: boolean): string[] {
  if (!comparing) for (const layer of order) if (layer.compare) admitted.delete(layer.id);
  return order.filter((layer) => admitted.has(layer.id)).map((layer) => layer.id);
}
