// Which deck.gl layer the map sets up next. Setting a layer up (attributes, shaders, for a text layer a glyph atlas
// to draw and distance-transform) takes tens to hundreds of ms on a phone, so the map sets the layers up one per
// task (map.ts), so that no task holds them all: the cheap layers (paths and circles) first, then each text layer
// in draw order. Visible layers only: a layer the reader has not switched on is never set up.
// Compare mode's layers (compareLayers.ts) are scheduled the same way, and only while the reader compares.
import type { AtlasLayer } from '../../lib/atlas/state.ts';

export interface ScheduledLayer {
  /** The deck.gl layer id (for the reference routes, the band; its edge comes with it). */
  id: string;
  /** The atlas layer whose toggle shows it. (The place and country names are HTML text: labelOverlay.ts.) */
  shownBy: AtlasLayer;
  /** 'text': a TextLayer, set up after the cheap layers (paths and circles). */
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
  { id: 'measures-compare-rings', shownBy: 'measures', cost: 'cheap', compare: true },
  { id: 'route-change-labels', shownBy: 'routes', cost: 'text', compare: true },
];

export function isShown(layer: ScheduledLayer, shown: readonly AtlasLayer[], comparing = false): boolean {
  if (layer.compare && !comparing) return false;
  return shown.includes(layer.shownBy);
}

/**
 * The layer to set up next: the first shown cheap layer not admitted yet, in draw order; once they are all in, the
 * first shown text layer. Null when every shown layer is admitted.
 */
export function nextLayerToAdmit(
  order: readonly ScheduledLayer[],
  shown: readonly AtlasLayer[],
  admitted: ReadonlySet<string>,
  comparing = false,
): string | null {
  const waiting = order.filter((layer) => isShown(layer, shown, comparing) && !admitted.has(layer.id));
  return (waiting.find((layer) => layer.cost === 'cheap') ?? waiting[0])?.id ?? null;
}

/**
 * The admitted layers to hand deck.gl, in draw order. Leaving compare mode drops its layers from `admitted`
 * too, so that comparing again sets them up one per task like the first time.
 */
export function layersToHand(order: readonly ScheduledLayer[], admitted: Set<string>, comparing: boolean): string[] {
  if (!comparing) for (const layer of order) if (layer.compare) admitted.delete(layer.id);
  return order.filter((layer) => admitted.has(layer.id)).map((layer) => layer.id);
}
