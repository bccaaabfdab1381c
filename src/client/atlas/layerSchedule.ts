// Which deck.gl layer the map hands deck.gl next. deck.gl sets up every layer it is given in one animation
// frame (attributes, glyph atlases, shaders), so the map admits them one at a time, visible layers only: a
// layer the reader has not switched on is never set up, and no single task sets up more than one layer.
import type { AtlasLayer } from '../../lib/atlas/state.ts';

export interface ScheduledLayer {
  /** The deck.gl layer id. */
  id: string;
  /** The atlas layer whose toggle shows it; null: always shown (country labels). */
  shownBy: AtlasLayer | null;
}

/** Every deck.gl layer of the atlas in draw order, which is also the order they are set up in. */
export const DECK_LAYER_ORDER: readonly ScheduledLayer[] = [
  { id: 'routes', shownBy: 'routes' },
  { id: 'incidents', shownBy: 'incidents' },
  { id: 'measures', shownBy: 'measures' },
  { id: 'places-dots', shownBy: 'places' },
  { id: 'places-labels', shownBy: 'places' },
  { id: 'country-labels', shownBy: null },
];

export function isShown(layer: ScheduledLayer, shown: readonly AtlasLayer[]): boolean {
  return layer.shownBy === null || shown.includes(layer.shownBy);
}

/** The first layer in draw order that is shown and not admitted yet, or null when every shown layer is. */
export function nextLayerToAdmit(
  order: readonly ScheduledLayer[],
  shown: readonly AtlasLayer[],
  admitted: ReadonlySet<string>,
): string | null {
  return order.find((layer) => isShown(layer, shown) && !admitted.has(layer.id))?.id ?? null;
}
