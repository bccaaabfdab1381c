/** Generated text about a measure's before/after figures. Every number comes from the shift computation. */
import { formatCount } from '../core/format.ts';
import type { Measure } from '../data/schemas/curated.ts';
import type { RouteShift } from './shifts.ts';
import { formatPartialDate } from '../time/dates.ts';
import { addMonths } from './measureShifts.ts';

export function describeShift(measure: Measure, shifts: RouteShift[], routeLabel: (id: string) => string): string[] {
  const sentences: string[] = [];
  const n = shifts[0]?.windowMonths ?? 12;
  for (const s of shifts.filter((x) => measure.routes.includes(x.routeId))) {
    const label = routeLabel(s.routeId);
    if (s.detectionsBefore !== null && s.detectionsAfter !== null && s.detectionsChangePct !== null) {
      const verb = s.detectionsChangePct < 0 ? 'fell' : 'rose';
      sentences.push(
        `Detections on the ${label} route ${verb} by ${Math.abs(Math.round(s.detectionsChangePct))}% in the ${n} months after ${measure.title} (${formatPartialDate(measure.date_start)}), from ${formatCount(s.detectionsBefore)} to ${formatCount(s.detectionsAfter)}${s.truncated ? ', over windows cut short by the end of the data' : ''}.`,
      );
    } else if (s.detectionsBefore === null && s.detectionsAfter === null) {
      sentences.push(`There is no Frontex detections series for the ${label} route.`);
    }
    const deaths = (v: number | null) => (v === null ? 'not recorded' : formatCount(v));
    sentences.push(
      `Dead and missing recorded on the ${label} route: ${deaths(s.deadMissingBefore)} in the ${n} months before, ${deaths(s.deadMissingAfter)} in the ${n} months after (a minimum estimate).`,
    );
  }
  const others = shifts.filter(
    (x) => !measure.routes.includes(x.routeId) && x.detectionsBefore !== null && x.detectionsAfter !== null,
  );
  const biggestRise = others.reduce<RouteShift | null>((best, s) => {
    const rise = s.detectionsAfter! - s.detectionsBefore!;
    return rise > 0 && (!best || rise > best.detectionsAfter! - best.detectionsBefore!) ? s : best;
  }, null);
  if (biggestRise) {
    sentences.push(
      `Among the other routes, detections rose most on the ${routeLabel(biggestRise.routeId)}: from ${formatCount(biggestRise.detectionsBefore!)} to ${formatCount(biggestRise.detectionsAfter!)}.`,
    );
  }
  return sentences;
}

/** Measures in force within `months` of this one's start that share a region with it: possible confounders. */
export function concurrentMeasures(
  measure: Measure,
  all: readonly Measure[],
  startOf: (m: Measure) => string,
  endOf: (m: Measure) => string,
  months = 12,
): Measure[] {
  const from = addMonths(startOf(measure), -months);
  const to = addMonths(startOf(measure), months);
  return all.filter(
    (other) =>
      other.id !== measure.id &&
      other.regions.some((r) => measure.regions.includes(r)) &&
      startOf(other) <= to &&
      endOf(other) >= from,
  );
}
