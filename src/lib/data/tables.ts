/** Every table the project reads, with its row schema, required columns and unique key, in one place. */
import type { z } from 'zod';
import { checkUnique, parseCsv, type ParsedRow } from './csv.ts';
import {
  COVERAGE_NOTE_COLUMNS,
  INDICATOR_COLUMNS,
  MEASURE_COLUMNS,
  MIRROR_DOMAIN_COLUMNS,
  PLACE_COLUMNS,
  ROUTE_COLUMNS,
  ROUTE_NEIGHBOUR_COLUMNS,
  coverageNoteRowSchema,
  indicatorRowSchema,
  measureRowSchema,
  mirrorDomainRowSchema,
  placeRowSchema,
  routeNeighbourRowSchema,
  routeRowSchema,
} from './schemas/curated.ts';
import {
  CROSSING_COLUMNS,
  EXCLUSION_COLUMNS,
  INCIDENT_COLUMNS,
  crossingRowSchema,
  exclusionRowSchema,
  incidentRowSchema,
} from './schemas/derived.ts';
import {
  FRONTEX_COLUMNS,
  IOM_EXTRACT_COLUMNS,
  IOM_RAW_COLUMNS,
  frontexRowSchema,
  iomExtractRowSchema,
  iomRawRowSchema,
} from './schemas/upstream.ts';
import { PUBLISHED_FIGURE_COLUMNS, publishedFigureRowSchema } from './schemas/reconciliation.ts';

interface TableDef<S extends z.ZodType> {
  schema: S;
  columns: readonly string[];
  /** Column whose values must be unique, and how to read it from a parsed row. */
  unique?: { column: string; key: (row: z.output<S>) => string };
}

function table<S extends z.ZodType>(def: TableDef<S>): TableDef<S> {
  return def;
}

export const TABLES = {
  routes: table({ schema: routeRowSchema, columns: ROUTE_COLUMNS, unique: { column: 'id', key: (r) => r.id } }),
  measures: table({ schema: measureRowSchema, columns: MEASURE_COLUMNS, unique: { column: 'id', key: (r) => r.id } }),
  indicators: table({
    schema: indicatorRowSchema,
    columns: INDICATOR_COLUMNS,
    unique: { column: 'id', key: (r) => r.id },
  }),
  mirrorDomains: table({
    schema: mirrorDomainRowSchema,
    columns: MIRROR_DOMAIN_COLUMNS,
    unique: { column: 'domain', key: (r) => r.domain },
  }),
  places: table({ schema: placeRowSchema, columns: PLACE_COLUMNS, unique: { column: 'id', key: (r) => r.id } }),
  publishedFigures: table({
    schema: publishedFigureRowSchema,
    columns: PUBLISHED_FIGURE_COLUMNS,
    unique: { column: 'id', key: (r) => r.id },
  }),
  routeNeighbours: table({
    schema: routeNeighbourRowSchema,
    columns: ROUTE_NEIGHBOUR_COLUMNS,
    unique: { column: 'neighbour', key: (r) => `${r.route} → ${r.neighbour}` },
  }),
  coverageNotes: table({ schema: coverageNoteRowSchema, columns: COVERAGE_NOTE_COLUMNS }),
  frontex: table({ schema: frontexRowSchema, columns: FRONTEX_COLUMNS }),
  iomExtract: table({
    schema: iomExtractRowSchema,
    columns: IOM_EXTRACT_COLUMNS,
    unique: { column: 'Incident ID', key: (r) => r['Incident ID'] },
  }),
  iomRaw: table({
    schema: iomRawRowSchema,
    columns: IOM_RAW_COLUMNS,
    unique: { column: 'Incident ID', key: (r) => r['Incident ID'] },
  }),
  incidents: table({
    schema: incidentRowSchema,
    columns: INCIDENT_COLUMNS,
    unique: { column: 'incident_id', key: (r) => r.incident_id },
  }),
  crossings: table({ schema: crossingRowSchema, columns: CROSSING_COLUMNS }),
  exclusions: table({ schema: exclusionRowSchema, columns: EXCLUSION_COLUMNS }),
};
export type TableName = keyof typeof TABLES;
type RowOf<N extends TableName> = z.output<(typeof TABLES)[N]['schema']>;

/** Parses and validates one table's text: every row against the schema, then the unique key. */
export function parseTable<N extends TableName>(name: N, text: string, file: string): ParsedRow<RowOf<N>>[] {
  const def = TABLES[name] as unknown as TableDef<z.ZodType<RowOf<N>>>;
  const rows = parseCsv(text, file, def.schema, def.columns) as ParsedRow<RowOf<N>>[];
  if (def.unique) checkUnique(rows, file, def.unique.column, def.unique.key);
  return rows;
}
