import { describe, expect, it } from 'vitest';
import { DECK_LAYER_ORDER, nextLayerToAdmit } from '../../../src/client/atlas/layerSchedule.ts';
import { ATLAS_LAYERS, type AtlasLayer } from '../../../src/lib/atlas/state.ts';

/** Admits layers until none is left, as the map does one frame at a time. */
function admissionOrder(shown: readonly AtlasLayer[], admitted = new Set<string>()): string[] {
  const order: string[] = [];
  for (let id = nextLayerToAdmit(DECK_LAYER_ORDER, shown, admitted); id;) {
    admitted.add(id);
    order.push(id);
    id = nextLayerToAdmit(DECK_LAYER_ORDER, shown, admitted);
  }
  return order;
}

describe('nextLayerToAdmit', () => {
  it('admits every layer once, in draw order, when all are shown', () => {
    expect(admissionOrder(ATLAS_LAYERS)).toEqual([
      'routes',
      'incidents',
      'measures',
      'places-dots',
      'places-labels',
      'country-labels',
    ]);
  });

  it('never sets up a layer the reader has not switched on; country labels are always shown', () => {
    expect(admissionOrder(['incidents'])).toEqual(['incidents', 'country-labels']);
    expect(admissionOrder([])).toEqual(['country-labels']);
  });

  it('admits a layer switched on later, and only that one', () => {
    const admitted = new Set(admissionOrder(['routes']));
    expect(admissionOrder(['routes', 'places'], admitted)).toEqual(['places-dots', 'places-labels']);
    expect(nextLayerToAdmit(DECK_LAYER_ORDER, ['routes'], admitted)).toBeNull();
  });
});
