import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelTransforms, MAP_LABEL_STYLE, mapLabels, placeAtPoint, type LabelView } from '../../src/map/labels.ts';
import { COUNTRY_LABEL_CANDIDATE, PLACE_LABEL_OPTIONS } from '../../src/lib/atlas/labelPlacement.ts';

const places = [
  { id: 'agadez', name: 'Agadez', kind: 'hub', lon: 7.99, lat: 16.97, labelMinZoom: 2 },
  { id: 'arlit', name: 'Arlit', kind: 'city', lon: 7.37, lat: 18.74, labelMinZoom: 6.5 },
];
const countries = [
  { name: 'Niger', lon: 9, lat: 17 },
  { name: 'Türkiye', lon: 35, lat: 39 },
  { name: 'Malta', lon: 14.4, lat: 35.9 },
];
const labels = mapLabels(places, countries, { Niger: 2, Türkiye: 4 });

/** A stand-in projection: 10 px per degree from (0, 0) at the map's top left, y down. */
const view = (zoom: number, placesShown = true): LabelView => ({
  zoom,
  placesShown,
  widthPx: 400,
  heightPx: 300,
  project: ([lon, lat]) => ({ x: lon * 10 + 0.4, y: 300 - lat * 10 }),
});

describe('mapLabels', () => {
  it('writes countries in capitals under the places, and keeps each name’s minimum zoom', () => {
    expect(labels.map((l) => [l.kind, l.id, l.text, l.minZoom])).toEqual([
      ['country', 'Niger', 'NIGER', 2],
      ['country', 'Türkiye', 'TÜRKIYE', 4],
      ['country', 'Malta', 'MALTA', Infinity],
      ['place', 'agadez', 'Agadez', 2],
      ['place', 'arlit', 'Arlit', 6.5],
    ]);
  });
});

describe('labelTransforms', () => {
  it('shows a name from its zoom on; a country the placement found no room for never shows', () => {
    const shown = (zoom: number) =>
      labelTransforms(labels, view(zoom)).flatMap((t, i) => (t === null ? [] : [labels[i]!.id]));
    expect(shown(3)).toEqual(['Niger', 'agadez']);
    expect(shown(10)).toEqual(['Niger', 'Türkiye', 'agadez', 'arlit']);
  });

  it('hides place names with the places layer, never country names', () => {
    const transforms = labelTransforms(labels, view(10, false));
    expect(labels.filter((_, i) => transforms[i] !== null).map((l) => l.kind)).toEqual(['country', 'country']);
  });

  it('puts a place name beside its dot, left-aligned and vertically centred, and a country name centred, on whole pixels', () => {
    const transforms = labelTransforms(labels, view(10));
    // Agadez at (80.3, 130.3): rounded to (80, 130), then the offset the build-time placement assumed.
    expect(transforms[3]).toBe(`translate(${80 + PLACE_LABEL_OPTIONS.offsetPx}px, 130px) translateY(-50%)`);
    expect(transforms[0]).toBe('translate(90px, 130px) translate(-50%, -50%)');
  });

  it('leaves out names whose point is far outside the map', () => {
    const far = mapLabels([{ ...places[0]!, lon: 80 }], [], {});
    expect(labelTransforms(far, view(10))).toEqual([null]);
    const near = mapLabels([{ ...places[0]!, lon: 45 }], [], {});
    expect(labelTransforms(near, view(10))[0]).not.toBeNull();
  });
});

describe('placeAtPoint', () => {
  const boxes = [
    { id: 'a', left: 0, top: 0, right: 50, bottom: 14 },
    { id: 'b', left: 40, top: 5, right: 90, bottom: 19 },
  ];
  it('finds the place whose name covers the point, the one drawn last where two overlap', () => {
    expect(placeAtPoint(boxes, 10, 7)).toBe('a');
    expect(placeAtPoint(boxes, 45, 10)).toBe('b');
    expect(placeAtPoint(boxes, 95, 10)).toBeNull();
  });
});

describe('mapLabels.css writes out MAP_LABEL_STYLE', () => {
  const css = readFileSync('src/client/atlas/mapLabels.css', 'utf8');
  const rule = (selector: string) => css.match(new RegExp(`\\${selector} \\{([^}]*)\\}`))![1]!;
  const normalise = (family: string) => family.replaceAll("'", '"');

  it('draws names in the placement’s sizes and the style’s weight, opacity and font', () => {
    expect(rule('.map-label-place')).toContain(`font-size: ${MAP_LABEL_STYLE.place.sizePx}px;`);
    expect(MAP_LABEL_STYLE.country.sizePx).toBe(COUNTRY_LABEL_CANDIDATE.fontSizePx);
    expect(rule('.map-label-country')).toContain(`font-size: ${MAP_LABEL_STYLE.country.sizePx}px;`);
    expect(rule('.map-label-country')).toContain(`font-weight: ${MAP_LABEL_STYLE.country.fontWeight};`);
    expect(rule('.map-label-country')).toContain(`opacity: ${MAP_LABEL_STYLE.country.opacity};`);
    expect(normalise(rule('.map-labels'))).toContain(`font-family: ${MAP_LABEL_STYLE.fontFamily};`);
  });

  it('lets drags and clicks through to the map', () => {
    expect(rule('.map-labels')).toContain('pointer-events: none;');
  });
});
