import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AtlasMeasure } from '../../src/lib/atlas/payload.ts';
import {
  changeLabels,
  labelAtPoint,
  labelTransforms,
  MAP_LABEL_STYLE,
  measureLabels,
  nameLabels,
  type LabelView,
} from '../../src/map/labels.ts';
import { MEASURE_SIZE_PX } from '../../src/map/marks.ts';
import { COUNTRY_LABEL_CANDIDATE, PLACE_LABEL_OPTIONS } from '../../src/lib/atlas/labelPlacement.ts';
import { CHANGE_LABEL_STYLE } from '../../src/lib/atlas/routeLabelAnchors.ts';
import { MEASURE_MARKS } from '../../src/lib/measures/marks.ts';

const places = [
  { id: 'agadez', name: 'Agadez', kind: 'hub', lon: 7.99, lat: 16.97, labelMinZoom: 2 },
  { id: 'arlit', name: 'Arlit', kind: 'city', lon: 7.37, lat: 18.74, labelMinZoom: 6.5 },
];
const countries = [
  { name: 'Niger', lon: 9, lat: 17 },
  { name: 'Türkiye', lon: 35, lat: 39 },
  { name: 'Malta', lon: 14.4, lat: 35.9 },
];
const names = nameLabels(places, countries, { Niger: 2, Türkiye: 4 });

/** A stand-in projection: 10 px per degree from (0, 0) at the map's top left, y down. */
const view = (zoom: number, hiddenKinds: LabelView['hiddenKinds'] = []): LabelView => ({
  zoom,
  hiddenKinds,
  widthPx: 400,
  heightPx: 300,
  project: ([lon, lat]) => ({ x: lon * 10 + 0.4, y: 300 - lat * 10 }),
});
const shownIds = (labels: ReturnType<typeof nameLabels>, v: LabelView) =>
  labelTransforms(labels, v).flatMap((t, i) => (t === null ? [] : [labels[i]!.id]));

describe('nameLabels', () => {
  it('writes countries in capitals under the places, and keeps each name’s minimum zoom', () => {
    expect(names.map((l) => [l.kind, l.id, l.text, l.minZoom])).toEqual([
      ['country', 'Niger', 'NIGER', 2],
      ['country', 'Türkiye', 'TÜRKIYE', 4],
      ['country', 'Malta', 'MALTA', Infinity],
      ['place', 'agadez', 'Agadez', 2],
      ['place', 'arlit', 'Arlit', 6.5],
    ]);
  });
});

describe('measureLabels', () => {
  const m = (id: string, startIndex: number, endIndex: number | null, kind: 'measure' | 'event' = 'measure') =>
    ({ id, title: id, kind, type: 'fence_or_wall', startIndex, endIndex, lon: 1, lat: 2 }) as unknown as AtlasMeasure;
  const measures = [
    m('early-ended', 0, 5),
    m('ongoing', 10, null),
    m('future', 50, null),
    m('one-off', 12, null, 'event'),
  ];

  it('marks the measures started by the window’s end with their glyph, fading those ended before it', () => {
    const labels = measureLabels(measures, { startIndex: 20, endIndex: 30, selectedId: null });
    expect(labels.map((l) => [l.id, l.modifiers])).toEqual([
      ['early-ended', ['faded']],
      ['ongoing', []],
      ['one-off', ['faded']],
    ]);
    expect(labels[0]).toMatchObject({ kind: 'measure', text: MEASURE_MARKS.fence_or_wall.glyph, lon: 1, lat: 2 });
    expect(labels.every((l) => l.minZoom === 0)).toBe(true);
  });

  it('draws the selected measure and every highlighted one larger', () => {
    const labels = measureLabels(measures, {
      startIndex: 20,
      endIndex: 60,
      selectedId: 'future',
      highlightedIds: ['early-ended', 'ongoing'],
    });
    const emphasised = labels.filter((l) => l.modifiers?.includes('emphasised')).map((l) => l.id);
    expect(emphasised).toEqual(['early-ended', 'ongoing', 'future']);
  });
});

describe('changeLabels', () => {
  it('writes each route’s change at the point and offset its placement chose', () => {
    const [label] = changeLabels([
      { routeId: 'eastern-mediterranean', lon: 26, lat: 38, text: '−97%', offsetPx: [0, -14] },
    ]);
    expect(label).toMatchObject({ kind: 'change', id: 'eastern-mediterranean', text: '−97%', offsetPx: [0, -14] });
    expect(labelTransforms([label!], view(3))[0]).toBe('translate(260px, -94px) translate(-50%, -50%)');
  });
});

