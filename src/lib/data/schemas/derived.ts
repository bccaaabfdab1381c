/** Schemas of the tables `npm run data` writes to data/derived/; pages read them back through these. */
import { z } from 'zod';
import { OTHER_ROUTE, ROUTE_IDS } from '../../core/ids.ts';
import {
  count,
  isoDay,
  isoMonth,
  latitude,
  longitude,
  oneOf,
  optionalCount,
  optionalSignedCount,
  optionalText,
  requiredText,
} from './fields.ts';

export const INCIDENT_ROUTE_IDS = [...ROUTE_IDS, OTHER_ROUTE] as const;

export const incidentRowSchema = z.object({
  incident_id: requiredText(2000),
  main_id: requiredText(200),
  date: isoDay,
  route_id: oneOf(INCIDENT_ROUTE_IDS, 'incident route id'),
  iom_route: optionalText,
  country: optionalText,
  location: optionalText,
  dead: optionalCount,
  missing: optionalSignedCount,
  dead_missing: count,
  survivors: optionalSignedCount,
  cause: optionalText,
  lat: latitude,
  lon: longitude,
  source_url: optionalText,
  source_file: requiredText(200),
  source_line: count,
});
export type Incident = z.output<typeof incidentRowSchema>;
export const INCIDENT_COLUMNS = Object.keys(incidentRowSchema.shape) as (keyof Incident)[];

export const crossingRowSchema = z.object({
  route_id: oneOf(ROUTE_IDS, 'route id'),
  month: isoMonth,
  detections: count,
});
export type CrossingMonth = z.output<typeof crossingRowSchema>;
export const CROSSING_COLUMNS = ['route_id', 'month', 'detections'] as const;

export const exclusionRowSchema = z.object({
  source_file: requiredText(200),
  line: count,
  record_id: optionalText,
  reason: requiredText(300),
});
export type Exclusion = z.output<typeof exclusionRowSchema>;
export const EXCLUSION_COLUMNS = ['source_file', 'line', 'record_id', 'reason'] as const;
