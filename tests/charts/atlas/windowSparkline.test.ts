import { describe, expect, it } from 'vitest';
import {
  sparklineYearAxis,
  sparklineYearLabels,
  windowSparkline,
  YEAR_LABEL_PX,
} from '../../../src/charts/atlas/windowSparkline.ts';
import { toSvgString } from '../../../src/charts/svg.ts';
import { monthRange } from '../../../src/lib/time/months.ts';

const months = monthRange('2009-01', '2025-06');

describe('sparklineYearLabels', () => {
  it('names every other January, left to right, and none so close to an end that it overhangs the strip', () => {
    const labels = sparklineYearLabels(months);
    expect(labels.map((l) => l.year)).toEqual([2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024]);
    for (const [a, b] of labels.slice(1).map((l, i) => [labels[i]!, l] as const))
      expect(b.leftPct).toBeGreaterThan(a.leftPct);
    expect(labels[0]!.leftPct).toBeGreaterThanOrEqual(3);
    expect(labels.at(-1)!.leftPct).toBeLessThanOrEqual(97);
  });
});

describe('windowSparkline', () => {
  it('draws no text of its own: a 900-unit drawing would shrink it below a readable size on a phone', () => {
    const input = { months, detections: months.map(() => 1), deadMissing: months.map(() => 1) };
    expect(toSvgString(windowSparkline(input, [10, 20]))).not.toContain('<text');
  });
});

describe('sparklineYearAxis', () => {
  it('draws the years unscaled (no viewBox), at a readable size, at their positions in percent', () => {
    const svg = toSvgString(sparklineYearAxis(months));
    expect(svg).not.toContain('viewBox');
    expect(YEAR_LABEL_PX).toBeGreaterThanOrEqual(11);
    expect(svg).toContain(`font-size="${YEAR_LABEL_PX}"`);
    expect(svg).toContain(`x="${sparklineYearLabels(months)[0]!.leftPct.toFixed(2)}%"`);
    expect(svg.match(/<text/g)).toHaveLength(sparklineYearLabels(months).length);
  });
});
