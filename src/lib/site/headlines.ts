/** Headline figures per route, computed from the aggregated tables; every number names its unit. */
import type { CrossingYear, DeathsYear } from './aggregate.ts';
import type { RouteId } from '../core/ids.ts';
import { formatCount } from '../core/format.ts';

export interface RouteHeadline {
  routeId: RouteId;
  detectionsYear: number;
  /** null for routes without a Frontex series (sahel-agadez). */
  detectionsInYear: number | null;
  detectionsPeak: { year: number; detections: number } | null;
  deathsYear: number;
  /** null when IOM did not record the route in that year: "not recorded", never 0. */
  deadMissingInYear: number | null;
  deadMissingPeak: { year: number; dead_missing: number } | null;
}

export function routeHeadlines(
  routeIds: readonly RouteId[],
  crossingYears: readonly CrossingYear[],
  deathYears: readonly DeathsYear[],
  detectionsYear: number,
  deathsYear: number,
): RouteHeadline[] {
  return routeIds.map((routeId) => {
    const series = crossingYears.filter((r) => r.route_id === routeId);
    // Peaks are taken over complete years only, so a partial year can never look like a fall.
    const crossings = series.filter((r) => r.months_covered === 12);
    const deaths = deathYears.filter(
      (r): r is DeathsYear & { dead_missing: number } =>
        r.route_id === routeId && r.year <= deathsYear && r.dead_missing !== null,
    );
    // Like detections, a deaths peak is a whole year's: a route IOM began recording mid-year is not compared.
    const wholeDeathYears = deaths.filter((r) => r.complete);
    const peakCrossing = crossings.reduce<CrossingYear | null>(
      (best, r) => (!best || r.detections > best.detections ? r : best),
      null,
    );
    const peakDeaths = wholeDeathYears.reduce<(typeof deaths)[number] | null>(
      (best, r) => (!best || r.dead_missing > best.dead_missing ? r : best),
      null,
    );
    return {
      routeId,
      detectionsYear,
      detectionsInYear: series.length ? (crossings.find((r) => r.year === detectionsYear)?.detections ?? 0) : null,
      detectionsPeak: peakCrossing ? { year: peakCrossing.year, detections: peakCrossing.detections } : null,
      deathsYear,
      deadMissingInYear: deaths.find((r) => r.year === deathsYear)?.dead_missing ?? null,
      deadMissingPeak:
        peakDeaths && peakDeaths.dead_missing > 0
          ? { year: peakDeaths.year, dead_missing: peakDeaths.dead_missing }
          : null,
    };
  });
}

export const ROUTE_CARD_TABLE_HEADERS = ['Figure', 'Year', 'Number', 'Peak year', 'Peak number'] as const;

/**
 * A route card's figures as table rows (its embed's table, which the data and image downloads read). A missing
 * series says so in words, never 0.
 */
export function routeCardTableRows(h: RouteHeadline): string[][] {
  const peak = (p: { year: number; n: number } | null) => (p ? [String(p.year), formatCount(p.n)] : ['', '']);
  return [
    [
      'Detections (Frontex; detections, not people)',
      String(h.detectionsYear),
      h.detectionsInYear === null ? 'no Frontex series' : formatCount(h.detectionsInYear),
      ...peak(h.detectionsPeak && { year: h.detectionsPeak.year, n: h.detectionsPeak.detections }),
    ],
    [
      'Dead and missing (IOM; minimum estimate)',
      String(h.deathsYear),
      h.deadMissingInYear === null ? 'not recorded' : formatCount(h.deadMissingInYear),
      ...peak(h.deadMissingPeak && { year: h.deadMissingPeak.year, n: h.deadMissingPeak.dead_missing }),
    ],
  ];
}
