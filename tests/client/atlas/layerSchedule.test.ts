import { describe, expect, it } from 'vitest';
import { DECK_LAYER_ORDER, layersToHand, nextLayersToAdmit } from '../../../src/client/atlas/layerSchedule.ts';
import { ATLAS_LAYERS, type AtlasLayer } from '../../../src/lib/atlas/state.ts';

/** Admits layers until none is left, as the map does one frame at a time: one entry per frame. */
function admissionFrames(shown: readonly AtlasLayer[], admitted = new Set<string>(), comparing = false): string[][] {
  const frames: string[][] = [];
  for (let ids = nextLayersToAdmit(DECK_LAYER_ORDER, shown, admitted, comparing); ids.length > 0;) {
    for (const id of ids) admitted.add(id);
    frames.push(ids);
    ids = nextLayersToAdmit(DECK_LAYER_ORDER, shown, admitted, comparing);
  }
  return frames;
}

describe('nextLayersToAdmit', () => {
  it('admits the cheap layers together first, then each text layer alone in draw order', () => {
    expect(admissionFrames(ATLAS_LAYERS)).toEqual([
      ['routes', 'incidents', 'places-dots'],
      ['measures'],
      ['places-labels'],
      ['country-labels'],
    ]);
  });

  it('never puts two text layers in one frame', () => {
    const text = new Set(DECK_LAYER_ORDER.filter((layer) => layer.cost === 'text').map((layer) => layer.id));
    for (const frame of admissionFrames(ATLAS_LAYERS, new Set(), true))
      expect(frame.filter((id) => text.has(id)).length).toBeLessThanOrEqual(1);
  });

  it('never sets up a layer the reader has not switched on; country labels are always shown', () => {
    expect(admissionFrames(['incidents'])).toEqual([['incidents'], ['country-labels']]);
    expect(admissionFrames([])).toEqual([['country-labels']]);
  });

  it('admits a layer switched on later, and only that one', () => {
    const admitted = new Set(admissionFrames(['routes']).flat());
    expect(admissionFrames(['routes', 'places'], admitted)).toEqual([['places-dots'], ['places-labels']]);
    expect(nextLayersToAdmit(DECK_LAYER_ORDER, ['routes'], admitted)).toEqual([]);
  });

  it('admits compare mode layers only while comparing and only those switched on, cheap ones with the others', () => {
    expect(admissionFrames(ATLAS_LAYERS, new Set(), true)).toEqual([
      ['routes-reference', 'incidents-reference', 'routes', 'incidents', 'places-dots', 'measures-compare-rings'],
      ['measures'],
      ['places-labels'],
      ['country-labels'],
      ['route-change-labels'],
    ]);
    const admitted = new Set(admissionFrames(['routes']).flat());
    expect(admissionFrames(['routes'], admitted, true)).toEqual([['routes-reference'], ['route-change-labels']]);
  });
});

describe('layersToHand', () => {
  it('hands the admitted layers in draw order: the reference window under the current one, labels on top', () => {
    const admitted = new Set(['route-change-labels', 'routes', 'routes-reference', 'country-labels']);
    expect(layersToHand(DECK_LAYER_ORDER, admitted, true)).toEqual([
      'routes-reference',
      'routes',
      'country-labels',
      'route-change-labels',
    ]);
  });

  it('drops compare layers when compare mode ends, so comparing again admits them again', () => {
    const admitted = new Set(admissionFrames(['routes'], new Set(), true).flat());
    expect(layersToHand(DECK_LAYER_ORDER, admitted, false)).toEqual(['routes', 'country-labels']);
    expect(nextLayersToAdmit(DECK_LAYER_ORDER, ['routes'], admitted, true)).toEqual(['routes-reference']);
  });
});
