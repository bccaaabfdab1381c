/**
 * The site's downloads: stable file names, documented columns and provenance. Each endpoint in
 * src/pages/downloads/ serves one entry; /data/ lists them; the sidecar <name>.json repeats the metadata.
 */
import { toCsv } from '../data/csv.ts';
import { INDICATOR_COLUMNS, MEASURE_COLUMNS } from '../data/schemas/curated.ts';
import type { SourceInfo } from './sources.ts';
import { COVERAGE_REASONS } from './coverage.ts';
import { measureShiftRows } from '../measures/measureShifts.ts';
import type { SiteData } from './siteData.ts';
import { deathsByIomRouteYear } from './iomRoutes.ts';
import type { VersionedUpstreamFile } from './sources.ts';

export interface ColumnDoc<Name extends string = string> {
  name: Name;
  meaning: string;
}

/** One download, its rows' type checked against its columns where it is written, then forgotten. */
export interface DownloadDef {
  file: string;
  title: string;
  description: string;
  unitNote: string;
  sources: SourceInfo['id'][];
  columns: ColumnDoc[];
  csv(data: SiteData): string;
  rowCount(data: SiteData): number;
  period(data: SiteData): string;
}

interface DownloadSpec<Row extends object> extends Omit<DownloadDef, 'columns' | 'csv' | 'rowCount'> {
  columns: ColumnDoc<keyof Row & string>[];
  rows(data: SiteData): readonly Row[];
}

function download<Row extends object>({ rows, ...spec }: DownloadSpec<Row>): DownloadDef {
  return {
    ...spec,
    csv: (data) =>
      toCsv(
        spec.columns.map((c) => c.name),
        rows(data),
      ),
    rowCount: (data) => rows(data).length,
  };
}

const MEASURE_COLUMN_MEANINGS: Record<(typeof MEASURE_COLUMNS)[number], string> = {
  id: 'Stable identifier (used in page URLs).',
  kind: 'measure, or event (something that happened rather than was decided).',
  title: 'Short title.',
  date_start: 'Start date, written at its precision.',
  date_end: 'End date; empty if ongoing or a one-off.',
  date_precision: 'day, month or year: how precisely date_start is known.',
  measure_type: 'Type of measure (fence_or_wall, naval_operation, third_country_agreement, …).',
  routes: 'Routes of the site it bears on, separated by semicolons.',
  regions: 'Focus regions (routes plus libya), separated by semicolons.',
  countries: 'Countries concerned.',
  actors: 'Who decided or carried it out.',
  place_name: 'Representative place.',
  lon: 'Longitude of the representative place.',
  lat: 'Latitude of the representative place.',
  summary: 'What it was, in the site’s own words.',
  source_urls: 'Sources, separated by " | ".',
  confidence: 'high, medium or low: how firmly the sources support the date.',
  sources_accessed: 'Day each source was last read (YYYY-MM-DD), separated by " | " in the same order as source_urls.',
};

const INDICATOR_COLUMN_MEANINGS: Record<(typeof INDICATOR_COLUMNS)[number], string> = {
  id: 'Stable identifier.',
  indicator: 'Series the figure belongs to.',
  region: 'Focus region.',
  period_start: 'First day the figure covers.',
  period_end: 'Last day the figure covers.',
  value: 'The published figure.',
  unit: 'What is counted.',
  source_title: 'Title of the source.',
  source_url: 'Link to the source.',
  method_notes: 'Method, coverage and breaks in the series.',
  confidence: 'high, medium or low.',
  sources_accessed: 'Day the source was last read (YYYY-MM-DD).',
};

/** What the site counts as one incident, said the same way in the sidecars and on /about/. */
export const INCIDENT_MEANING =
  'Incidents are events: IOM records some events (e.g. one shipwreck) in several parts that share one Main ID, and the site counts each Main ID once.';

/** Trailing columns of every yearly table: how much of the year the figure covers, and why a cell is empty. */
const YEAR_COVERAGE_COLUMNS: ColumnDoc<'months_covered' | 'complete' | 'coverage'>[] = [
  {
    name: 'months_covered',
    meaning:
      'Whole calendar months of the year the source covers for this route (12 for a whole year; the last IOM year also holds the days up to the end of the period).',
  },
  {
    name: 'complete',
    meaning: 'true when the whole year is covered; partial years must not be compared with whole ones.',
  },
  {
    name: 'coverage',
    meaning: `Why a figure is whole, partial or empty: ${Object.entries(COVERAGE_REASONS)
      .map(([k, v]) => `${k} (${v})`)
      .join('; ')}.`,
  },
];

