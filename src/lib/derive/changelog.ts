/**
 * The data changelog: what a newly merged IOM download changed in the incident table, counted by row, so
 * a reader of /downloads/CHANGELOG.md can see why a total moved between two versions of the site.
 */
import type { Incident } from '../data/schemas/derived.ts';

export interface IncidentChanges {
  added: number;
  changed: number;
  removed: number;
  /** Dead and missing in the new table minus the old, over all routes. */
  deadMissingDelta: number;
}

const COMPARED: (keyof Incident)[] = [
  'main_id',
  'date',
  'route_id',
  'iom_route',
  'dead',
  'missing',
  'dead_missing',
  'lat',
  'lon',
];

export function incidentChanges(before: readonly Incident[], after: readonly Incident[]): IncidentChanges {
  const old = new Map(before.map((i) => [i.incident_id, i]));
  const kept = new Set<string>();
  let added = 0;
  let changed = 0;
  for (const incident of after) {
    const previous = old.get(incident.incident_id);
    if (!previous) {
      added++;
      continue;
    }
    kept.add(incident.incident_id);
    if (COMPARED.some((field) => previous[field] !== incident[field])) changed++;
  }
  const sum = (rows: readonly Incident[]) => rows.reduce((s, i) => s + i.dead_missing, 0);
  return { added, changed, removed: before.length - kept.size, deadMissingDelta: sum(after) - sum(before) };
}

/** One Markdown entry, newest entries appended at the end of the file. */
export function changelogEntry(date: string, file: string, sha256: string, changes: IncidentChanges): string {
  const delta = changes.deadMissingDelta;
  return [
    `## ${date}: merged ${file}`,
    '',
    `- sha256 ${sha256}`,
    `- incident records: ${changes.added} added, ${changes.changed} changed, ${changes.removed} removed`,
    `- dead and missing over all routes: ${delta >= 0 ? '+' : '−'}${Math.abs(delta).toLocaleString('en-GB')}`,
    '',
  ].join('\n');
}
