import { describe, expect, it } from 'vitest';
import { DECK_LAYER_ORDER, layersToHand, nextLayerToAdmit } from '../../../src/client/atlas/layerSchedule.ts';
import { ATLAS_LAYERS, type AtlasLayer } from '../../../src/lib/atlas/state.ts';

/** Admits layers until none is left, as the map does, one per task: the order they are set up in. */
function admissionOrder(shown: readonly AtlasLayer[], admitted = new Set<string>(), comparing = false): string[] {
  const order: string[] = [];
  for (let id = nextLayerToAdmit(DECK_LAYER_ORDER, shown, admitted, comparing); id !== null;) {
    admitted.add(id);
    order.push(id);
    id = nextLayerToAdmit(DECK_LAYER_ORDER, shown, admitted, comparing);
  }
  return order;
}

describe('nextLayerToAdmit', () => {
  it('sets the layers up in draw order; the measures are HTML text, never a deck.gl layer', () => {
    expect(admissionOrder(ATLAS_LAYERS)).toEqual(['routes', 'incidents', 'places-dots']);
  });

  it('never sets up a layer the reader has not switched on', () => {
    expect(admissionOrder(['incidents'])).toEqual(['incidents']);
    expect(admissionOrder(['measures'])).toEqual([]);
  });

  it('sets up a layer switched on later, and only that one', () => {
    const admitted = new Set(admissionOrder(['routes']));
    expect(admissionOrder(['routes', 'places'], admitted)).toEqual(['places-dots']);
    expect(nextLayerToAdmit(DECK_LAYER_ORDER, ['routes'], admitted)).toBeNull();
  });

  it('sets compare mode layers up only while comparing and only those switched on', () => {
    expect(admissionOrder(ATLAS_LAYERS, new Set(), true)).toEqual([
      'routes-reference',
      'incidents-reference',
      'routes',
      'incidents',
      'places-dots',
      'measures-compare-rings',
    ]);
    const admitted = new Set(admissionOrder(['routes']));
    expect(admissionOrder(['routes'], admitted, true)).toEqual(['routes-reference']);
  });
});

describe('layersToHand', () => {
  it('hands the admitted layers in draw order: the reference window under the current one, the rings on top', () => {
    const admitted = new Set(['measures-compare-rings', 'routes', 'routes-reference']);
    expect(layersToHand(DECK_LAYER_ORDER, admitted, true)).toEqual([
      'routes-reference',
      'routes',
      'measures-compare-rings',
    ]);
  });

  it('drops compare layers when compare mode ends, so comparing again admits them again', () => {
    const admitted = new Set(admissionOrder(['routes'], new Set(), true));
    expect(layersToHand(DECK_LAYER_ORDER, admitted, false)).toEqual(['routes']);
    expect(nextLayerToAdmit(DECK_LAYER_ORDER, ['routes'], admitted, true)).toBe('routes-reference');
  });
});
