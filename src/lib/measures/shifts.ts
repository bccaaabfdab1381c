/**
 * Before/after figures for a measure: detections and dead and missing on every route in the N full
 * calendar months before the measure's start month and the N after it (the start month itself left out).
 * Windows that run past the data are cut to the months that exist and flagged. A zero baseline gives
 * null ("n/a"), never Infinity. These are associations in time, not effects.
 */
import type { RouteId } from '../core/ids.ts';
import type { MonthlySeries } from '../site/monthlySeries.ts';
import { PARAM_CODECS } from '../url/params.ts';
import { valueOr } from '../url/codecs.ts';

export const SHIFT_WINDOWS = [6, 12, 24] as const;
export type ShiftWindow = (typeof SHIFT_WINDOWS)[number];
export const DEFAULT_SHIFT_WINDOW: ShiftWindow = 12;

/** The window named in a URL (?window=24); anything else is no choice, and the page keeps its default. */
export function parseShiftWindow(text: string | null): ShiftWindow | null {
  return valueOr(PARAM_CODECS.window.parse(text, { allowed: SHIFT_WINDOWS }), null);
}

/** The path segment of a window's own page, /measures/<id>/24/; the default window has none (/measures/<id>/). */
export function shiftWindowSegment(window: ShiftWindow): string | undefined {
  return window === DEFAULT_SHIFT_WINDOW ? undefined : String(window);
}

/**
 * The measure page that opens on a window. Every window has a page built for it, so the choice works as a plain
 * link without JavaScript; the query form (/measures/<id>/?window=24) is still read on the default page.
 */
export function measureWindowPath(measureId: string, window: ShiftWindow): string {
  const segment = shiftWindowSegment(window);
  return segment ? `/measures/${measureId}/${segment}/` : `/measures/${measureId}/`;
}

export interface RouteShift {
  routeId: RouteId;
  windowMonths: number;
  /** false when Frontex has no series for the route at all (the Sahel). */
  hasDetectionsSeries: boolean;
  /** null when the route has no detections series, or none in the window. */
  detectionsBefore: number | null;
  detectionsAfter: number | null;
  detectionsChangePct: number | null;
  /** null when IOM records no month of the window for the route ("not recorded", never 0). */
  deadMissingBefore: number | null;
  deadMissingAfter: number | null;
  deathsPer1000Before: number | null;
  deathsPer1000After: number | null;
  /** Months actually counted on each side for each series, when fewer than windowMonths. */
  monthsCounted: { detectionsBefore: number; detectionsAfter: number; deathsBefore: number; deathsAfter: number };
  /** For each side cut short, whether the start or the end of the data cuts it (null: whole, or empty). */
  cutBy: { detectionsBefore: CutBy; detectionsAfter: CutBy; deathsBefore: CutBy; deathsAfter: CutBy };
  /** Months of each side inside the IOM table's period, whether or not IOM recorded this route then. */
  deathsTableMonths: { before: number; after: number };
  truncated: boolean;
  /** The months after set against the same calendar months a year earlier; null for whole-year windows. */
  sameMonthsYearEarlier: SeasonalMatch | null;
}

/** One series' months after a measure and the same calendar months a year earlier, over months both hold. */
export interface MatchedPair {
  yearEarlier: number;
  after: number;
  /** Months counted on each side: those where both the month and the month a year earlier have data. */
  months: number;
  changePct: number | null;
}

export interface SeasonalMatch {
  /** null where the series has no month with data on both sides. */
  detections: MatchedPair | null;
  deadMissing: MatchedPair | null;
}

/**
 * A window that is not a whole number of years sets some seasons against others (spring before, autumn
 * after), and crossings follow the seasons; 12 and 24 months hold every season on both sides.
 */
export function isSeasonalWindow(windowMonths: number): boolean {
  return windowMonths % 12 !== 0;
}

/**
 * Sums series[from..to] and the same months a year earlier, month by month, keeping only months where both
 * have data, so the two totals always cover the same calendar months.
 */
export function matchYearEarlier(series: readonly (number | null)[], from: number, to: number): MatchedPair | null {
  let yearEarlier = 0;
  let after = 0;
  let months = 0;
  for (let i = from; i <= to; i++) {
    const now = i >= 0 && i < series.length ? series[i] : null;
    const earlier = i - 12 >= 0 && i - 12 < series.length ? series[i - 12] : null;
    if (now === null || now === undefined || earlier === null || earlier === undefined) continue;
    yearEarlier += earlier;
    after += now;
    months++;
  }
  if (months === 0) return null;
  return { yearEarlier, after, months, changePct: percentChange(yearEarlier, after) };
}

