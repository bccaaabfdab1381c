/** Frontex rows (month × route × type × nationality) → detections per route and month. */
import { monthRange } from '../time/months.ts';
import type { Crosswalk } from '../data/crosswalk.ts';
import type { ParsedRow } from '../data/csv.ts';
import { ROUTE_IDS, type RouteId } from '../core/ids.ts';
import type { FrontexRow } from '../data/schemas/upstream.ts';
import type { CrossingMonth, Exclusion } from '../data/schemas/derived.ts';

export interface CrossingsResult {
  months: CrossingMonth[];
  keptRows: number;
  exclusions: Exclusion[];
  firstMonth: string;
  lastMonth: string;
}

/**
 * Sums detections per route and month. Frontex publishes no row for a month with no detections, so
 * every month of the file's period is written, with 0 where no row exists.
 */
export function deriveCrossings(
  rows: readonly ParsedRow<FrontexRow>[],
  crosswalk: Crosswalk,
  sourceFile: string,
): CrossingsResult {
  const totals = new Map<string, number>();
  const exclusions: Exclusion[] = [];
  const routesSeen = new Set<RouteId>();
  let keptRows = 0;
  let firstMonth = '9999-12';
  let lastMonth = '0000-01';
  for (const { line, value } of rows) {
    if (value.month < firstMonth) firstMonth = value.month;
    if (value.month > lastMonth) lastMonth = value.month;
    const routeId = crosswalk.frontexRouteId(value.route);
    if (!routeId) {
      exclusions.push({
        source_file: sourceFile,
        line,
        record_id: `${value.month} ${value.route} ${value.type} ${value.nat}`,
        reason: `Frontex route "${value.route}" is not one of the site's routes (crosswalk in data/routes.csv)`,
      });
      continue;
    }
    keptRows++;
    routesSeen.add(routeId);
    const key = `${routeId}|${value.month}`;
    totals.set(key, (totals.get(key) ?? 0) + value.n);
  }
  const months: CrossingMonth[] = [];
  if (rows.length > 0) {
    for (const routeId of ROUTE_IDS) {
      if (!routesSeen.has(routeId)) continue;
      for (const month of monthRange(firstMonth, lastMonth)) {
        months.push({ route_id: routeId, month, detections: totals.get(`${routeId}|${month}`) ?? 0 });
      }
    }
  }
  return { months, keptRows, exclusions, firstMonth, lastMonth };
}
