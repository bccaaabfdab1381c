// The legend's width key is drawn from the scale the map uses: in compare mode (fitted by default) its
// steps are the fitted scale's, with widths proportional to the counts and the minimum width stated.
import { describe, expect, it } from 'vitest';
import { minimumWidthBelowPerMonth, widthLegend, widthLegendSteps } from '../../../src/charts/atlas/widthLegend.ts';
import { toSvgString } from '../../../src/charts/svg.ts';
import { buildAtlasPayload } from '../../../src/lib/atlas/payload.ts';
import { compareWindows, widthScaleInUse } from '../../../src/lib/atlas/compare.ts';
import { routeMaxDetectionsPerMonth } from '../../../src/lib/atlas/summary.ts';
import { ROUTE_WIDTH, routeWidthScale } from '../../../src/lib/atlas/routeWidths.ts';
import { defaultAtlasState } from '../../../src/lib/atlas/views.ts';
import type { AtlasState } from '../../../src/lib/atlas/state.ts';
import { getSiteData } from '../../../src/lib/io/siteData.ts';
import { formatCount } from '../../../src/lib/core/format.ts';

const data = getSiteData();
const payload = buildAtlasPayload(data, []);
const compareState: AtlasState = {
  ...defaultAtlasState(2016),
  startMonth: '2016-04',
  endMonth: '2017-03',
  compare: { startMonth: '2015-04', endMonth: '2016-03' },
};

/** The counts written beside the key's lines, in order. */
function keyCounts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([\d,]+) \/ month<\/text>/g)].map((m) => m[1]!);
}

describe('widthScaleInUse and the width key', () => {
  it('in compare mode, the key shows the fitted scale the map draws, not the fixed one', () => {
    const comparison = compareWindows(payload, compareState, compareState.compare!);
    const { kind, scale } = widthScaleInUse(payload, compareState, comparison);
    expect(kind).toBe('fitted');
    const fixedMax = routeMaxDetectionsPerMonth(payload);
    expect(scale.maxDetectionsPerMonth).toBeLessThan(fixedMax);
    const svg = toSvgString(widthLegend(scale, kind, 'k'));
    expect(svg).toContain('fitted');
    const steps = widthLegendSteps(scale);
    expect(keyCounts(svg)).toEqual(steps.map((s) => formatCount(s.perMonth)));
    // None of the fixed scale's steps appears in the key.
    const fixedSteps = widthLegendSteps(routeWidthScale(fixedMax)).map((s) => formatCount(s.perMonth));
    expect(keyCounts(svg).filter((c) => fixedSteps.includes(c))).toEqual([]);
    // The widest step is within one rounding of the scale's domain.
    expect(steps.at(-1)!.perMonth).toBeGreaterThan(scale.maxDetectionsPerMonth * 0.9);
  });

  it('with the fixed scale chosen in compare mode, the key is the fixed scale', () => {
    const state: AtlasState = { ...compareState, widthScale: 'fixed' };
    const { kind, scale } = widthScaleInUse(payload, state, compareWindows(payload, state, state.compare!));
    expect(kind).toBe('fixed');
    expect(scale.maxDetectionsPerMonth).toBe(routeMaxDetectionsPerMonth(payload));
    expect(toSvgString(widthLegend(scale, kind, 'k'))).toContain('Fixed scale');
  });

  it('draws widths proportional to the counts and states the minimum width', () => {
    for (const max of [216_000, 15_234, 4_100, 37]) {
      const scale = routeWidthScale(max);
      for (const step of widthLegendSteps(scale)) {
        expect(step.perMonth).toBeLessThanOrEqual(max);
        expect(step.widthPx).toBe(scale.widthPx(step.perMonth));
        if (step.widthPx > ROUTE_WIDTH.minPx)
          expect(step.widthPx / ROUTE_WIDTH.maxPx).toBeCloseTo(step.perMonth / max, 9);
      }
      const below = minimumWidthBelowPerMonth(scale);
      expect(scale.widthPx(below * 0.99)).toBe(ROUTE_WIDTH.minPx);
      expect(scale.widthPx(below * 1.01)).toBeGreaterThan(ROUTE_WIDTH.minPx);
      const svg = toSvgString(widthLegend(scale, 'fitted', 'k'));
      expect(svg).toContain(`under ${formatCount(Math.round(below))}: minimum width`);
      expect(svg).toContain(`stroke-width="${ROUTE_WIDTH.minPx}"`);
    }
  });
});
