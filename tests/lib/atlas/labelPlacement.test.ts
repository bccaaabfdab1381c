import { describe, expect, it } from 'vitest';
import {
  labelBox,
  labelMinZooms,
  mercatorPx,
  type LabelPlacementOptions,
} from '../../../src/lib/atlas/labelPlacement.ts';
import { atlasLabels } from '../../../src/lib/atlas/payload.ts';

const options: LabelPlacementOptions = {
  minZoom: 2,
  maxZoom: 10,
  stepZoom: 1,
  fontSizePx: 12,
  offsetPx: 6,
  paddingPx: 2,
};

describe('label placement', () => {
  it('projects like MapLibre: a 512 px world at zoom 0, doubling per zoom', () => {
    expect(mercatorPx(0, 0, 0)).toEqual([256, 256]);
    expect(mercatorPx(180, 0, 1)[0]).toBeCloseTo(1024);
    expect(mercatorPx(0, 85.0511, 0)[1]).toBeCloseTo(0, 0);
  });

  it('boxes a label to the right of its dot', () => {
    const [left, top, right, bottom] = labelBox({ lon: 0, lat: 0, text: 'Agadez', priority: 0 }, 0, options);
    expect(left).toBeLessThan(256);
    expect(right).toBeGreaterThan(256 + 6 + 6 * 6);
    expect(top).toBeLessThan(256);
    expect(bottom).toBeGreaterThan(256);
  });

  it('shows far-apart labels at every zoom', () => {
    const zooms = labelMinZooms(
      [
        { lon: 8, lat: 17, text: 'Agadez', priority: 0 },
        { lon: 26, lat: 39, text: 'Lesbos', priority: 0 },
      ],
      options,
    );
    expect(zooms).toEqual([2, 2]);
  });

  it('lets the more important of two close labels show first, the other once there is room', () => {
    // Zuwara and Sabratha, about 30 km apart on the Libyan coast.
    const zooms = labelMinZooms(
      [
        { lon: 12.42, lat: 32.79, text: 'Sabratha', priority: 4 },
        { lon: 12.08, lat: 32.93, text: 'Zuwara', priority: 3 },
      ],
      options,
    );
    expect(zooms[1]).toBe(2);
    expect(zooms[0]).toBeGreaterThan(2);
    expect(zooms[0]).toBeLessThanOrEqual(10);
    // At the zoom where Sabratha appears, the two boxes no longer overlap.
    const [a, b] = [
      labelBox({ lon: 12.42, lat: 32.79, text: 'Sabratha', priority: 4 }, zooms[0]!, options),
      labelBox({ lon: 12.08, lat: 32.93, text: 'Zuwara', priority: 3 }, zooms[0]!, options),
    ];
    expect(a[0] >= b[2] || b[0] >= a[2] || a[1] >= b[3] || b[1] >= a[3]).toBe(true);
  });

  it('never hides a label when zooming in, and hides for good labels that collide even at the last zoom', () => {
    const zooms = labelMinZooms(
      [
        { lon: 10, lat: 40, text: 'Here', priority: 0 },
        { lon: 10, lat: 40, text: 'Same spot', priority: 1 },
      ],
      options,
    );
    expect(zooms).toEqual([2, 11]);
  });

  it('gives every place and country a label zoom: hubs before towns, places before countries', () => {
    const { places, countryLabelMinZoom } = atlasLabels(
      [
        { id: 'a', name: 'Town', kind: 'city', lon: 12.0, lat: 33.0 },
        { id: 'b', name: 'Hub', kind: 'hub', lon: 12.05, lat: 33.0 },
      ],
      [
        { name: 'Libya', lon: 12.1, lat: 33.0 },
        { name: 'Niger', lon: 9, lat: 17 },
      ],
    );
    expect(places[1]!.labelMinZoom).toBe(2);
    expect(places[0]!.labelMinZoom).toBeGreaterThan(2);
    expect(countryLabelMinZoom['Libya']).toBeGreaterThan(places[0]!.labelMinZoom);
    expect(countryLabelMinZoom['Niger']).toBe(2);
  });

  it('centres a middle-anchored label on its point', () => {
    const [left, , right] = labelBox({ lon: 0, lat: 0, text: 'NIGER', priority: 0, anchor: 'middle' }, 0, options);
    expect((left + right) / 2).toBeCloseTo(256);
  });
});
