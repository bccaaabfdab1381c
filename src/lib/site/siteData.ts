/** Everything the pages show, aggregated once from the validated tables. Pure: takes loaded data. */
import {
  countEvents,
  crossingsByYear,
  deathsByRouteYear,
  deathsByYear,
  isLibyaIncident,
  type CrossingYear,
  type DeathsYear,
} from './aggregate.ts';
import { routeHeadlines, type RouteHeadline } from './headlines.ts';
import { buildMonthlySeries, type MonthlySeries } from './monthlySeries.ts';
import { deriveCoverage, type RouteCoverage } from './coverage.ts';
import { lastWholeMonthTo, latestCompleteYear } from '../time/periods.ts';
import type { CoverageNote, Indicator, Measure, Place, Route, RouteNeighbour } from '../data/schemas/curated.ts';
import type { CrossingMonth, Exclusion, Incident } from '../data/schemas/derived.ts';
import type { RoutePathFeature } from '../data/schemas/geo.ts';
import type { SourceAccount } from '../derive/pipeline.ts';
import type { MergeReport } from '../derive/incidents.ts';

export interface SiteDataInput {
  routes: Route[];
  measures: Measure[];
  indicators: Indicator[];
  places: Place[];
  routePaths: RoutePathFeature[];
  routeNeighbours: RouteNeighbour[];
  coverageNotes: CoverageNote[];
  incidents: Incident[];
  crossings: CrossingMonth[];
  exclusions: Exclusion[];
  accounts: SourceAccount[];
  merges: Omit<MergeReport, 'superseded'>[];
  crossingsPeriod: { firstMonth: string; lastMonth: string };
  incidentsPeriod: { firstDate: string; lastDate: string };
}

export interface SiteData extends SiteDataInput {
  /** What each route's detections and deaths series cover, derived from the data. */
  coverage: RouteCoverage;
  crossingYears: CrossingYear[];
  deathYears: DeathsYear[];
  libyaDeathYears: { year: number; dead_missing: number; incidents: number }[];
  detectionsCompleteYear: number;
  deathsCompleteYear: number;
  /** The latest year complete in both records: the route cards compare detections and deaths in the same year. */
  headlinesYear: number;
  headlines: RouteHeadline[];
  monthly: MonthlySeries;
  totals: { detections: number; deadMissingOnRoutes: number; deadMissingAll: number; incidentsOther: number };
}

export function buildSiteData(input: SiteDataInput): SiteData {
  const crossingYears = crossingsByYear(input.crossings);
  const coverage = deriveCoverage(input.crossings, input.incidents, input.crossingsPeriod, input.incidentsPeriod);
  const deathYears = deathsByRouteYear(input.incidents, coverage.deaths);
  const detectionsCompleteYear = latestCompleteYear(input.crossingsPeriod.lastMonth);
  const deathsCompleteYear = latestCompleteYear(lastWholeMonthTo(input.incidentsPeriod.lastDate));
  const headlinesYear = Math.min(detectionsCompleteYear, deathsCompleteYear);
  const onRoutes = input.incidents.filter((i) => i.route_id !== 'other');
  return {
    ...input,
    coverage,
    crossingYears,
    deathYears,
    libyaDeathYears: deathsByYear(input.incidents.filter(isLibyaIncident)),
    detectionsCompleteYear,
    deathsCompleteYear,
    headlinesYear,
    monthly: buildMonthlySeries(
      input.crossings,
      input.incidents,
      input.crossingsPeriod,
      input.incidentsPeriod,
      coverage.deaths,
    ),
    headlines: routeHeadlines(
      input.routes.map((r) => r.id),
      crossingYears,
      deathYears,
      headlinesYear,
      headlinesYear,
    ),
    totals: {
      detections: input.crossings.reduce((s, r) => s + r.detections, 0),
      deadMissingOnRoutes: onRoutes.reduce((s, i) => s + i.dead_missing, 0),
      deadMissingAll: input.incidents.reduce((s, i) => s + i.dead_missing, 0),
      incidentsOther: countEvents(input.incidents.filter((i) => i.route_id === 'other')),
    },
  };
}
