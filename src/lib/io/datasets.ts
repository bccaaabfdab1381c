/**
 * Build-time (Node) loaders: read a table from disk, validate it against its schema once, and cache it.
 * Pages, endpoints and scripts all load data through here; nothing else touches data/ files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataValidationError, type ParsedRow } from '../data/csv.ts';
import { parseTable, type TableName } from '../data/tables.ts';
import { checkNotOnlyMirrorSources } from '../data/sourceChecks.ts';
import { ROUTE_IDS } from '../core/ids.ts';
import type { CoverageNote, Indicator, Measure, Place, Route, RouteNeighbour } from '../data/schemas/curated.ts';
import type { CrossingMonth, Exclusion, Incident } from '../data/schemas/derived.ts';
import { routePathsSchema, type RoutePathFeature } from '../data/schemas/geo.ts';
import type { DerivedData } from '../derive/pipeline.ts';
import { IOM_DOWNLOAD_PATTERN, PATHS } from './paths.ts';

const root = process.cwd();

export function readText(relativePath: string): string {
  return readFileSync(resolve(root, relativePath), 'utf8');
}

/** readCsv(file, table): the table's rows, validated, or a DataValidationError naming file:line:column. */
export function readCsv<N extends TableName>(relativePath: string, table: N) {
  return parseTable(table, readText(relativePath), relativePath);
}

export function iomDownloadFiles(): string[] {
  return readdirSync(resolve(root, PATHS.iomDir))
    .filter((name) => IOM_DOWNLOAD_PATTERN.test(name))
    .sort()
    .map((name) => join(PATHS.iomDir, name));
}

export interface CuratedData {
  routes: Route[];
  measures: Measure[];
  indicators: Indicator[];
  places: Place[];
  routePaths: RoutePathFeature[];
  routeNeighbours: RouteNeighbour[];
  coverageNotes: CoverageNote[];
}

/** Every route of the site must be in data/routes.csv (ids are checked unique by the table). */
export function checkAllRoutesListed(routes: ParsedRow<Route>[]): void {
  const listed = new Set(routes.map((r) => r.value.id));
  const missing = ROUTE_IDS.filter((id) => !listed.has(id));
  if (missing.length > 0) {
    throw new DataValidationError([
      {
        file: PATHS.routes,
        line: 1,
        column: 'id',
        value: '',
        message: `routes missing from the table: ${missing.join(', ')}`,
      },
    ]);
  }
}

export function parseRoutePaths(text: string, file: string): RoutePathFeature[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataValidationError([
      { file, line: 1, column: '(json)', value: '', message: `not valid JSON: ${(error as Error).message}` },
    ]);
  }
  const result = routePathsSchema.safeParse(json);
  if (!result.success) {
    throw new DataValidationError(
      result.error.issues.map((issue) => ({
        file,
        line: 1,
        column: issue.path.join('.'),
        value: '',
        message: issue.message,
      })),
    );
  }
  const features = result.data.features;
  const missing = ROUTE_IDS.filter((id) => !features.some((f) => f.properties.route_id === id));
  if (missing.length > 0) {
    throw new DataValidationError([
      { file, line: 1, column: 'features', value: '', message: `no path for routes: ${missing.join(', ')}` },
    ]);
  }
  return features;
}

let curatedCache: CuratedData | undefined;
export function loadCurated(): CuratedData {
  if (curatedCache) return curatedCache;
  const files = {
    routes: readCsv(PATHS.routes, 'routes'),
    measures: readCsv(PATHS.measures, 'measures'),
    indicators: readCsv(PATHS.indicators, 'indicators'),
    places: readCsv(PATHS.places, 'places'),
    routeNeighbours: readCsv(PATHS.routeNeighbours, 'routeNeighbours'),
    coverageNotes: readCsv(PATHS.coverageNotes, 'coverageNotes'),
  };
  checkAllRoutesListed(files.routes);
  checkNotOnlyMirrorSources(
    {
      measures: { file: PATHS.measures, rows: files.measures },
      indicators: { file: PATHS.indicators, rows: files.indicators },
    },
    readCsv(PATHS.mirrorDomains, 'mirrorDomains').map((r) => r.value),
  );
  const values = <T>(rows: ParsedRow<T>[]) => rows.map((r) => r.value);
  curatedCache = {
    routes: values(files.routes),
    measures: values(files.measures),
    indicators: values(files.indicators),
    places: values(files.places),
    routePaths: parseRoutePaths(readText(PATHS.routePaths), PATHS.routePaths),
    routeNeighbours: values(files.routeNeighbours),
    coverageNotes: values(files.coverageNotes),
  };
  return curatedCache;
}

export interface DerivedSummary extends Omit<DerivedData, 'incidents' | 'crossings' | 'exclusions'> {
  generatedFrom: string[];
}

export interface LoadedDerived {
  incidents: Incident[];
  crossings: CrossingMonth[];
  exclusions: Exclusion[];
  summary: DerivedSummary;
}

let derivedCache: LoadedDerived | undefined;
export function loadDerived(): LoadedDerived {
  if (derivedCache) return derivedCache;
  const values = <T>(rows: ParsedRow<T>[]) => rows.map((r) => r.value);
  try {
    derivedCache = {
      incidents: values(readCsv(PATHS.incidents, 'incidents')),
      crossings: values(readCsv(PATHS.crossings, 'crossings')),
      exclusions: values(readCsv(PATHS.exclusions, 'exclusions')),
      summary: JSON.parse(readText(PATHS.summary)) as DerivedSummary,
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${(error as Error).message}\nThe derived tables are missing: run \`npm run data\` first.`, {
        cause: error,
      });
    }
    throw error;
  }
  return derivedCache;
}
