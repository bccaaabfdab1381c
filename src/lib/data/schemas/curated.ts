/** Row schemas of the curated tables in data/*.csv, which people edit and review. */
import { z } from 'zod';
import { REGION_IDS, ROUTE_IDS } from '../../core/ids.ts';
import { endOfPartialDate, startOfPartialDate } from '../../time/partialDates.ts';
import {
  accessDates,
  confidence,
  hexColour,
  httpUrl,
  isoDay,
  isoMonth,
  latitude,
  listOf,
  longitude,
  nonNegativeNumber,
  oneOf,
  optionalPartialDate,
  optionalText,
  partialDate,
  requiredText,
  slug,
  sourceUrls,
  textList,
  checkPeriodOrder,
} from './fields.ts';

export const routeRowSchema = z.object({
  id: oneOf(ROUTE_IDS, 'route id'),
  label: requiredText(60),
  short_label: requiredText(20),
  frontex_route: optionalText,
  iom_routes: textList,
  colour: hexColour,
  regions: listOf(REGION_IDS, 'region id', { allowEmpty: false }),
  description: requiredText(400),
});
export type Route = z.output<typeof routeRowSchema>;
export const ROUTE_COLUMNS = [
  'id',
  'label',
  'short_label',
  'frontex_route',
  'iom_routes',
  'colour',
  'regions',
  'description',
] as const;

export const MEASURE_TYPES = [
  'fence_or_wall',
  'naval_operation',
  'third_country_agreement',
  'criminalisation_law',
  'sar_restriction',
  'pushbacks',
  'coast_guard_support',
  'border_closure',
  'asylum_restriction',
  'visa_policy',
  'funding_programme',
  'deadly_incident',
  'political_crisis',
] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

export const MEASURE_TYPE_LABELS: Record<MeasureType, string> = {
  fence_or_wall: 'Fence or wall',
  naval_operation: 'Naval or border operation',
  third_country_agreement: 'Agreement with a third country',
  criminalisation_law: 'Criminalisation law',
  sar_restriction: 'Search-and-rescue restriction',
  pushbacks: 'Pushbacks or expulsions',
  coast_guard_support: 'Support to a coast guard',
  border_closure: 'Border closure',
  asylum_restriction: 'Asylum restriction',
  visa_policy: 'Visa policy',
  funding_programme: 'Funding programme',
  deadly_incident: 'Deadly incident',
  political_crisis: 'Political crisis',
};

export const measureRowSchema = z
  .object({
    id: slug,
    kind: oneOf(['measure', 'event'] as const, 'kind'),
    title: requiredText(140),
    date_start: partialDate,
    date_end: optionalPartialDate,
    date_precision: oneOf(['day', 'month', 'year'] as const, 'date precision'),
    measure_type: oneOf(MEASURE_TYPES, 'measure type'),
    routes: listOf(ROUTE_IDS, 'route id', { allowEmpty: true }),
    regions: listOf(REGION_IDS, 'region id', { allowEmpty: false }),
    countries: textList,
    actors: textList,
    place_name: optionalText,
    lon: longitude,
    lat: latitude,
    summary: requiredText(600),
    source_urls: sourceUrls,
    confidence,
    sources_accessed: accessDates,
  })
  .superRefine((row, ctx) => {
    if (row.sources_accessed.length !== row.source_urls.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources_accessed'],
        message: `must give one date per source URL (${row.source_urls.length} URLs, ${row.sources_accessed.length} dates)`,
      });
    }
    const expectedLength = { day: 10, month: 7, year: 4 }[row.date_precision];
    if (row.date_start.length !== expectedLength) {
      ctx.addIssue({
        code: 'custom',
        path: ['date_start'],
        message: `is not written at its date_precision (${row.date_precision})`,
      });
    }
    if (row.date_end !== null && endOfPartialDate(row.date_end) < startOfPartialDate(row.date_start)) {
      ctx.addIssue({
        code: 'custom',
        path: ['date_end'],
        message: `ends before it starts (date_start ${row.date_start})`,
      });
    }
    for (const route of row.routes) {
      if (!row.regions.includes(route)) {
        ctx.addIssue({
          code: 'custom',
          path: ['regions'],
          message: `must include every listed route (missing ${route})`,
        });
      }
    }
  });