/** Which end of the data cuts a side of a window short: its first months lie before the data, or its last after. */
export type CutBy = 'start' | 'end' | null;

function sideSum(
  series: readonly (number | null)[],
  from: number,
  to: number,
): { total: number; months: number; cutBy: CutBy } {
  let total = 0;
  let months = 0;
  const has = (i: number) => i >= 0 && i < series.length && series[i] !== null && series[i] !== undefined;
  for (let i = from; i <= to; i++) {
    if (!has(i)) continue;
    total += series[i]!;
    months++;
  }
  // The series have no gaps inside them, so a short side misses months at one end of the data or the other.
  const cutBy: CutBy = months === 0 || months === to - from + 1 ? null : !has(from) ? 'start' : 'end';
  return { total, months, cutBy };
}

/** Deaths per 1,000 detections; null when there are no detections to divide by. */
export function deathsPer1000(deadMissing: number, detections: number | null): number | null {
  if (detections === null || detections === 0) return null;
  return (deadMissing / detections) * 1000;
}

export function percentChange(before: number | null, after: number | null): number | null {
  if (before === null || after === null || before === 0) return null;
  return ((after - before) / before) * 100;
}

export function computeShifts(
  series: MonthlySeries,
  startMonth: string,
  windowMonths: number,
  routeIds: readonly RouteId[],
): RouteShift[] {
  const start = series.months.indexOf(startMonth);
  if (start < 0)
    throw new Error(`month ${startMonth} is outside the series (${series.months[0]} to ${series.months.at(-1)})`);
  const before: [number, number] = [start - windowMonths, start - 1];
  const after: [number, number] = [start + 1, start + windowMonths];
  const tableMonths = (from: number, to: number) =>
    series.months
      .slice(Math.max(0, from), Math.max(0, to + 1))
      .filter((m) => m >= series.deathsFirstMonth && m <= series.deathsLastCompleteMonth).length;
  return routeIds.map((routeId) => {
    const det = series.detections.get(routeId);
    const deaths = series.deadMissing.get(routeId)!;
    const detBefore = det ? sideSum(det, ...before) : null;
    const detAfter = det ? sideSum(det, ...after) : null;
    const dmBefore = sideSum(deaths, ...before);
    const dmAfter = sideSum(deaths, ...after);
    const monthsCounted = {
      detectionsBefore: detBefore?.months ?? 0,
      detectionsAfter: detAfter?.months ?? 0,
      deathsBefore: dmBefore.months,
      deathsAfter: dmAfter.months,
    };
    // Truncation is about the ends of the IOM table; months before IOM opened a route are reported
    // separately (measureShifts.ts coverage column), not as a window cut short.
    const truncated =
      tableMonths(...before) < windowMonths ||
      tableMonths(...after) < windowMonths ||
      (det !== undefined && (detBefore!.months < windowMonths || detAfter!.months < windowMonths));
    const detectionsBefore = detBefore && detBefore.months > 0 ? detBefore.total : null;
    const detectionsAfter = detAfter && detAfter.months > 0 ? detAfter.total : null;
    const deadMissingBefore = dmBefore.months > 0 ? dmBefore.total : null;
    const deadMissingAfter = dmAfter.months > 0 ? dmAfter.total : null;
    return {
      routeId,
      windowMonths,
      hasDetectionsSeries: det !== undefined,
      detectionsBefore,
      detectionsAfter,
      detectionsChangePct: percentChange(detectionsBefore, detectionsAfter),
      deadMissingBefore: deadMissingBefore,
      deadMissingAfter: deadMissingAfter,
      deathsPer1000Before: deadMissingBefore === null ? null : deathsPer1000(deadMissingBefore, detectionsBefore),
      deathsPer1000After: deadMissingAfter === null ? null : deathsPer1000(deadMissingAfter, detectionsAfter),
      monthsCounted,
      cutBy: {
        detectionsBefore: detBefore?.cutBy ?? null,
        detectionsAfter: detAfter?.cutBy ?? null,
        deathsBefore: dmBefore.cutBy,
        deathsAfter: dmAfter.cutBy,
      },
      deathsTableMonths: { before: tableMonths(...before), after: tableMonths(...after) },
      truncated,
      sameMonthsYearEarlier: isSeasonalWindow(windowMonths)
        ? {
            detections: det ? matchYearEarlier(det, ...after) : null,
            deadMissing: matchYearEarlier(deaths, ...after),
          }
        : null,
    };
  });
}
