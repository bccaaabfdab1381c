// Which deck.gl layer the map sets up next. Setting a layer up (attributes, shaders) takes tens of ms on a phone, so
// the map sets the layers up one per task (map.ts), so that no task holds them all, in draw order. Visible layers
// only: a layer the reader has not switched on is never set up. Compare mode's layers (compareLayers.ts) are
// scheduled the same way, and only while the reader compares. (The map's text is HTML, not deck.gl: labelOverlay.ts.)
import type { AtlasLayer } from '../../lib/atlas/state.ts';

export interface ScheduledLayer {
  /** The deck.gl layer id (for the reference routes, the band; its edge comes with it). */
  id: string;
  /** The atlas layer whose toggle shows it. */
  shownBy: AtlasLayer;
  /** Drawn only in compare mode: the reference window and the change between the windows. */
  compare?: true;
}

/** Every deck.gl layer of the atlas in draw order: the reference window under the current one, the rings on top. */
export const DECK_LAYER_ORDER: readonly ScheduledLayer[] = [
  { id: 'routes-reference', shownBy: 'routes', compare: true },
  { id: 'incidents-reference', shownBy: 'incidents', compare: true },
  { id: 'routes', shownBy: 'routes' },
  { id: 'incidents', shownBy: 'incidents' },
  { id: 'places-dots', shownBy: 'places' },
  { id: 'measures-compare-rings', shownBy: 'measures', compare: true },
];

function isShown(layer: ScheduledLayer, shown: readonly AtlasLayer[], comparing = false): boolean {
  if (layer.compare && !comparing) return false;
  return shown.includes(layer.shownBy);
}

/** The layer to set up next: the first shown layer not admitted yet, in draw order; null when all are in. */
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
 * too, so that comparing again sets them up one per task like the first time.
 */
export function layersToHand(order: readonly ScheduledLayer[], admitted: Set<string>, comparing: boolean): string[] {
  if (!comparing) for (const layer of order) if (layer.compare) admitted.delete(layer.id);
  return order.filter((layer) => admitted.has(layer.id)).map((layer) => layer.id);
}
