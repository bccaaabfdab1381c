// Compare mode: the per-route figures of two windows equal the published monthly download summed over each
// window's months, computed here independently from the CSV text; unequal lengths, partial windows and
// "not recorded" are told apart from real numbers.
import { describe, expect, it } from 'vitest';
import { buildAtlasPayload, type AtlasPayload } from '../../../src/lib/atlas/payload.ts';
import {
  applyComparison,
  compareTableHeaders,
  compareTableRows,
  comparePresets,
  compareWindows,
  describeComparison,
  routeChangeLabel,
} from '../../../src/lib/atlas/compare.ts';
import { defaultAtlasState, ZOOM_LIMITS } from '../../../src/lib/atlas/views.ts';
import { getSiteData } from '../../../src/lib/io/siteData.ts';
import { downloadByFile, downloadCsv } from '../../../src/lib/site/downloads.ts';
import { parseAtlasState, serializeAtlasState } from '../../../src/lib/atlas/state.ts';

const data = getSiteData();
const payload: AtlasPayload = buildAtlasPayload(data, []);

/** route → month → detections, parsed straight from the download's text. */
function downloadedDetections(): Map<string, Map<string, number>> {
  const [header, ...lines] = downloadCsv(downloadByFile('crossings-by-route-month.csv'), data).trim().split('\n');
  expect(header).toBe('route_id,month,detections');
  const table = new Map<string, Map<string, number>>();
  for (const line of lines) {
    const [route, month, detections] = line.split(',');
    if (!table.has(route!)) table.set(route!, new Map());
    table.get(route!)!.set(month!, Number(detections));
  }
  return table;
}

function sumOver(byMonth: Map<string, number>, startMonth: string, endMonth: string): number {
  let total = 0;
  for (const [month, n] of byMonth) if (month >= startMonth && month <= endMonth) total += n;
  return total;
}

const WINDOWS: [{ startMonth: string; endMonth: string }, { startMonth: string; endMonth: string }][] = [
  [
    { startMonth: '2016-04', endMonth: '2017-03' },
    { startMonth: '2015-04', endMonth: '2016-03' },
  ],
  [
    { startMonth: '2017-07', endMonth: '2017-12' },
    { startMonth: '2016-07', endMonth: '2016-12' },
  ],
  [
    { startMonth: '2021-01', endMonth: '2021-12' },
    { startMonth: '2019-01', endMonth: '2019-06' },
  ],
];

