// Change labels ("−97%", "+20%") are placed clear of the measure marks: checked on the real data for the
// default view (wide and on a phone) and for each measure's default compare window, with the labels and marks
// each of those views draws, at the zoom it is drawn at.
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
  measureMarkBox,
  placeChangeLabels,
  routeLabelAnchors,
  routeLabelCandidates,
} from '../../../src/lib/atlas/routeLabelAnchors.ts';
import { cameraForWidth, defaultAtlasState, ZOOM_LIMITS } from '../../../src/lib/atlas/views.ts';
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

/** The change labels of a view that overlap one of its measure marks or another label. */
function collisions(state: AtlasState): { pairs: string[]; labels: number } {
  const summary = compareWindows(payload, state, state.compare!);
  const labels = placedChangeLabels(payload, state, summary, state.zoom);
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
  });
  return { pairs, labels: labels.length };
}

describe('change label placement', () => {
  it('clears every measure mark and label in the default view, wide and on a phone', () => {
    const presets = comparePresets(defaults, limits);
    for (const compare of [presets.previous, presets.yearEarlier]) {
      for (const widthPx of [1200, 390]) {
        const state = cameraForWidth({ ...defaults, compare }, widthPx);
        const { pairs, labels } = collisions(state);
        expect(labels).toBeGreaterThan(3);
        expect(pairs, `${compare!.startMonth} at ${widthPx} px`).toEqual([]);
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
});
