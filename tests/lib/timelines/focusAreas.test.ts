import { describe, expect, it } from 'vitest';
import { indicatorSeries } from '../../../src/lib/timelines/focusAreas.ts';
import type { Indicator } from '../../../src/lib/data/schemas/curated.ts';

const row = (id: string, year: number, value: number, start = `${year}-01-01`, end = `${year}-12-31`) =>
  ({
    id,
    indicator: 'italy-sea-arrivals',
    region: 'central-mediterranean',
    period_start: start,
    period_end: end,
    value,
    unit: 'people arriving in Italy by sea',
    source_title: `Source ${year}`,
    source_url: 'https://example.org',
    method_notes: 'Counts change in 2023.',
    confidence: 'high',
  }) as Indicator;

describe('indicatorSeries', () => {
  const [chart] = indicatorSeries([
    row('a', 2017, 100),
    row('b', 2018, 50),
    row('c', 2021, 70),
    row('d', 2022, 10, '2022-01-01', '2022-06-30'),
  ]);

  it('charts calendar years only and leaves missing years empty, so no line bridges a gap', () => {
    expect(chart!.series.points).toEqual([
      { x: '2017', y: 100, note: 'Source 2017' },
      { x: '2018', y: 50, note: 'Source 2018' },
      { x: '2019', y: null },
      { x: '2020', y: null },
      { x: '2021', y: 70, note: 'Source 2021' },
    ]);
  });

  it('writes its summary and method note from the rows', () => {
    expect(chart!.summary[0]).toBe(
      '70 in 2021, against 100 in 2017; the highest year in this series is 2017, with 100.',
    );
    expect(chart!.note).toContain('Method: Counts change in 2023.');
  });

  it('skips series with fewer than two calendar years', () => {
    expect(indicatorSeries([row('a', 2017, 100)])).toEqual([]);
  });
});