export type Measure = z.output<typeof measureRowSchema>;
export const MEASURE_COLUMNS = [
  'id',
  'kind',
  'title',
  'date_start',
  'date_end',
  'date_precision',
  'measure_type',
  'routes',
  'regions',
  'countries',
  'actors',
  'place_name',
  'lon',
  'lat',
  'summary',
  'source_urls',
  'confidence',
  'sources_accessed',
] as const;

export const indicatorRowSchema = z
  .object({
    id: slug,
    indicator: slug,
    region: oneOf(REGION_IDS, 'region id'),
    period_start: isoDay,
    period_end: isoDay,
    value: nonNegativeNumber,
    unit: requiredText(200),
    source_title: requiredText(300),
    source_url: httpUrl,
    method_notes: optionalText,
    confidence,
    sources_accessed: isoDay,
  })
  .superRefine(checkPeriodOrder);
export type Indicator = z.output<typeof indicatorRowSchema>;
export const INDICATOR_COLUMNS = [
  'id',
  'indicator',
  'region',
  'period_start',
  'period_end',
  'value',
  'unit',
  'source_title',
  'source_url',
  'method_notes',
  'confidence',
  'sources_accessed',
] as const;

export const PLACE_KINDS = ['hub', 'port', 'island', 'border-crossing', 'city'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export const placeRowSchema = z.object({
  id: slug,
  name: requiredText(100),
  kind: oneOf(PLACE_KINDS, 'place kind'),
  country: requiredText(100),
  lon: longitude,
  lat: latitude,
  regions: listOf(REGION_IDS, 'region id', { allowEmpty: false }),
  note: optionalText,
});
export type Place = z.output<typeof placeRowSchema>;
export const PLACE_COLUMNS = ['id', 'name', 'kind', 'country', 'lon', 'lat', 'regions', 'note'] as const;

/**
 * Sites that only copy or aggregate other publishers' text (or, like Wikipedia, summarise them): fine as a
 * second source, never as a row's only support.
 */
export const mirrorDomainRowSchema = z.object({
  domain: z.string().transform((raw, ctx) => {
    const value = raw.trim().toLowerCase();
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(value)) {
      ctx.addIssue({ code: 'custom', message: 'must be a bare domain name such as example.org' });
      return z.NEVER;
    }
    return value;
  }),
  reason: requiredText(300),
});
export type MirrorDomain = z.output<typeof mirrorDomainRowSchema>;
export const MIRROR_DOMAIN_COLUMNS = ['domain', 'reason'] as const;

/**
 * Directed pairs of routes: `neighbour` is a route that could plausibly take crossings displaced from
 * `route` (another crossing point for the same people). Measure pages compare a targeted route only with
 * its neighbours, and only as context, never as the place the flow went.
 */
export const routeNeighbourRowSchema = z
  .object({
    route: oneOf(ROUTE_IDS, 'route id'),
    neighbour: oneOf(ROUTE_IDS, 'route id'),
    reason: requiredText(400),
    source_url: httpUrl,
  })
  .superRefine((row, ctx) => {
    if (row.neighbour === row.route) {
      ctx.addIssue({ code: 'custom', path: ['neighbour'], message: 'must differ from route' });
    }
  });
export type RouteNeighbour = z.output<typeof routeNeighbourRowSchema>;
export const ROUTE_NEIGHBOUR_COLUMNS = ['route', 'neighbour', 'reason', 'source_url'] as const;

/** A change in a source's coverage of one route over a period, shown next to that route's figures. */
export const coverageNoteRowSchema = z
  .object({
    route: oneOf(ROUTE_IDS, 'route id'),
    period_start: isoMonth,
    period_end: isoMonth,
    note: requiredText(500),
    source_url: httpUrl,
  })
  .superRefine(checkPeriodOrder);
export type CoverageNote = z.output<typeof coverageNoteRowSchema>;
export const COVERAGE_NOTE_COLUMNS = ['route', 'period_start', 'period_end', 'note', 'source_url'] as const;
