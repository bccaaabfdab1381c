/** The shift analysis for every measure, as shown on measure pages and published in measure-shifts.csv. */
import { ROUTE_IDS, type RouteId } from '../core/ids.ts';
import type { MonthlySeries } from '../site/monthlySeries.ts';
import type { Measure } from '../data/schemas/curated.ts';
import { computeShifts, isSeasonalWindow, SHIFT_WINDOWS, type RouteShift } from './shifts.ts';
import { firstMonthOf, lastMonthOf } from '../time/partialDates.ts';
import { addMonths } from '../time/months.ts';

/** The calendar months of one window, first and last, inclusive. */
export interface ShiftWindowMonths {
  windowMonths: number;
  before: [string, string];
  after: [string, string];
  /** The months after, a year earlier: the seasonally matched comparison (null for whole-year windows). */
  yearEarlier: [string, string] | null;
}

/** The months each side of a window covers, as computeShifts counts them (the start month left out). */
export function shiftWindowMonths(startMonth: string, windowMonths: number): ShiftWindowMonths {
  return {
    windowMonths,
    before: [addMonths(startMonth, -windowMonths), addMonths(startMonth, -1)],
    after: [addMonths(startMonth, 1), addMonths(startMonth, windowMonths)],
    yearEarlier: isSeasonalWindow(windowMonths)
      ? [addMonths(startMonth, 1 - 12), addMonths(startMonth, windowMonths - 12)]
      : null,
  };
}

export interface MeasureShifts {
  measureId: string;
  startMonth: string;
  /** false when the start month lies outside the data, so nothing can be compared. */
  computable: boolean;
  byWindow: Map<number, RouteShift[]>;
  windows: Map<number, ShiftWindowMonths>;
}

/** Targeted routes first, then the others in the site's order: "where flows went". */
export function orderRoutesForMeasure(measure: Measure): RouteId[] {
  return [...measure.routes, ...ROUTE_IDS.filter((r) => !measure.routes.includes(r))];
}

export function measureShifts(measure: Measure, series: MonthlySeries): MeasureShifts {
  const startMonth = firstMonthOf(measure.date_start);
  const computable = series.months.includes(startMonth);
  const byWindow = new Map<number, RouteShift[]>();
  const windows = new Map(SHIFT_WINDOWS.map((n) => [n, shiftWindowMonths(startMonth, n)]));
  if (computable) {
    for (const n of SHIFT_WINDOWS)
      byWindow.set(n, computeShifts(series, startMonth, n, orderRoutesForMeasure(measure)));
  }
  return { measureId: measure.id, startMonth, computable, byWindow, windows };
}

const NA = 'n/a';
const fixed = (n: number | null, digits: number) => (n === null ? NA : n.toFixed(digits));

export const MEASURE_SHIFT_COLUMNS = [
  'measure_id',
  'route_id',
  'window_months',
  'detections_before',
  'detections_after',
  'detections_change_pct',
  'dead_missing_before',
  'dead_missing_after',
  'deaths_per_1000_before',
  'deaths_per_1000_after',
  'truncated',
  // Added at the end so that readers of the earlier columns keep working.
  'detections_months_before_available',
  'detections_months_after_available',
  'deaths_months_before_available',
  'deaths_months_after_available',
  'coverage',
] as const;

/**
 * Which sides of a window the sources do not cover at all, e.g. "dead_missing_before: outside_source_period";
 * empty when every side has at least one month of data.
 */
export function shiftCoverage(shift: RouteShift): string {
  const notes: string[] = [];
  const c = shift.monthsCounted;
  if (shift.detectionsBefore === null && c.detectionsBefore === 0 && shift.detectionsAfter !== null)
    notes.push('detections_before: outside_source_period');
  if (shift.detectionsAfter === null && c.detectionsAfter === 0 && shift.detectionsBefore !== null)
    notes.push('detections_after: outside_source_period');
  if (shift.detectionsBefore === null && shift.detectionsAfter === null) notes.push('detections: no_source_series');
  const deaths = (side: 'before' | 'after', value: number | null, counted: number) => {
    const inTable = shift.deathsTableMonths[side];
    if (value === null)
      notes.push(`dead_missing_${side}: ${inTable === 0 ? 'outside_source_period' : 'not_recorded_under_route'}`);
    else if (counted < inTable)
      notes.push(`dead_missing_${side}: not_recorded_under_route for ${inTable - counted} of ${inTable} months`);
  };
  deaths('before', shift.deadMissingBefore, c.deathsBefore);
  deaths('after', shift.deadMissingAfter, c.deathsAfter);
  return notes.join('; ');
}

export function measureShiftRows(
  measures: readonly Measure[],
  series: MonthlySeries,
): Record<(typeof MEASURE_SHIFT_COLUMNS)[number], string | number>[] {
  const rows: Record<(typeof MEASURE_SHIFT_COLUMNS)[number], string | number>[] = [];
  for (const measure of measures) {
    const shifts = measureShifts(measure, series);
    for (const n of SHIFT_WINDOWS) {
      for (const s of shifts.byWindow.get(n) ?? []) {
        rows.push({
          measure_id: measure.id,
          route_id: s.routeId,
          window_months: n,
          detections_before: s.detectionsBefore ?? NA,
          detections_after: s.detectionsAfter ?? NA,
          detections_change_pct: fixed(s.detectionsChangePct, 1),
          // Empty, not 0, where IOM does not cover the window (before 2014, or before it recorded the route).
          dead_missing_before: s.deadMissingBefore ?? '',
          dead_missing_after: s.deadMissingAfter ?? '',
          deaths_per_1000_before: s.deadMissingBefore === null ? '' : fixed(s.deathsPer1000Before, 2),
          deaths_per_1000_after: s.deadMissingAfter === null ? '' : fixed(s.deathsPer1000After, 2),
          truncated: s.truncated ? 'true' : 'false',
          detections_months_before_available: s.monthsCounted.detectionsBefore,
          detections_months_after_available: s.monthsCounted.detectionsAfter,
          deaths_months_before_available: s.monthsCounted.deathsBefore,
          deaths_months_after_available: s.monthsCounted.deathsAfter,
          coverage: shiftCoverage(s),
        });
      }
    }
  }
  return rows;
}

/** Last month a measure is in force: its end, or open-ended; a one-off event lasts its own month. */
export function measureEndMonth(measure: Measure): string {
  if (measure.date_end) return lastMonthOf(measure.date_end);
  return measure.kind === 'event' ? firstMonthOf(measure.date_start) : '9999-12';
}
