/**
 * Published figures beside the site's own: for each row of data/published-figures.csv, the value the site
 * computes for the same routes and months, and the difference. Differences are expected: Frontex revises
 * its monthly data after its January releases, and IOM adds incidents after it publishes a total.
 */
import type { RouteId } from '../core/ids.ts';
import type { Route } from '../data/schemas/curated.ts';
import type { Incident } from '../data/schemas/derived.ts';
import type { PublishedFigure } from '../data/schemas/reconciliation.ts';
import { DataValidationError } from '../data/csv.ts';
import type { ParsedRow } from '../data/csv.ts';
import { monthOf, monthRange } from '../time/months.ts';
import type { MonthlySeries } from './monthlySeries.ts';

export interface ReconciledFigure {
  figure: PublishedFigure;
  /** The site's value for the same routes and months; null when the site's data do not cover them all. */
  siteValue: number | null;
  /** (site − published) / published × 100; null when either is missing or the published value is 0. */
  differencePct: number | null;
}

function siteDetections(figure: PublishedFigure, monthly: MonthlySeries): number | null {
  const months = monthRange(figure.period_start, figure.period_end);
  let total = 0;
  for (const route of figure.routes) {
    const series = monthly.detections.get(route);
    if (!series) return null;
    for (const month of months) {
      const value = series[monthly.months.indexOf(month)];
      if (value === undefined || value === null) return null;
      total += value;
    }
  }
  return total;
}

function siteDeadMissing(
  figure: PublishedFigure,
  incidents: readonly Incident[],
  monthly: MonthlySeries,
): number | null {
  // Only whole months the IOM table covers: a total for a month the table ends inside would look too low.
  if (figure.period_start < monthly.deathsFirstMonth || figure.period_end > monthly.deathsLastCompleteMonth)
    return null;
  const routes = new Set<string>(figure.routes);
  const iomRoutes = new Set(figure.iom_routes);
  let total = 0;
  for (const incident of incidents) {
    const month = monthOf(incident.date);
    if (month < figure.period_start || month > figure.period_end || !routes.has(incident.route_id)) continue;
    if (iomRoutes.size > 0 && !iomRoutes.has(incident.iom_route)) continue;
    total += incident.dead_missing;
  }
  return total;
}

export function reconcileFigures(
  figures: readonly PublishedFigure[],
  data: { monthly: MonthlySeries; incidents: readonly Incident[] },
): ReconciledFigure[] {
  return figures.map((figure) => {
    const siteValue =
      figure.metric === 'detections'
        ? siteDetections(figure, data.monthly)
        : siteDeadMissing(figure, data.incidents, data.monthly);
    const differencePct =
      siteValue === null || figure.published_value === 0
        ? null
        : ((siteValue - figure.published_value) / figure.published_value) * 100;
    return { figure, siteValue, differencePct };
  });
}

/**
 * Cross-table rule: an `iom_routes` entry must be one of the IOM routes that data/routes.csv maps to the
 * row's routes, or the row would silently compare against nothing.
 */
export function checkIomRoutes(rows: readonly ParsedRow<PublishedFigure>[], routes: readonly Route[], file: string) {
  const issues = [];
  for (const row of rows) {
    const known = new Set(
      routes.filter((r) => row.value.routes.includes(r.id as RouteId)).flatMap((r) => r.iom_routes),
    );
    for (const name of row.value.iom_routes) {
      if (!known.has(name)) {
        issues.push({
          file,
          line: row.line,
          column: 'iom_routes',
          value: name,
          message: `is not an IOM route of ${row.value.routes.join(', ')} in data/routes.csv`,
        });
      }
    }
  }
  if (issues.length > 0) throw new DataValidationError(issues);
}
