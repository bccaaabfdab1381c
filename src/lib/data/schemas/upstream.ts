/** Row schemas of the upstream files in data/sources/, as published (see each SOURCE.md). */
import { z } from 'zod';
import {
  count,
  isoDay,
  isoMonth,
  latitude,
  longitude,
  optionalCount,
  optionalSignedCount,
  optionalText,
  requiredText,
} from './fields.ts';

export const frontexRowSchema = z.object({
  month: isoMonth,
  route: requiredText(200),
  type: optionalText,
  nat: optionalText,
  n: count,
});
export type FrontexRow = z.output<typeof frontexRowSchema>;
export const FRONTEX_COLUMNS = ['month', 'route', 'type', 'nat', 'n'] as const;

/** The Europe-bound extract of IOM's Missing Migrants data (2014 – May 2026). */
export const iomExtractRowSchema = z
  .object({
    'Main ID': requiredText(200),
    'Incident ID': requiredText(2000),
    'Incident Type': optionalText,
    incident_date_clean: isoDay,
    'No. dead': optionalCount,
    'No. missing': optionalSignedCount,
    'No. dead/missing': count,
    'No. survivors': optionalSignedCount,
    'Cause of death (category)': optionalText,
    Route: optionalText,
    'Country of Incident': optionalText,
    'Location of death': optionalText,
    Link: optionalText,
    'Source Quality': optionalText,
    Latitude: latitude,
    Longitude: longitude,
  })
  .superRefine((row, ctx) => {
    const sum = (row['No. dead'] ?? 0) + (row['No. missing'] ?? 0);
    if (row['No. dead'] !== null && row['No. missing'] !== null && sum !== row['No. dead/missing']) {
      ctx.addIssue({
        code: 'custom',
        path: ['No. dead/missing'],
        message: `must equal No. dead + No. missing (${sum})`,
      });
    }
  });
export type IomExtractRow = z.output<typeof iomExtractRowSchema>;
export const IOM_EXTRACT_COLUMNS = [
  'Main ID',
  'Incident ID',
  'Incident Type',
  'incident_date_clean',
  'No. dead',
  'No. missing',
  'No. dead/missing',
  'No. survivors',
  'Cause of death (category)',
  'Route',
  'Country of Incident',
  'Location of death',
  'Link',
  'Source Quality',
  'Latitude',
  'Longitude',
] as const;

/** "Thu, 01/01/2026 - 12:00" (IOM's current export) → "2026-01-01". */
export const iomExportDate = z.string().transform((raw, ctx) => {
  const m = /^(?:[A-Za-z]{3}, )?(\d{2})\/(\d{2})\/(\d{4})(?: - \d{2}:\d{2})?$/.exec(raw.trim());
  if (!m) {
    ctx.addIssue({ code: 'custom', message: 'must be an IOM date like "Thu, 01/01/2026 - 12:00"' });
    return z.NEVER;
  }
  const iso = `${m[3]}-${m[1]}-${m[2]}`;
  const checked = isoDay.safeParse(iso);
  if (!checked.success) {
    ctx.addIssue({ code: 'custom', message: 'is not a real calendar date' });
    return z.NEVER;
  }
  return iso;
});

/** "lat, lon" → [lat, lon]. */
export const iomCoordinates = z.string().transform((raw, ctx) => {
  const parts = raw.split(',').map((s) => s.trim());
  const lat = latitude.safeParse(parts[0] ?? '');
  const lon = longitude.safeParse(parts[1] ?? '');
  if (parts.length !== 2 || !lat.success || !lon.success) {
    ctx.addIssue({ code: 'custom', message: 'must be "latitude, longitude" in decimal degrees, in range' });
    return z.NEVER;
  }
  return { lat: lat.data, lon: lon.data };
});

/** IOM's raw download format (MissingMigrants-Global-*.csv). */
export const iomRawRowSchema = z.object({
  'Main ID': requiredText(200),
  'Incident ID': requiredText(200),
  'Incident Date': iomExportDate,
  'Number Dead': optionalCount,
  'Minimum Estimated Number of Missing': optionalSignedCount,
  'Number of Survivors': optionalSignedCount,
  'Cause of Death': optionalText,
  'Location of death': optionalText,
  Coordinates: iomCoordinates,
  'Migration route': optionalText,
  URL: optionalText,
  'Source Quality': optionalText,
});
export type IomRawRow = z.output<typeof iomRawRowSchema>;
export const IOM_RAW_COLUMNS = [
  'Main ID',
  'Incident ID',
  'Incident Date',
  'Number Dead',
  'Minimum Estimated Number of Missing',
  'Number of Survivors',
  'Cause of Death',
  'Location of death',
  'Coordinates',
  'Migration route',
  'URL',
  'Source Quality',
] as const;
