import { describe, expect, it } from 'vitest';
import { getSiteData } from '../../src/lib/io/siteData.ts';
import { homeShiftFigure, routeCardCharts } from '../../src/charts/figures/homeFigures.ts';
import { shiftEvents, shiftShares, shiftYears, SHIFT_MEASURE_IDS } from '../../src/lib/timelines/shift.ts';
import { toSvgString } from '../../src/charts/svg.ts';
import { formatPartialDate } from '../../src/lib/time/words.ts';

describe('the home page on the real data', () => {
  const data = getSiteData();

  it('draws the shift over complete years whose route shares sum to 100%, and whose rounded shares sum to 100 ± 3', () => {
    const years = shiftYears(data.crossingYears);
    expect(years.length).toBeGreaterThanOrEqual(4);
    const shares = shiftShares(data.crossingYears, data.routes);
    for (const y of years) {
      const values = shares.map((s) => s.points.find((p) => p.x === String(y))?.y ?? 0);
      expect(
        values.reduce((a, b) => a + b, 0),
        String(y),
      ).toBeCloseTo(100, 6);
      const rounded = homeShiftFigure(data)
        .table.rows.find((r) => r[0] === String(y))!
        .slice(1);
      const roundedSum = rounded.reduce((sum, cell) => sum + Number(cell.replace('%', '')), 0);
      expect(Math.abs(roundedSum - 100), String(y)).toBeLessThanOrEqual(3);
    }
  });

  it('labels both measures with the dates of data/measures.csv', () => {
    const events = shiftEvents(data.measures);
    expect(events.map((e) => e.id)).toEqual([...SHIFT_MEASURE_IDS]);
    const figure = homeShiftFigure(data);
    for (const e of events) {
      const row = data.measures.find((m) => m.id === e.id)!;
      expect(e.dateText).toBe(formatPartialDate(row.date_start));
      expect(figure.summary.join(' ')).toContain(`${row.title} (${formatPartialDate(row.date_start)})`);
      expect(toSvgString(figure.narrowChart)).toContain(`aria-label="${row.title}, ${e.dateText}"`);
    }
  });

  it('compares detections and dead and missing in the same year on every card, complete in both records', () => {
    expect(data.headlinesYear).toBeLessThanOrEqual(data.detectionsCompleteYear);
    expect(data.headlinesYear).toBeLessThanOrEqual(data.deathsCompleteYear);
    for (const h of data.headlines) {
      expect(h.detectionsYear, h.routeId).toBe(data.headlinesYear);
      expect(h.deathsYear, h.routeId).toBe(data.headlinesYear);
    }
  });

  it('leaves a coverage gap blank on the cards’ charts, never zero', () => {
    // The Sahel route has no Frontex series: no detections chart at all.
    expect(routeCardCharts(data, 'sahel-agadez').detections).toBeNull();
    // IOM records the eastern borders only from its coverage start: no point drawn before that year.
    const firstCovered = data.deathYears.find((r) => r.route_id === 'eastern-borders' && r.months_covered > 0)!;
    const deaths = toSvgString(routeCardCharts(data, 'eastern-borders').deaths!);
    expect(deaths).toContain(`${firstCovered.label}`);
    const lastBefore = data.deathYears.find(
      (r) => r.route_id === 'eastern-borders' && r.year === firstCovered.year - 1,
    );
    expect(lastBefore?.months_covered ?? 0).toBe(0);
    // A partial year is a cross inside the plot, not a point off its edge.
    const crosses = [...deaths.matchAll(/<text x="([\d.]+)"[^>]*>×</g)].map((m) => Number(m[1]));
    const partialYears = data.deathYears.filter(
      (r) => r.route_id === 'eastern-borders' && !r.complete && r.months_covered > 0,
    );
    expect(crosses).toHaveLength(partialYears.length);
    const plotRightPx = Number(/<line x1="56" x2="([\d.]+)"/.exec(deaths)![1]);
    for (const x of crosses) expect(x).toBeLessThanOrEqual(plotRightPx);
    const description = /<desc[^>]*>([^<]+)</.exec(deaths)![1]!;
    expect(description).not.toContain(String(firstCovered.year - 1));
  });
});