const crossingsPeriod = (d: SiteData) => `${d.crossingsPeriod.firstMonth} to ${d.crossingsPeriod.lastMonth}`;
const incidentsPeriod = (d: SiteData) => `${d.incidentsPeriod.firstDate} to ${d.incidentsPeriod.lastDate}`;

export const DOWNLOADS: readonly DownloadDef[] = [
  download({
    file: 'crossings-by-route-month.csv',
    title: 'Detections by route and month',
    description:
      'Frontex detections of illegal border-crossings summed over type and nationality for each route of the site and each month; months without a Frontex row are 0.',
    unitNote: 'Detections of border-crossings, not people: one person can be detected several times.',
    sources: ['frontex'],
    columns: [
      { name: 'route_id', meaning: 'Route of the site (see data/routes.csv for the Frontex route behind it).' },
      { name: 'month', meaning: 'Calendar month, YYYY-MM.' },
      { name: 'detections', meaning: 'Detections of illegal border-crossings in the month.' },
    ],
    rows: (d) => d.crossings,
    period: crossingsPeriod,
  }),
  download({
    file: 'crossings-by-route-year.csv',
    title: 'Detections by route and year',
    description:
      'The monthly detections summed by calendar year. A year at either end of the period may be partial (2025: January to April only): months_covered and complete say so in each row; do not compare a partial year with whole ones. Routes without a Frontex series (Sahel / Agadez) have no rows.',
    unitNote: 'Detections of border-crossings, not people.',
    sources: ['frontex'],
    columns: [
      { name: 'route_id', meaning: 'Route of the site.' },
      { name: 'year', meaning: 'Calendar year.' },
      { name: 'detections', meaning: 'Detections of illegal border-crossings in the year.' },
      ...YEAR_COVERAGE_COLUMNS,
    ],
    rows: (d) => d.crossingYears,
    period: crossingsPeriod,
  }),
  download({
    file: 'deaths-by-route-year.csv',
    title: 'Dead and missing by route and year',
    description:
      'IOM Missing Migrants incidents summed by route of the site and calendar year. A year IOM covered without a record is 0; a year IOM did not record under the route (e.g. Eastern borders before IOM opened its "Belarus-EU border" route in 2021) is left empty, with the reason in coverage. Incidents on IOM routes outside the crosswalk are left out. The last year is partial (see months_covered, complete and the period).',
    unitNote: 'Dead and missing people, a minimum estimate: many deaths are never recorded.',
    sources: ['iom'],
    columns: [
      { name: 'route_id', meaning: 'Route of the site (crosswalk of IOM routes in data/routes.csv).' },
      { name: 'year', meaning: 'Calendar year of the incident.' },
      {
        name: 'dead_missing',
        meaning:
          'Dead plus missing people recorded in the year; empty when IOM did not record the route (see coverage).',
      },
      { name: 'incidents', meaning: `${INCIDENT_MEANING} Empty when IOM did not record the route.` },
      ...YEAR_COVERAGE_COLUMNS,
    ],
    rows: (d) => d.deathYears,
    period: incidentsPeriod,
  }),
  download({
    file: 'deaths-by-route-year-iom-route.csv',
    title: 'Dead and missing by route, year and IOM route',
    description:
      'The route-year totals split by the IOM route each incident was filed under. The Eastern Mediterranean route of the site holds both IOM’s sea route and its Türkiye-Europe land route (the Evros), so its totals are higher than IOM’s sea-only figure. Only combinations with at least one record are listed.',
    unitNote: 'Dead and missing people, a minimum estimate; incidents are events (IOM Main ID).',
    sources: ['iom'],
    columns: [
      { name: 'route_id', meaning: 'Route of the site.' },
      { name: 'year', meaning: 'Calendar year of the incident.' },
      { name: 'iom_route', meaning: 'Migration route as IOM recorded it.' },
      { name: 'incidents', meaning: 'Distinct events (IOM Main ID); an event recorded in parts counts once.' },
      { name: 'dead_missing', meaning: 'Dead plus missing people recorded.' },
    ],
    rows: (d) => deathsByIomRouteYear(d.incidents),
    period: incidentsPeriod,
  }),
  download({
    file: 'incidents.csv',
    title: 'Incidents (normalized)',
    description:
      'Every IOM Missing Migrants incident record on Europe-bound routes, with the site route it counts toward (other = outside the site routes) and the source file and line it came from. IOM records some events in several parts ("Split Incident"): each part is a row here, and the parts share main_id. Count events with distinct main_id values; sum dead and missing over all rows.',
    unitNote: 'Dead and missing are minimum estimates; coordinates are often approximate.',
    sources: ['iom'],
    columns: [
      {
        name: 'incident_id',
        meaning: 'IOM incident id (several ids joined by commas where IOM merged split records).',
      },
      {
        name: 'main_id',
        meaning:
          'IOM event id (Main ID) shared by the parts of one event: one main_id is one incident in the site counts.',
      },
      { name: 'date', meaning: 'Date of the incident, YYYY-MM-DD.' },
      { name: 'route_id', meaning: 'Route of the site, or other.' },
      { name: 'iom_route', meaning: 'Migration route as IOM recorded it.' },
      { name: 'country', meaning: 'Country of incident (empty when unknown).' },
      { name: 'location', meaning: 'Location of death as IOM described it.' },
      { name: 'dead', meaning: 'Number dead (empty when unknown).' },
      { name: 'missing', meaning: 'Minimum number missing; IOM writes a few negative values as corrections.' },
      { name: 'dead_missing', meaning: 'Dead plus missing.' },
      { name: 'survivors', meaning: 'Number of survivors (empty when unknown).' },
      { name: 'cause', meaning: 'Cause of death, IOM category.' },
      { name: 'lat', meaning: 'Latitude, decimal degrees (often approximate).' },
      { name: 'lon', meaning: 'Longitude, decimal degrees (often approximate).' },
      { name: 'source_url', meaning: 'Link to the source IOM cited.' },
      { name: 'source_file', meaning: 'File in data/sources/ the record came from.' },
      { name: 'source_line', meaning: 'Line of that file.' },
    ],
    rows: (d) => d.incidents,
    period: incidentsPeriod,
  }),
  download({
    file: 'measures.csv',
    title: 'Enforcement measures and events',
    description:
      'Curated enforcement and counter-smuggling measures and notable events, each with dates at a stated precision and one or more sources.',
    unitNote:
      'Dates are those of the cited sources; a measure listed here is not claimed to have caused any change in flows.',
    sources: ['curated'],
    columns: MEASURE_COLUMNS.map((name) => ({ name, meaning: MEASURE_COLUMN_MEANINGS[name] })),
    rows: (d) =>
      d.measures.map((m) => ({
        ...m,
        source_urls: m.source_urls.join(' | '),
        sources_accessed: m.sources_accessed.join(' | '),
      })),
    period: (d) => `${d.measures[0]?.date_start ?? ''} to ${d.measures.at(-1)?.date_start ?? ''}`,
  }),
  download({
    file: 'indicators.csv',
    title: 'Published indicators',
    description:
      'Figures the two upstream series lack, such as people intercepted at sea and returned to Libya, or departures recorded in northern Niger, each with its source and notes on method changes.',
    unitNote: 'Each row names its own unit; series may change method between years (see method_notes).',
    sources: ['curated'],
    columns: INDICATOR_COLUMNS.map((name) => ({ name, meaning: INDICATOR_COLUMN_MEANINGS[name] })),
    rows: (d) => d.indicators,
    period: (d) => {
      const starts = d.indicators.map((i) => i.period_start).sort();
      const ends = d.indicators.map((i) => i.period_end).sort();
      return `${starts[0] ?? ''} to ${ends.at(-1) ?? ''}`;
    },
  }),
  download({
    file: 'measure-shifts.csv',
    title: 'Before and after each measure',
    description:
      'For every measure, window of 6, 12 or 24 months and route: detections and dead and missing in the full calendar months before the start month and after it (the start month left out), their change, and deaths per 1,000 detections. Windows cut short by the ends of the data are marked truncated. n/a: nothing to compare with (no series, or a zero baseline).',
    unitNote:
      'Detections are not people; dead and missing are a minimum estimate. A change after a measure is an association, not proof of an effect.',
    sources: ['frontex', 'iom', 'curated'],
    columns: [
      { name: 'measure_id', meaning: 'Measure (see measures.csv).' },
      { name: 'route_id', meaning: 'Route of the site.' },
      { name: 'window_months', meaning: 'Length of each window: 6, 12 or 24 months.' },
      {
        name: 'detections_before',
        meaning: 'Frontex detections in the months before the start month (n/a: no series).',
      },
      { name: 'detections_after', meaning: 'Frontex detections in the months after the start month.' },
      {
        name: 'detections_change_pct',
        meaning: 'Change from before to after, in percent (n/a when the baseline is 0 or missing).',
      },
      {
        name: 'dead_missing_before',
        meaning: 'IOM dead and missing in the months before; empty when IOM records none of them (see coverage).',
      },
      {
        name: 'dead_missing_after',
        meaning: 'IOM dead and missing in the months after; empty like dead_missing_before.',
      },
      { name: 'deaths_per_1000_before', meaning: 'Dead and missing per 1,000 detections, before.' },
      { name: 'deaths_per_1000_after', meaning: 'Dead and missing per 1,000 detections, after.' },
      {
        name: 'truncated',
        meaning: 'true when a window runs past the start or end of a series and counts fewer months.',
      },
      {
        name: 'detections_months_before_available',
        meaning:
          'Months of the window before that the Frontex data cover: window_months when complete, fewer when the data start or end inside the window, 0 with no series.',
      },
      {
        name: 'detections_months_after_available',
        meaning: 'Months of the window after that the Frontex data cover, counted the same way.',
      },
      {
        name: 'deaths_months_before_available',
        meaning:
          'Months of the window before that the IOM data cover: fewer than window_months when the data start or end inside the window; 0 when none, and dead_missing_before then means not recorded, not zero.',
      },
      {
        name: 'deaths_months_after_available',
        meaning: 'Months of the window after that the IOM data cover (complete months only), counted the same way.',
      },
      {
        name: 'coverage',
        meaning:
          'Sides of the window a source does not cover, e.g. "dead_missing_before: outside_source_period" (IOM records start in 2014) or "not_recorded_under_route" (IOM opened the route later), with the months missing when only part of the window is affected; cells with no month covered are empty, not 0. Empty when every side is covered.',
      },
    ],
    rows: (d) => measureShiftRows(d.measures, d.monthly),
    period: (d) => `${d.monthly.months[0]} to ${d.monthly.months.at(-1)}`,
  }),
  download({
    file: 'exclusions.csv',
    title: 'Excluded upstream rows',
    description:
      'Every upstream row that is not in the tables above, with the file, line and reason, so that kept plus excluded equals the rows of each source file.',
    unitNote: 'One line per excluded upstream row.',
    sources: ['frontex', 'iom'],
    columns: [
      { name: 'source_file', meaning: 'File in data/sources/.' },
      { name: 'line', meaning: 'Line of that file where the row starts.' },
      {
        name: 'record_id',
        meaning: 'Identifier of the row (IOM incident id, or Frontex month, route, type and nationality).',
      },
      { name: 'reason', meaning: 'Why the row is not counted.' },
    ],
    rows: (d) => d.exclusions,
    period: () => 'all source periods',
  }),
];

export function downloadByFile(file: string): DownloadDef {
  const def = DOWNLOADS.find((d) => d.file === file);
  if (!def) throw new Error(`no download named ${file}`);
  return def;
}

export function downloadCsv(def: DownloadDef, data: SiteData): string {
  return def.csv(data);
}

export function downloadMetadata(
  def: DownloadDef,
  data: SiteData,
  siteVersion: string,
  upstream: readonly VersionedUpstreamFile[],
  sources: Readonly<Record<SourceInfo['id'], SourceInfo>>,
) {
  return {
    file: `/downloads/${def.file}`,
    title: def.title,
    description: def.description,
    unit_note: def.unitNote,
    rows: def.rowCount(data),
    period: def.period(data),
    columns: def.columns,
    sources: def.sources.map((id) => ({
      ...sources[id],
      // The exact upstream versions: a reader can check the checksum against their own copy.
      files: upstream.filter((f) => f.source === id).map(({ source: _source, ...file }) => file),
    })),
    changelog: '/downloads/CHANGELOG.md',
    site_version: siteVersion,
  };
}
