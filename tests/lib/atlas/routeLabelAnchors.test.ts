// Change labels ("−97%", "+20%") are placed clear of the measure marks and of the place and country labels shown:
// checked on the real data for the default view (wide and on a phone), the quick views and each measure's default
// compare window, with the labels and marks each of those views draws, at the zoom it is drawn at.
import { describe, expect, it } from 'vitest';
import { buildAtlasPayload } from '../../../src/lib/atlas/payload.ts';
import {
  compareViewMarks,
  comparePresets,
  compareWindows,
  measureShiftAtlasState,
  measureShiftFrame,
  placedChangeLabels,
  routeChangeLabel,
} from '../../../src/lib/atlas/compare.ts';
import {
  boxesOverlap,
  changeLabelBox,
  frameAroundCamera,
  type FrameBox,
  measureMarkBox,
  placeChangeLabels,
  routeLabelAnchors,
  routeLabelCandidates,
} from '../../../src/lib/atlas/routeLabelAnchors.ts';
import { cameraForWidth, defaultAtlasState, QUICK_VIEWS, ZOOM_LIMITS } from '../../../src/lib/atlas/views.ts';
import { shownPlaceLabelBoxes } from '../../../src/lib/atlas/labelPlacement.ts';
import { getBasemap } from '../../../src/lib/io/basemapData.ts';
import type { AtlasLimits, AtlasState } from '../../../src/lib/atlas/state.ts';
import { shiftWindowMonths } from '../../../src/lib/measures/measureShifts.ts';
import { DEFAULT_SHIFT_WINDOW } from '../../../src/lib/measures/shifts.ts';
import { firstMonthOf } from '../../../src/lib/time/partialDates.ts';
import { getSiteData } from '../../../src/lib/io/siteData.ts';
import type { RoutePathFeature } from '../../../src/lib/data/schemas/geo.ts';

const data = getSiteData();
const payload = buildAtlasPayload(data, []);
const defaults = defaultAtlasState(data.detectionsCompleteYear);
const limits: AtlasLimits = { firstMonth: payload.originMonth, lastMonth: payload.lastMonth, ...ZOOM_LIMITS };

const countries = getBasemap().countries.features.map((f) => ({
  name: f.properties.name,
  lon: f.geometry.coordinates[0]!,
  lat: f.geometry.coordinates[1]!,
  minZoom: payload.countryLabelMinZoom[f.properties.name],
}));

/** The boxes of the place and country labels the WebGL map shows for a state, as the map computes them. */
const placeLabelsShown = (state: AtlasState) =>
  shownPlaceLabelBoxes(state.layers.includes('places') ? payload.places : [], countries, state.zoom);

/**
 * The change labels of a view that overlap one of its measure marks, a place or country label shown, or another
 * change label; placed in the map's frame when a size is given.
 */
function collisions(
  state: AtlasState,
  size?: { widthPx: number; heightPx: number },
): { pairs: string[]; labels: number } {
  const summary = compareWindows(payload, state, state.compare!);
  const places = placeLabelsShown(state);
  const frame = size ? frameAroundCamera(state, state.zoom, size) : undefined;
  const labels = placedChangeLabels(payload, state, summary, state.zoom, frame, places);
  const marks = compareViewMarks(payload, state);
  // Every route with a change and a path gets its label: placement moves labels, never drops them.
  const expected = summary.routes.filter((r) => routeChangeLabel(r) && payload.routeLabelCandidates[r.routeId]);
  expect(labels.map((l) => l.routeId)).toEqual(expected.map((r) => r.routeId));
  const pairs: string[] = [];
  labels.forEach((label, i) => {
    const box = changeLabelBox(label, state.zoom);
    for (const m of marks)
      if (boxesOverlap(box, measureMarkBox(m, state.zoom))) pairs.push(`${label.routeId} ${label.text} / ${m.id}`);
    for (const other of labels.slice(i + 1))
      if (boxesOverlap(box, changeLabelBox(other, state.zoom))) pairs.push(`${label.routeId} / ${other.routeId}`);
    for (const place of places)
      if (boxesOverlap(box, place))
        pairs.push(`${label.routeId} ${label.text} / place label at ${place.map(Math.round)}`);
  });
  return { pairs, labels: labels.length };
}

