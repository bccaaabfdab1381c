/**
 * IOM Missing Migrants rows → the site's normalized incident table.
 *
 * The base table is the Europe-bound extract; each raw IOM download found in data/sources/ is then
 * merged in, oldest first. IOM sometimes records one event in several parts and renumbers the parts
 * between releases, so a download replaces incidents a whole event at a time: every existing row that
 * shares a Main ID with the download's rows gives way to the download's rows for that Main ID. New
 * Main IDs are added. No incident can appear twice.
 */
import type { Crosswalk } from '../data/crosswalk.ts';
import type { ParsedRow } from '../data/csv.ts';
import type { Exclusion, Incident } from '../data/schemas/derived.ts';
import type { IomExtractRow, IomRawRow } from '../data/schemas/upstream.ts';

/** The filter the Europe-bound extract applied (its SOURCE.md); raw downloads get the same one. */
export const EUROPE_BOUND_IOM_ROUTES = new Set([
  'Central Mediterranean',
  'Western Mediterranean',
  'Eastern Mediterranean',
  'Western Africa / Atlantic route to the Canary Islands',
  'Western Balkans',
  'Mainland Europe to the UK',
  'Iran to Türkiye',
  'Türkiye-Europe land route',
  'Syria to Türkiye',
  'Belarus-EU border',
  'Sahara Desert crossing',
  'Italy to France',
  'Ukraine to Europe',
]);
export const EUROPE_BOUND_BOX = { minLat: 10, maxLat: 75, minLon: -25, maxLon: 55 };

export function normalizeExtractRows(
  rows: readonly ParsedRow<IomExtractRow>[],
  crosswalk: Crosswalk,
  sourceFile: string,
): Incident[] {
  return rows.map(({ line, value: r }) => ({
    incident_id: r['Incident ID'],
    main_id: r['Main ID'],
    date: r.incident_date_clean,
    route_id: crosswalk.iomRouteId(r.Route),
    iom_route: r.Route,
    country: r['Country of Incident'],
    location: r['Location of death'],
    dead: r['No. dead'],
    missing: r['No. missing'],
    dead_missing: r['No. dead/missing'],
    survivors: r['No. survivors'],
    cause: r['Cause of death (category)'],
    lat: r.Latitude,
    lon: r.Longitude,
    source_url: r.Link,
    source_file: sourceFile,
    source_line: line,
  }));
}

export interface RawNormalized {
  incidents: Incident[];
  exclusions: Exclusion[];
}

/**
 * The raw export has no country-of-incident column. The country is taken from the same event in the
 * existing table when there is one, otherwise from the last part of the location text when that names
 * a country already known to the table; else it stays empty.
 */
export function normalizeRawRows(
  rows: readonly ParsedRow<IomRawRow>[],
  crosswalk: Crosswalk,
  sourceFile: string,
  existing: readonly Incident[],
): RawNormalized {
  const countryByMain = new Map(existing.map((i) => [i.main_id, i.country]));
  const knownCountries = new Set(existing.map((i) => i.country).filter((c) => c !== ''));
  const incidents: Incident[] = [];
  const exclusions: Exclusion[] = [];
  for (const { line, value: r } of rows) {
    const route = r['Migration route'];
    const { lat, lon } = r.Coordinates;
    const exclude = (reason: string) =>
      exclusions.push({ source_file: sourceFile, line, record_id: r['Incident ID'], reason });
    if (!EUROPE_BOUND_IOM_ROUTES.has(route.split(',')[0]!.trim())) {
      exclude(route ? `IOM route "${route}" does not lead to Europe` : 'no IOM migration route recorded');
      continue;
    }
    const box = EUROPE_BOUND_BOX;
    if (lat < box.minLat || lat > box.maxLat || lon < box.minLon || lon > box.maxLon) {
      exclude('coordinates outside the Europe-bound area (lat 10…75, lon −25…55)');
      continue;
    }
    const dead = r['Number Dead'];
    const missing = r['Minimum Estimated Number of Missing'];
    const lastPart = r['Location of death'].split(',').at(-1)?.trim() ?? '';
    incidents.push({
      incident_id: r['Incident ID'],
      main_id: r['Main ID'],
      date: r['Incident Date'],
      route_id: crosswalk.iomRouteId(route),
      iom_route: route,
      country: countryByMain.get(r['Main ID']) ?? (knownCountries.has(lastPart) ? lastPart : ''),
      location: r['Location of death'],
      dead,
      missing,
      dead_missing: (dead ?? 0) + (missing ?? 0),
      survivors: r['Number of Survivors'],
      cause: r['Cause of Death'],
      lat,
      lon,
      source_url: r.URL,
      source_file: sourceFile,
      source_line: line,
    });
  }
  return { incidents, exclusions };
}

export interface MergeReport {
  sourceFile: string;
  added: number;
  replaced: number;
  unchanged: number;
  superseded: Exclusion[];
}

const COMPARED_FIELDS = [
  'incident_id',
  'date',
  'route_id',
  'dead',
  'missing',
  'dead_missing',
  'survivors',
  'lat',
  'lon',
] as const;

function sameIncident(a: Incident, b: Incident): boolean {
  return COMPARED_FIELDS.every((f) => a[f] === b[f]);
}

/** Merges a download's incidents into the table, one event (Main ID) at a time; see the module note. */
export function mergeDownload(
  table: readonly Incident[],
  download: readonly Incident[],
  sourceFile: string,
): { table: Incident[]; report: MergeReport } {
  const downloadByMain = new Map<string, Incident[]>();
  for (const incident of download) {
    const family = downloadByMain.get(incident.main_id) ?? [];
    family.push(incident);
    downloadByMain.set(incident.main_id, family);
  }
  const report: MergeReport = { sourceFile, added: 0, replaced: 0, unchanged: 0, superseded: [] };
  const existingByMain = new Map<string, Incident[]>();
  const kept: Incident[] = [];
  for (const incident of table) {
    if (downloadByMain.has(incident.main_id)) {
      const family = existingByMain.get(incident.main_id) ?? [];
      family.push(incident);
      existingByMain.set(incident.main_id, family);
    } else kept.push(incident);
  }
  for (const [mainId, incoming] of downloadByMain) {
    const previous = existingByMain.get(mainId);
    if (!previous) {
      report.added += incoming.length;
    } else {
      const identical = previous.length === incoming.length && previous.every((p, i) => sameIncident(p, incoming[i]!));
      if (identical) {
        report.unchanged += incoming.length;
        // Keep the earlier row (and its source) when nothing changed, so provenance stays stable.
        kept.push(...previous);
        for (const row of incoming) {
          report.superseded.push({
            source_file: sourceFile,
            line: row.source_line,
            record_id: row.incident_id,
            reason: 'already in the incident table, unchanged',
          });
        }
        continue;
      }
      report.replaced += previous.length;
      for (const row of previous) {
        report.superseded.push({
          source_file: row.source_file,
          line: row.source_line,
          record_id: row.incident_id,
          reason: `replaced by IOM download ${sourceFile} (same Main ID ${mainId}, newer record)`,
        });
      }
    }
    kept.push(...incoming);
  }
  kept.sort((a, b) => (a.date === b.date ? a.incident_id.localeCompare(b.incident_id) : a.date < b.date ? -1 : 1));
  return { table: kept, report };
}
