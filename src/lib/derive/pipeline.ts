/**
 * sources → derived: the whole of `npm run data` as one pure function over file texts, so tests can run
 * it on small fixtures and the script only does file I/O.
 */
import { buildCrosswalk } from '../data/crosswalk.ts';
import { parseTable } from '../data/tables.ts';
import type { Route } from '../data/schemas/curated.ts';
import type { CrossingMonth, Exclusion, Incident } from '../data/schemas/derived.ts';
import { deriveCrossings } from './crossings.ts';
import { mergeDownload, normalizeExtractRows, normalizeRawRows, type MergeReport } from './incidents.ts';

export interface SourceText {
  /** Repo-relative path, used in error messages and provenance columns. */
  file: string;
  text: string;
}

export interface SourceAccount {
  file: string;
  upstreamRows: number;
  kept: number;
  excluded: number;
}

export interface DerivedData {
  incidents: Incident[];
  crossings: CrossingMonth[];
  exclusions: Exclusion[];
  accounts: SourceAccount[];
  merges: Omit<MergeReport, 'superseded'>[];
  crossingsPeriod: { firstMonth: string; lastMonth: string };
  incidentsPeriod: { firstDate: string; lastDate: string };
}

export function deriveAll(input: {
  routes: readonly Route[];
  frontex: SourceText;
  iomExtract: SourceText;
  /** Raw IOM downloads, merged in the order given (oldest first). */
  iomDownloads: readonly SourceText[];
}): DerivedData {
  const crosswalk = buildCrosswalk(input.routes);

  const frontexRows = parseTable('frontex', input.frontex.text, input.frontex.file);
  const crossings = deriveCrossings(frontexRows, crosswalk, input.frontex.file);

  const extractRows = parseTable('iomExtract', input.iomExtract.text, input.iomExtract.file);
  let incidents = normalizeExtractRows(extractRows, crosswalk, input.iomExtract.file);

  const exclusions: Exclusion[] = [...crossings.exclusions];
  const merges: Omit<MergeReport, 'superseded'>[] = [];
  const downloadAccounts: SourceAccount[] = [];
  for (const download of input.iomDownloads) {
    const rawRows = parseTable('iomRaw', download.text, download.file);
    const normalized = normalizeRawRows(rawRows, crosswalk, download.file, incidents);
    const { table, report } = mergeDownload(incidents, normalized.incidents, download.file);
    incidents = table;
    exclusions.push(...normalized.exclusions, ...report.superseded);
    const { superseded: _superseded, ...counts } = report;
    merges.push(counts);
    downloadAccounts.push({ file: download.file, upstreamRows: rawRows.length, kept: 0, excluded: 0 });
  }

  // Every upstream row ends either in the output or in the exclusions report: count both per file.
  const keptByFile = new Map<string, number>();
  for (const i of incidents) keptByFile.set(i.source_file, (keptByFile.get(i.source_file) ?? 0) + 1);
  const excludedByFile = new Map<string, number>();
  for (const e of exclusions) excludedByFile.set(e.source_file, (excludedByFile.get(e.source_file) ?? 0) + 1);
  const account = (file: string, upstreamRows: number, kept: number): SourceAccount => ({
    file,
    upstreamRows,
    kept,
    excluded: excludedByFile.get(file) ?? 0,
  });
  const accounts = [
    account(input.frontex.file, frontexRows.length, crossings.keptRows),
    account(input.iomExtract.file, extractRows.length, keptByFile.get(input.iomExtract.file) ?? 0),
    ...downloadAccounts.map((d) => account(d.file, d.upstreamRows, keptByFile.get(d.file) ?? 0)),
  ];

  const dates = incidents.map((i) => i.date).sort();
  return {
    incidents,
    crossings: crossings.months,
    exclusions,
    accounts,
    merges,
    crossingsPeriod: { firstMonth: crossings.firstMonth, lastMonth: crossings.lastMonth },
    incidentsPeriod: { firstDate: dates[0] ?? '', lastDate: dates.at(-1) ?? '' },
  };
}