describe('change label placement', () => {
  it('clears every measure mark, place label and change label in the default view, wide and on a phone', () => {
    const presets = comparePresets(defaults, limits);
    let placesShown = 0;
    for (const compare of [presets.previous, presets.yearEarlier]) {
      // The map's box at 1280 and 390 px (the phone's: the page's padding off its width, 0.9 of the width high).
      for (const size of [
        { widthPx: 800, heightPx: 516 },
        { widthPx: 360, heightPx: 350 },
      ]) {
        const state = cameraForWidth({ ...defaults, compare }, size.widthPx);
        placesShown += placeLabelsShown(state).length;
        for (const frame of [undefined, size]) {
          const { pairs, labels } = collisions(state, frame);
          expect(labels).toBeGreaterThan(3);
          expect(pairs, `${compare!.startMonth} at ${size.widthPx} px`).toEqual([]);
        }
      }
    }
    expect(placesShown).toBeGreaterThan(10);
  });

  it('clears the place labels in each quick view, with and without places', () => {
    const presets = comparePresets(defaults, limits);
    for (const view of QUICK_VIEWS) {
      for (const layers of [defaults.layers, defaults.layers.filter((l) => l !== 'places')]) {
        const state = { ...defaults, ...view, layers, compare: presets.previous };
        expect(collisions(state, { widthPx: 800, heightPx: 516 }).pairs, view.id).toEqual([]);
      }
    }
  });

  it("clears every measure mark and label in each measure's default compare window", () => {
    let views = 0;
    for (const measure of data.measures) {
      const frame = measureShiftFrame(data.routePaths, measure.routes);
      const window = shiftWindowMonths(firstMonthOf(measure.date_start), DEFAULT_SHIFT_WINDOW);
      const state = measureShiftAtlasState(defaults, limits, window, frame?.camera ?? null, measure.id);
      if (!state.compare) continue;
      views++;
      expect(collisions(state).pairs, measure.id).toEqual([]);
    }
    expect(views).toBeGreaterThan(data.measures.length / 2);
  });

  it('keeps a label on its route when nothing is in the way, and moves it off a mark that sits there', () => {
    const route = {
      type: 'Feature',
      properties: { route_id: 'r' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [0, 30],
          [20, 30],
        ],
      },
    } as unknown as RoutePathFeature;
    const candidates = routeLabelCandidates([route]);
    const [middle] = candidates['r']!;
    expect(middle).toEqual(routeLabelAnchors([route])['r']);
    const label = [{ routeId: 'r', text: '−97%' }];
    expect(placeChangeLabels(label, candidates, [], 4)).toEqual([
      { routeId: 'r', text: '−97%', lon: middle![0], lat: middle![1], offsetPx: [0, 0] },
    ]);
    const mark = { lon: middle![0], lat: middle![1] };
    const [moved] = placeChangeLabels(label, candidates, [mark], 4);
    expect(boxesOverlap(changeLabelBox(moved!, 4), measureMarkBox(mark, 4))).toBe(false);
    expect(moved!.lat).toBe(30);
  });

  it("keeps every label of a route in view inside the map's frame, wide and on a phone", () => {
    const inside = (box: FrameBox, frame: FrameBox) =>
      box[0] >= frame[0] - 1e-6 && box[1] >= frame[1] - 1e-6 && box[2] <= frame[2] + 1e-6 && box[3] <= frame[3] + 1e-6;
    let pulled = 0;
    let checked = 0;
    // The phone's map box at 390 px (the page's padding off its width, 0.9 of the width high), and the wide one.
    for (const size of [
      { widthPx: 360, heightPx: 350 },
      { widthPx: 960, heightPx: 620 },
    ]) {
      for (const measure of data.measures) {
        const camera = measureShiftFrame(data.routePaths, measure.routes)?.camera ?? null;
        const window = shiftWindowMonths(firstMonthOf(measure.date_start), DEFAULT_SHIFT_WINDOW);
        const state = measureShiftAtlasState(defaults, limits, window, camera, measure.id);
        if (!state.compare) continue;
        const summary = compareWindows(payload, state, state.compare);
        const frame = frameAroundCamera(state, state.zoom, size);
        const free = placedChangeLabels(payload, state, summary, state.zoom);
        const framed = placedChangeLabels(payload, state, summary, state.zoom, frame);
        // No label is dropped by the frame.
        expect(framed.map((l) => l.routeId)).toEqual(free.map((l) => l.routeId));
        framed.forEach((label, i) => {
          const routeInView = payload.routeLabelCandidates[label.routeId]!.some(([lon, lat]) =>
            inside(changeLabelBox({ lon, lat, text: '' }, state.zoom), frame),
          );
          if (!routeInView) return;
          checked++;
          if (!inside(changeLabelBox(free[i]!, state.zoom), frame)) pulled++;
          expect(
            inside(changeLabelBox(label, state.zoom), frame),
            `${measure.id} ${label.text} at ${size.widthPx} px`,
          ).toBe(true);
        });
      }
    }
    // The phone's frame cuts some labels placed without it (the Atlantic route's at the left edge): the test
    // would fail without the frame.
    expect(pulled).toBeGreaterThan(0);
    expect(checked).toBeGreaterThan(50);
  });

  it('moves a label cut by the left edge just inside it, and leaves a route out of view alone', () => {
    const route = {
      type: 'Feature',
      properties: { route_id: 'r' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [-1, 30],
          [1, 30],
        ],
      },
    } as unknown as RoutePathFeature;
    const candidates = routeLabelCandidates([route]);
    const label = [{ routeId: 'r', text: '−42%' }];
    const zoom = 4;
    const [lineLeft] = changeLabelBox({ lon: -1, lat: 30, text: '' }, zoom);
    // The frame starts at the route's left end: every place on the short line leaves part of the label outside.
    const frame: FrameBox = [lineLeft!, 0, lineLeft! + 400, 1e6];
    const [placed] = placeChangeLabels(label, candidates, [], zoom, frame);
    const box = changeLabelBox(placed!, zoom);
    expect(box[0]).toBeGreaterThanOrEqual(frame[0] - 1e-6);
    expect(box[2]).toBeLessThanOrEqual(frame[2]);
    // A frame far to the east of the route: the label keeps its place on the route.
    const east: FrameBox = [lineLeft! + 5000, 0, lineLeft! + 5400, 1e6];
    expect(placeChangeLabels(label, candidates, [], zoom, east)).toEqual(
      placeChangeLabels(label, candidates, [], zoom),
    );
  });
});
