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
  it('sets the cheap layers up first, then the text layers in draw order', () => {
    expect(admissionOrder(ATLAS_LAYERS)).toEqual(['routes', 'incidents', 'places-dots', 'measures']);
  });

  it('never sets up a layer the reader has not switched on', () => {
    expect(admissionOrder(['incidents'])).toEqual(['incidents']);
    expect(admissionOrder([])).toEqual([]);
  });

  it('sets up a layer switched on later, and only that one', () => {
    const admitted = new Set(admissionOrder(['routes']));
    expect(admissionOrder(['routes', 'places'], admitted)).toEqual(['places-dots']);
    expect(nextLayerToAdmit(DECK_LAYER_ORDER, ['routes'], admitted)).toBeNull();
  });

  it('sets compare mode layers up only while comparing and only those switched on, cheap ones first', () => {
    expect(admissionOrder(ATLAS_LAYERS, new Set(), true)).toEqual([
      'routes-reference',
      'incidents-reference',
      'routes',
      'incidents',
      'places-dots',
      'measures-compare-rings',
      'measures',
      'route-change-labels',
    ]);
    const admitted = new Set(admissionOrder(['routes']));
    expect(admissionOrder(['routes'], admitted, true)).toEqual(['routes-reference', 'route-change-labels']);
  });
});

describe('layersToHand', () => {
  it('hands the admitted layers in draw order: the reference window under the current one, labels on top', () => {
    const admitted = new Set(['route-change-labels', 'measures', 'routes', 'routes-reference']);
    expect(layersToHand(DECK_LAYER_ORDER, admitted, true)).toEqual([
      'routes-reference',
      'routes',
      'measures',
      'route-change-labels',
    ]);
  });

  it('drops compare layers when compare mode ends, so comparing again admits them again', () => {
    const admitted = new Set(admissionOrder(['routes'], new Set(), true));
    expect(layersToHand(DECK_LAYER_ORDER, admitted, false)).toEqual(['routes']);
    expect(nextLayerToAdmit(DECK_LAYER_ORDER, ['routes'], admitted, true)).toBe('routes-reference');
  });
});
