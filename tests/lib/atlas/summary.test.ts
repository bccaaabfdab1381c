import { describe, expect, it } from 'vitest';
import type { AtlasPayload } from '../../../src/lib/atlas/payload.ts';
import {
  describeWindow,
  formatChange,
  routesPerMonthInWindow,
  summarizeWindow,
  summaryTableRows,
} from '../../../src/lib/atlas/summary.ts';

// Six months from 2009-01; Frontex data stop after month 3 (index 3 is null).
const payload = {
  originMonth: '2009-01',
  routes: [
    {
      id: 'central-mediterranean',
      label: 'Central Mediterranean',
      colour: '#D55E00',
      detections: [10, 20, 30, 40, null, null],
      deathsFromIndex: 0,
    },
    { id: 'sahel-agadez', label: 'Sahel / Agadez', colour: '#E69F00', detections: null, deathsFromIndex: 0 },
  ],
  incidents: {
    id: ['a', 'b', 'c', 'd'],
    lon: [0, 0, 0, 0],
    lat: [0, 0, 0, 0],
    month: [0, 2, 3, 3],
    deadMissing: [5, 7, 11, 13],
    event: [0, 1, 2, 3],
    route: [0, 0, 1, -1],
    libya: [1, 0, 1, 0],
    approximate: [0, 0, 0, 0],
  },
  measures: [
    { id: 'm1', kind: 'measure', startIndex: 0, endIndex: null },
    { id: 'm2', kind: 'measure', startIndex: 0, endIndex: 1 },
    { id: 'e1', kind: 'event', startIndex: 3, endIndex: null },
  ],
} as unknown as AtlasPayload;

describe('summarizeWindow', () => {
  it('sums detections and deaths in the window and compares with the previous window of equal length', () => {
    const s = summarizeWindow(payload, 2, 3);
    expect(s.startMonth).toBe('2009-03');
    expect(s.endMonth).toBe('2009-04');
    expect(s.routes[0]).toMatchObject({
      detections: 70,
      previousDetections: 30,
      detectionMonthsCovered: 2,
      deadMissing: 7,
      incidents: 1,
    });
    expect(s.routes[0]!.detectionsChangePct).toBeCloseTo(((70 - 30) / 30) * 100);
    expect(s.routes[1]).toMatchObject({ detections: null, deadMissing: 11, incidents: 1 });
    expect(s.libya).toEqual({ deadMissing: 11, incidents: 1 });
    expect(s.all).toEqual({ deadMissing: 31, incidents: 3 });
    expect(s.measuresInForce).toBe(2); // m1 ongoing, e1 happens in the window; m2 ended before
  });

  it('gives no change when the previous window runs before the data, or the window past it', () => {
    expect(summarizeWindow(payload, 0, 1).routes[0]!.detectionsChangePct).toBeNull();
    const late = summarizeWindow(payload, 3, 4);
    expect(late.routes[0]).toMatchObject({ detections: 40, detectionMonthsCovered: 1, detectionsChangePct: null });
  });

  it('turns figures into table cells and sentences', () => {
    const s = summarizeWindow(payload, 3, 4);
    expect(summaryTableRows(s)).toEqual([
      ['Central Mediterranean', '40 (1 of 2 months)', 'n/a', '0', '0'],
      ['Sahel / Agadez', 'no Frontex series', 'n/a', '11', '1'],
    ]);
    const text = describeWindow(summarizeWindow(payload, 2, 3)).join(' ');
    expect(text).toContain('March 2009 – April 2009: IOM recorded 31 people dead or missing in 3 incidents');
    expect(text).toContain(
      'Central Mediterranean route: 70 (Frontex detections, not people), +133% on the previous 2 months',
    );
    expect(text).toContain('The deadliest route was the Sahel / Agadez, with 11 dead and missing.');
  });

  it('counts the parts of one event once, and says "not recorded" before IOM records a route', () => {
    const split = {
      ...payload,
      routes: [payload.routes[0]!, { ...payload.routes[1]!, deathsFromIndex: 4 }],
      incidents: { ...payload.incidents, month: [2, 2, 2, 3], route: [0, 0, 0, -1], event: [7, 7, 7, 8] },
    } as AtlasPayload;
    const s = summarizeWindow(split, 2, 3);
    expect(s.routes[0]).toMatchObject({ deadMissing: 5 + 7 + 11, incidents: 1 });
    expect(s.all).toEqual({ deadMissing: 36, incidents: 2 });
    expect(s.routes[1]).toMatchObject({ deadMissing: null, incidents: null });
    expect(summaryTableRows(s)[1]!.slice(3)).toEqual(['not recorded', 'not recorded']);
    expect(describeWindow(s).join(' ')).toContain('Sahel / Agadez route in this window: not recorded, not zero');
    expect(summarizeWindow(split, 3, 4).routes[1]).toMatchObject({ deadMissing: 0, incidents: 0 });
  });

  it('averages detections per month over the months with data', () => {
    expect(routesPerMonthInWindow(payload, 2, 5)).toEqual(
      new Map([
        ['central-mediterranean', 35],
        ['sahel-agadez', null],
      ]),
    );
  });

  it('formats changes without Infinity', () => {
    expect(formatChange(null)).toBe('n/a');
    expect(formatChange(-42.4)).toBe('−42%');
    expect(formatChange(0.2)).toBe('±0%');
  });
});
