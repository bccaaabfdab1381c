import { describe, expect, it } from 'vitest';
import {
  activeStepIndex,
  boundsToCamera,
  stepAtlasState,
  shouldAnimate,
  stepIndexFromHash,
  triggerLinePx,
  windowAttribute,
} from '../../../src/lib/stories/scroll.ts';
import type { Bounds, StoryViewState } from '../../../src/lib/stories/types.ts';

describe('activeStepIndex', () => {
  it('is the last step whose top is at or above the trigger line', () => {
    expect(activeStepIndex([-900, -300, 120, 700], 300)).toBe(2);
    expect(activeStepIndex([-900, -300, 300, 700], 300)).toBe(2);
    expect(activeStepIndex([-900, -300, 301, 700], 300)).toBe(1);
  });
  it('is the first step before any step reaches the line, and the last one past the end', () => {
    expect(activeStepIndex([400, 900, 1500], 300)).toBe(0);
    expect(activeStepIndex([-3000, -2000, -1000], 300)).toBe(2);
  });
  it('depends only on positions, so the same positions give the same step whatever came before', () => {
    const positions = [-500, 100, 800];
    const afterFastScroll = [
      [-5000, -4000, -3000],
      [-500, 100, 800],
    ].map((p) => activeStepIndex(p, 300));
    expect(afterFastScroll.at(-1)).toBe(activeStepIndex(positions, 300));
  });
});

describe('triggerLinePx', () => {
  it('sits a third of the way down the area the map leaves free', () => {
    expect(triggerLinePx(900, 0)).toBe(300);
    expect(triggerLinePx(900, 300)).toBe(500);
    expect(triggerLinePx(900, 2000)).toBe(900);
  });
});

describe('shouldAnimate', () => {
  const sicily: Bounds = [8, 30, 20, 40];
  const nearby: Bounds = [10, 31, 22, 41];
  const canaries: Bounds = [-20, 26, -12, 30];
  const europe: Bounds = [-25, 10, 45, 60];
  it('animates between neighbouring steps a short distance apart', () => {
    expect(shouldAnimate({ index: 1, bounds: sicily }, { index: 2, bounds: nearby }, false)).toBe(true);
    expect(shouldAnimate({ index: 2, bounds: nearby }, { index: 1, bounds: sicily }, false)).toBe(true);
  });
  it('jumps across more than one step, over a long distance or a large zoom change', () => {
    expect(shouldAnimate({ index: 1, bounds: sicily }, { index: 3, bounds: nearby }, false)).toBe(false);
    expect(shouldAnimate({ index: 1, bounds: sicily }, { index: 2, bounds: canaries }, false)).toBe(false);
    expect(shouldAnimate({ index: 1, bounds: [12, 35, 13, 36] }, { index: 2, bounds: europe }, false)).toBe(false);
  });
  it('jumps for the first state and under reduced motion', () => {
    expect(shouldAnimate(null, { index: 0, bounds: sicily }, false)).toBe(false);
    expect(shouldAnimate({ index: 1, bounds: sicily }, { index: 2, bounds: nearby }, true)).toBe(false);
  });
});

describe('boundsToCamera', () => {
  const limits = { minZoom: 2, maxZoom: 10 };
  it('fits the wider side: a 360° world in one 512 px tile is zoom 0', () => {
    const camera = boundsToCamera(
      [-180, -60, 180, 60],
      { widthPx: 512, heightPx: 2000, paddingPx: 0 },
      {
        minZoom: 0,
        maxZoom: 10,
      },
    );
    expect(camera.zoom).toBeCloseTo(0, 5);
    expect(camera.centerLon).toBe(0);
    expect(camera.centerLat).toBeCloseTo(0, 5);
  });
  it('zooms out on a narrow phone screen to keep the same area in view', () => {
    const bounds: Bounds = [8, 30, 20, 40];
    const desktop = boundsToCamera(bounds, { widthPx: 900, heightPx: 700, paddingPx: 20 }, limits);
    const phone = boundsToCamera(bounds, { widthPx: 390, heightPx: 340, paddingPx: 20 }, limits);
    expect(phone.zoom).toBeLessThan(desktop.zoom);
    expect(phone.centerLon).toBe(14);
    // The Mercator centre lies north of the mean latitude.
    expect(phone.centerLat).toBeGreaterThan(35);
  });
  it('keeps the zoom within the limits', () => {
    expect(boundsToCamera([12, 35, 12.01, 35.01], { widthPx: 900, heightPx: 700, paddingPx: 0 }, limits).zoom).toBe(10);
  });
});

describe('windowAttribute and stepIndexFromHash', () => {
  it('writes the window as first..last month', () => {
    expect(windowAttribute({ startMonth: '2016-04', endMonth: '2017-03' })).toBe('2016-04..2017-03');
  });
  it('finds a step by its fragment and ignores unknown or malformed ones', () => {
    const ids = ['route', 'mou', 'after'];
    expect(stepIndexFromHash('#mou', ids)).toBe(1);
    expect(stepIndexFromHash('after', ids)).toBe(2);
    expect(stepIndexFromHash('#nope', ids)).toBeNull();
    expect(stepIndexFromHash('#%E0%A4%A', ids)).toBeNull();
    expect(stepIndexFromHash('', ids)).toBeNull();
  });
});

describe('stepAtlasState', () => {
  const state: StoryViewState = {
    bounds: [5, 29, 30, 42],
    startMonth: '2016-01',
    endMonth: '2016-12',
    layers: ['routes', 'measures'],
    highlight: {
      routes: ['central-mediterranean', 'eastern-mediterranean'],
      measures: ['eu-turkey-statement', 'italy-libya-mou'],
      places: ['lampedusa'],
    },
    compare: null,
  };

  it('hands the map every highlighted route and measure of the step, not only the first, and selects none', () => {
    const atlas = stepAtlasState(state, { widthPx: 800, heightPx: 600 });
    expect(atlas.highlight).toEqual({
      routes: ['central-mediterranean', 'eastern-mediterranean'],
      measures: ['eu-turkey-statement', 'italy-libya-mou'],
    });
    expect(atlas.selected).toBeNull();
    expect([atlas.startMonth, atlas.endMonth, atlas.layers]).toEqual(['2016-01', '2016-12', ['routes', 'measures']]);
  });
});
