import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { homeShiftFigure } from '../../../src/charts/figures/homeFigures.ts';
import { toSvgString } from '../../../src/charts/svg.ts';
import { expectSvgSnapshot } from '../../svgSnapshot.ts';
import type { SiteData } from '../../../src/lib/site/siteData.ts';

const output = (name: string) => fileURLToPath(new URL(`../output/${name}`, import.meta.url));

// Made-up shares over 2014–2019 on three routes, and the two measures with made-up titles: the drawing is pinned
// by hand-made data, so refreshing the real data never changes the snapshot.
const routes = [
  { id: 'central-mediterranean', label: 'Central Mediterranean', short_label: 'C. Med', colour: '#D55E00' },
  { id: 'eastern-mediterranean', label: 'Eastern Mediterranean', short_label: 'E. Med', colour: '#0072B2' },
  { id: 'western-mediterranean', label: 'Western Mediterranean', short_label: 'W. Med', colour: '#009E73' },
];
const detections: Record<string, number[]> = {
  'central-mediterranean': [170, 150, 180, 120, 20, 10],
  'eastern-mediterranean': [50, 880, 180, 40, 55, 80],
  'western-mediterranean': [8, 7, 10, 20, 57, 24],
};
const crossingYears = Object.entries(detections).flatMap(([route_id, values]) =>
  values.map((d, i) => ({ route_id, year: 2014 + i, detections: d * 1000, months_covered: 12, complete: true })),
);
const measures = [
  { id: 'eu-turkey-statement', title: 'Statement between the EU and Turkey', date_start: '2016-03-18' },
  { id: 'italy-libya-mou', title: 'Memorandum between Italy and Libya', date_start: '2017-02-02' },
];
const data = { routes, crossingYears, measures } as unknown as SiteData;

describe('the home chart of the shift', () => {
  const figure = homeShiftFigure(data);
  const wide = toSvgString(figure.chart);
  const narrow = toSvgString(figure.narrowChart);

  it('names both measures over the plot, in full on the wide drawing and short on the phone drawing', () => {
    for (const [svg, names] of [
      [wide, ['EU–Turkey Statement', 'Italy–Libya MoU']],
      [narrow, ['EU–Turkey', 'Italy–Libya']],
    ] as const) {
      const keyLabels = [...svg.matchAll(/class="chart-key-label">([^<]+)</g)].map((m) => m[1]);
      expect(keyLabels).toEqual(names);
    }
  });

  it('rules each measure at its month on the time axis', () => {
    // Year ticks at whole years; the rule of a measure starting in month m of year y sits (m - 0.5) / 12 past y.
    const tickX = (year: number) => Number(new RegExp(`<text x="([\\d.]+)"[^>]*>${year}</text>`).exec(wide)![1]);
    const rules = [...wide.matchAll(/<line x1="([\d.]+)" x2="\1"/g)].map((m) => Number(m[1]));
    const perYearPx = tickX(2017) - tickX(2016);
    expect(rules).toHaveLength(2);
    expect(rules[0]).toBeCloseTo(tickX(2016) + (2.5 / 12) * perYearPx, 0);
    expect(rules[1]).toBeCloseTo(tickX(2017) + (1.5 / 12) * perYearPx, 0);
  });

  it('writes its summary, table and source note from the data', () => {
    expect(figure.heading).toBe('Where detections were, 2014–2019');
    expect(figure.summary[0]).toBe(
      'In 2014, the largest share of detections was on the Central Mediterranean route (75%); in 2019, on the Eastern Mediterranean route (70%).',
    );
    expect(figure.summary[1]).toContain('Statement between the EU and Turkey (18 March 2016)');
    expect(figure.table.headers).toEqual(['Period', ...routes.map((r) => r.label)]);
    expect(figure.table.rows[1]).toEqual(['2015', '14%', '85%', '1%']);
    expect(figure.note).toContain('detections, not people');
  });

  it('draws the same SVG as tests/charts/output/home-shift.svg', () => {
    expectSvgSnapshot(wide, output('home-shift.svg'));
  });
});
