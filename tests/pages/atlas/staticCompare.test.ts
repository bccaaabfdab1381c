// The atlas's static compare pictures (src/pages/atlas/static/compare/[measure].svg.ts), drawn from the real
// data: each holds both windows' widths of every route and the change labels the interactive map writes.
import { describe, expect, it } from 'vitest';
import { compareSvg } from '../../../src/pages/atlas/static/compare/[measure].svg.ts';
import { getStaticCompareViews } from '../../../src/lib/io/atlasStatic.ts';
import { getAtlasPayload } from '../../../src/lib/io/atlas.ts';
import { compareWindows, routeChangeLabel, widthScaleInUse } from '../../../src/lib/atlas/compare.ts';
import { windowInWords } from '../../../src/lib/time/words.ts';

const views = getStaticCompareViews();
const payload = getAtlasPayload();
const oneDecimal = (n: number) => String(Math.round(n * 10) / 10 + 0);

describe('static compare pictures', () => {
  it("are drawn for each measure's default comparison, the EU–Turkey statement's windows among them", () => {
    expect(views.length).toBeGreaterThan(30);
    const statement = views.find((v) => v.measureId === 'eu-turkey-statement')!;
    // The twelve months after March 2016 against the twelve before (the start month itself left out).
    expect([
      statement.startMonth,
      statement.endMonth,
      statement.compare.startMonth,
      statement.compare.endMonth,
    ]).toEqual(['2016-04', '2017-03', '2015-03', '2016-02']);
  });

  it.each(['eu-turkey-statement', 'italy-libya-mou'])(
    'draw both windows’ widths and the change labels (%s)',
    (measureId) => {
      const view = views.find((v) => v.measureId === measureId)!;
      const svg = compareSvg(view);
      const summary = compareWindows(payload, view.state, view.compare);
      const { scale } = widthScaleInUse(payload, view.state, summary);
      expect(svg).toContain(windowInWords(view.startMonth, view.endMonth));
      expect(svg).toContain(windowInWords(view.compare.startMonth, view.compare.endMonth));
      let widths = 0;
      let labels = 0;
      for (const r of summary.routes) {
        const group = new RegExp(`<g data-route-id="${r.routeId}">(.*?)</g></g>`).exec(svg)?.[1];
        const measured = (f: typeof r.current) => f.detections !== null && f.detectionMonthsCovered > 0;
        if (!group || !measured(r.reference) || !measured(r.current)) continue;
        const perMonth = (f: typeof r.current) => f.detections! / f.detectionMonthsCovered;
        const widthOf = (window: string) =>
          new RegExp(`<path data-window="${window}" [^>]*stroke-width="([\\d.]+)"`).exec(group)?.[1];
        const band = /<g data-window="reference-band">(.*)$/.exec(group)![1]!;
        // The reference band (its edge 2 px wider) and the current line, on the legend's scale; the reference's
        // own line (shown on a phone's "Before") at the band's width.
        expect([...band.matchAll(/stroke-width="([\d.]+)"/g)].map((m) => m[1])).toContain(
          oneDecimal(scale.widthPx(perMonth(r.reference)) + 2),
        );
        expect(widthOf('current')).toBe(oneDecimal(scale.widthPx(perMonth(r.current))));
        expect(widthOf('reference')).toBe(oneDecimal(scale.widthPx(perMonth(r.reference))));
        widths++;
        const text = routeChangeLabel(r);
        if (text) {
          expect(svg).toContain(`data-change-label="${r.routeId}"`);
          expect(svg).toContain(`>${text}</text>`);
          labels++;
        }
      }
      expect(widths).toBeGreaterThanOrEqual(2);
      expect(labels).toBeGreaterThanOrEqual(2);
    },
  );
});
