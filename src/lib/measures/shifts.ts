/**
 * Before/after figures for a measure: detections and dead and missing on every route in the N full
 * calendar months before the measure's start month and the N after it (the start month itself left out).
 * Windows that run past the data are cut to the months that exist and flagged. A zero baseline gives
 * null ("n/a"), never Infinity. These are associations in time, not effects.
 */
import type { RouteId } from '../core/ids.ts';
import type { MonthlySeries } from '../site/monthlySeries.ts';

export const SHIFT_WINDOWS = [6, 12, 24] as const;
export type ShiftWindow = (typeof SHIFT_WINDOWS)[number];
export const DEFAULT_SHIFT_WINDOW: ShiftWindow = 12;

/** The window named in a URL (?window=24); anything else is no choice, and the page keeps its default. */
export function parseShiftWindow(text: string | null): ShiftWindow | null {
  return SHIFT_WINDOWS.find((n) => String(n) === text) ?? null;
}

export interface RouteShift {
  routeId: RouteId;
  windowMonths: number;
  /** null when the route has no detections series. */
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
  /** Months of each side inside the IOM table's period, whether or not IOM recorded this route then. */
  deathsTableMonths: { before: number; after: number };
  truncated: boolean;
}

function sideSum(series: readonly (number | null)[], from: number, to: number): { total: number; months: number } {
  let total = 0;
  let months = 0;
  for (let i = from; i <= to; i++) {
    if (i < 0 || i >= series.length) continue;
    const v = series[i];
    if (v === null || v === undefined) continue;
    total += v;
    months++;
  }
  return { total, months };
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

/** The month a measure starts in; a date known only to the year counts from January. */
export function measureStartMonth(dateStart: string): string {
  return dateStart.length === 4 ? `${dateStart}-01` : dateStart.slice(0, 7);
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
      detectionsBefore,
      detectionsAfter,
      detectionsChangePct: percentChange(detectionsBefore, detectionsAfter),
      deadMissingBefore: deadMissingBefore,
      deadMissingAfter: deadMissingAfter,
      deathsPer1000Before: deadMissingBefore === null ? null : deathsPer1000(deadMissingBefore, detectionsBefore),
      deathsPer1000After: deadMissingAfter === null ? null : deathsPer1000(deadMissingAfter, detectionsAfter),
      monthsCounted,
      deathsTableMonths: { before: tableMonths(...before), after: tableMonths(...after) },
      truncated,
    };
  });
}