describe('compareWindows on the real data', () => {
  const downloaded = downloadedDetections();

  it('gives each route the download summed over each window, and the change between them', () => {
    let checked = 0;
    for (const [current, reference] of WINDOWS) {
      const summary = compareWindows(payload, current, reference);
      for (const route of summary.routes) {
        const byMonth = downloaded.get(route.routeId);
        if (!byMonth) {
          expect(route.current.detections, route.routeId).toBeNull();
          continue;
        }
        const now = sumOver(byMonth, current.startMonth, current.endMonth);
        const before = sumOver(byMonth, reference.startMonth, reference.endMonth);
        expect(route.current.detections, route.routeId).toBe(now);
        expect(route.reference.detections, route.routeId).toBe(before);
        const perMonthNow = now / summary.current.months;
        const perMonthBefore = before / summary.reference.months;
        if (perMonthBefore > 0)
          expect(route.detectionsChangePct!).toBeCloseTo(((perMonthNow - perMonthBefore) / perMonthBefore) * 100, 6);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(12);
  });

  it('shows the Aegean collapse after March 2016 and writes it as a label', () => {
    const summary = compareWindows(payload, WINDOWS[0]![0], WINDOWS[0]![1]);
    const east = summary.routes.find((r) => r.routeId === 'eastern-mediterranean')!;
    expect(east.detectionsChangePct!).toBeLessThan(-80);
    expect(routeChangeLabel(east)).toMatch(/^−\d+%$/);
  });

  it('flags unequal lengths and compares monthly averages', () => {
    const summary = compareWindows(payload, WINDOWS[2]![0], WINDOWS[2]![1]);
    expect(summary.unequalLengths).toBe(true);
    expect(compareTableHeaders(summary)).toContain('Change (monthly average)');
    expect(describeComparison(summary).join(' ')).toMatch(/differ in length \(12 and 6 months\)/);
  });

  it('never shows "not recorded" as 0, nor compares a window the source covers only in part', () => {
    // The Sahel has no Frontex series; the reference window starts before IOM data do.
    const summary = compareWindows(
      payload,
      { startMonth: '2015-01', endMonth: '2015-12' },
      { startMonth: '2013-01', endMonth: '2013-12' },
    );
    const rows = compareTableRows(summary);
    const sahel = rows[summary.routes.findIndex((r) => r.routeId === 'sahel-agadez')]!;
    expect(sahel[1]).toBe('no Frontex series');
    for (const [i, route] of summary.routes.entries()) {
      if (route.reference.deadMissing === null) expect(rows[i]![4]).toBe('not recorded');
      if (!route.reference.deathsWhole) expect(route.deadMissingChangePct).toBeNull();
    }
    // A current window running past the end of the Frontex series: partial, not compared.
    const last = payload.crossingsLastMonth;
    const lastYear = payload.lastMonth;
    if (lastYear > last) {
      const partial = compareWindows(
        payload,
        { startMonth: last, endMonth: lastYear },
        { startMonth: '2016-01', endMonth: '2016-01' },
      );
      const central = partial.routes.find((r) => r.routeId === 'central-mediterranean')!;
      expect(central.current.detectionsWhole).toBe(false);
      expect(central.detectionsChangePct).toBeNull();
      expect(routeChangeLabel(central)).toBeNull();
    }
  });
});

describe('compare windows in the URL and in stories', () => {
  const limits = { firstMonth: payload.originMonth, lastMonth: payload.lastMonth, ...ZOOM_LIMITS };
  const defaults = defaultAtlasState(2024);

  it('offers the same length just before and the same months a year earlier, inside the data', () => {
    expect(comparePresets({ startMonth: '2016-04', endMonth: '2017-03' }, limits)).toEqual({
      previous: { startMonth: '2015-04', endMonth: '2016-03' },
      yearEarlier: { startMonth: '2015-04', endMonth: '2016-03' },
    });
    expect(comparePresets({ startMonth: '2017-01', endMonth: '2017-03' }, limits)).toEqual({
      previous: { startMonth: '2016-10', endMonth: '2016-12' },
      yearEarlier: { startMonth: '2016-01', endMonth: '2016-03' },
    });
    expect(comparePresets({ startMonth: payload.originMonth, endMonth: '2009-06' }, limits)).toEqual({
      previous: null,
      yearEarlier: null,
    });
  });

  it('applies a story step’s comparison only when it is a usable window, and it survives the URL', () => {
    const applied = applyComparison(defaults, { startMonth: '2015-04', endMonth: '2016-03' }, limits);
    expect(applied.compare).toEqual({ startMonth: '2015-04', endMonth: '2016-03' });
    expect(parseAtlasState(serializeAtlasState(applied, defaults), defaults, limits)).toEqual(applied);
    expect(applyComparison(defaults, { startMonth: '2016-03', endMonth: '2015-04' }, limits).compare).toBeNull();
    expect(applyComparison(defaults, { startMonth: '1999-01', endMonth: '2015-04' }, limits).compare).toBeNull();
    expect(applyComparison(applied, null, limits).compare).toBeNull();
  });

  it('round-trips random reference windows', () => {
    let seed = 5;
    const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const months = Object.keys(Object.fromEntries(downloadedDetections().get('central-mediterranean')!));
    for (let i = 0; i < 100; i++) {
      const a = Math.floor(rand() * months.length);
      const b = a + Math.floor(rand() * (months.length - a));
      const state = { ...defaults, compare: { startMonth: months[a]!, endMonth: months[b]! } };
      const query = serializeAtlasState(state, defaults);
      expect(query).toContain(`vs=${months[a]}..${months[b]}`);
      expect(parseAtlasState(query, defaults, limits)).toEqual(state);
    }
  });
});

describe('compare table cells', () => {
  it('says n/a where there is nothing to compare, and "not compared (partial)" only for partial coverage', () => {
    const summary = compareWindows(
      payload,
      { startMonth: '2016-04', endMonth: '2017-03' },
      { startMonth: '2015-04', endMonth: '2016-03' },
    );
    const rows = compareTableRows(summary);
    const sahel = rows[summary.routes.findIndex((r) => r.routeId === 'sahel-agadez')]!;
    expect(sahel[3]).toBe('n/a');
    for (const [i, route] of summary.routes.entries())
      if (route.current.deadMissing === null) expect(rows[i]![6], route.routeId).toBe('n/a');
  });
});