describe('labelTransforms', () => {
  it('shows a name from its zoom on; a country the placement found no room for never shows', () => {
    expect(shownIds(names, view(3))).toEqual(['Niger', 'agadez']);
    expect(shownIds(names, view(10))).toEqual(['Niger', 'Türkiye', 'agadez', 'arlit']);
  });

  it('hides the kinds whose layer is off', () => {
    expect(shownIds(names, view(10, ['place']))).toEqual(['Niger', 'Türkiye']);
  });

  it('puts a place name beside its dot, left-aligned and vertically centred, and others centred, on whole pixels', () => {
    const transforms = labelTransforms(names, view(10));
    // Agadez at (80.3, 130.3): rounded to (80, 130), then the offset the build-time placement assumed.
    expect(transforms[3]).toBe(`translate(${80 + PLACE_LABEL_OPTIONS.offsetPx}px, 130px) translateY(-50%)`);
    expect(transforms[0]).toBe('translate(90px, 130px) translate(-50%, -50%)');
  });

  it('leaves out texts whose point is far outside the map', () => {
    const far = nameLabels([{ ...places[0]!, lon: 80 }], [], {});
    expect(labelTransforms(far, view(10))).toEqual([null]);
    const near = nameLabels([{ ...places[0]!, lon: 45 }], [], {});
    expect(labelTransforms(near, view(10))[0]).not.toBeNull();
  });
});

describe('labelAtPoint', () => {
  const boxes = [
    { kind: 'measure' as const, id: 'a', left: 0, top: 0, right: 50, bottom: 14 },
    { kind: 'place' as const, id: 'b', left: 40, top: 5, right: 90, bottom: 19 },
  ];
  it('finds the text that covers the point, the one drawn last where two overlap', () => {
    expect(labelAtPoint(boxes, 10, 7)?.id).toBe('a');
    expect(labelAtPoint(boxes, 45, 10)?.id).toBe('b');
    expect(labelAtPoint(boxes, 95, 10)).toBeNull();
  });
});

describe('mapLabels.css writes out MAP_LABEL_STYLE', () => {
  const css = readFileSync('src/client/atlas/mapLabels.css', 'utf8');
  const rule = (selector: string) => css.match(new RegExp(`\\n${selector.replaceAll('.', '\\.')} \\{([^}]*)\\}`))![1]!;
  const normalise = (family: string) => family.replaceAll("'", '"');

  it('draws each kind in its size, weight and opacity, in the style’s fonts', () => {
    const s = MAP_LABEL_STYLE;
    expect(rule('.map-label-place')).toContain(`font-size: ${s.place.sizePx}px;`);
    expect(rule('.map-label-country')).toContain(`font-size: ${s.country.sizePx}px;`);
    expect(rule('.map-label-country')).toContain(`font-weight: ${s.country.fontWeight};`);
    expect(rule('.map-label-country')).toContain(`opacity: ${s.country.opacity};`);
    expect(rule('.map-label-measure')).toContain(`font-size: ${s.measure.sizePx}px;`);
    expect(rule('.map-label-measure.emphasised')).toContain(`font-size: ${s.measure.emphasisedSizePx}px;`);
    expect(rule('.map-label-measure.faded')).toContain(`opacity: ${s.measure.fadedOpacity};`);
    expect(rule('.map-label-change')).toContain(`font-size: ${s.change.sizePx}px;`);
    expect(rule('.map-label-change')).toContain(`font-weight: ${s.change.fontWeight};`);
    expect(normalise(rule('.map-labels'))).toContain(`font-family: ${s.fontFamily};`);
    expect(normalise(rule('.map-label-measure'))).toContain(`font-family: ${s.measureFontFamily};`);
  });

  it('takes its sizes from the build-time placement and the static map’s marks', () => {
    expect(MAP_LABEL_STYLE.place.sizePx).toBe(PLACE_LABEL_OPTIONS.fontSizePx);
    expect(MAP_LABEL_STYLE.country.sizePx).toBe(COUNTRY_LABEL_CANDIDATE.fontSizePx);
    expect(MAP_LABEL_STYLE.change.sizePx).toBe(CHANGE_LABEL_STYLE.fontSizePx);
    expect([MAP_LABEL_STYLE.measure.sizePx, MAP_LABEL_STYLE.measure.emphasisedSizePx]).toEqual([
      MEASURE_SIZE_PX.plain,
      MEASURE_SIZE_PX.emphasised,
    ]);
  });

  it('lets drags and clicks through to the map', () => {
    expect(rule('.map-labels')).toContain('pointer-events: none;');
  });
});
