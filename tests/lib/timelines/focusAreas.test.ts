import { describe, expect, it } from 'vitest';
import { focusAreaSeries, indicatorSeries } from '../../../src/lib/timelines/focusAreas.ts';
import type { SiteData } from '../../../src/lib/site/siteData.ts';
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

describe('focusAreaSeries', () => {
  it('marks the partial last year of IOM records with the part it holds, and leaves "not recorded" years empty', () => {
    const data = {
      routes: [{ id: 'sahel-agadez', label: 'Sahel / Agadez', colour: '#E69F00' }],
      incidents: [],
      deathYears: [
        { route_id: 'sahel-agadez', year: 2024, dead_missing: null },
        { route_id: 'sahel-agadez', year: 2025, dead_missing: 40 },
        { route_id: 'sahel-agadez', year: 2026, dead_missing: 6 },
      ],
      libyaDeathYears: [],
      deathsCompleteYear: 2025,
      incidentsPeriod: { firstDate: '2014-01-19', lastDate: '2026-05-03' },
    } as unknown as SiteData;
    const [sahel] = focusAreaSeries(data);
    expect(sahel!.points).toEqual([
      { x: '2024', y: null },
      { x: '2025', y: 40 },
      { x: '2026', y: 6, flagged: true, note: '2026, to 3 May only: a partial year, not compared with whole ones' },
    ]);
  });
});
