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

export interface RouteShift {
  routeId: RouteId;
  windowMonths: number;
  /** null when the route has no detections series. */
  detectionsBefore: number | null;
  detectionsAfter: number | null;
  detectionsChangePct: number | null;
  deadMissingBefore: number;
  deadMissingAfter: number;
  deathsPer1000Before: number | null;
  deathsPer1000After: number | null;
  /** Months actually counted on each side for each series, when fewer than windowMonths. */
  monthsCounted: { detectionsBefore: number; detectionsAfter: number; deathsBefore: number; deathsAfter: number };
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
    const truncated =
      dmBefore.months < windowMonths ||
      dmAfter.months < windowMonths ||
      (det !== undefined && (detBefore!.months < windowMonths || detAfter!.months < windowMonths));
    const detectionsBefore = detBefore && detBefore.months > 0 ? detBefore.total : null;
    const detectionsAfter = detAfter && detAfter.months > 0 ? detAfter.total : null;
    return {
      routeId,
      windowMonths,
      detectionsBefore,
      detectionsAfter,
      detectionsChangePct: percentChange(detectionsBefore, detectionsAfter),
      deadMissingBefore: dmBefore.total,
      deadMissingAfter: dmAfter.total,
      deathsPer1000Before: deathsPer1000(dmBefore.total, detectionsBefore),
      deathsPer1000After: deathsPer1000(dmAfter.total, detectionsAfter),
      monthsCounted,
      truncated,
    };
  });
}
