/**
 * Cross-table check of the curated sources: a measure or indicator must rest on at least one source that
 * is not a mirror or aggregator (data/mirror-domains.csv). A mirror may follow as a second source.
 */
import { DataValidationError, type DataIssue, type ParsedRow } from './csv.ts';
import type { Indicator, Measure, MirrorDomain } from './schemas/curated.ts';

/** True when the URL's host is a listed domain or one of its subdomains (pl.scribd.com → scribd.com). */
export function isOnMirrorList(url: string, domains: ReadonlySet<string>): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    if (domains.has(labels.slice(i).join('.'))) return true;
  }
  return false;
}

/** Every row whose sources are all on the list, as located issues (empty when all rows pass). */
export function onlyMirrorSourceIssues(
  input: {
    measures: { file: string; rows: readonly ParsedRow<Measure>[] };
    indicators: { file: string; rows: readonly ParsedRow<Indicator>[] };
  },
  mirrorDomains: readonly MirrorDomain[],
): DataIssue[] {
  const domains = new Set(mirrorDomains.map((d) => d.domain));
  const issue = (file: string, line: number, column: string, urls: readonly string[]): DataIssue => ({
    file,
    line,
    column,
    value: urls.join(' | '),
    message:
      'every source is on the mirror/aggregator list (data/mirror-domains.csv): put a primary or reputable source first',
  });
  const issues: DataIssue[] = [];
  for (const { line, value } of input.measures.rows) {
    if (value.source_urls.every((url) => isOnMirrorList(url, domains))) {
      issues.push(issue(input.measures.file, line, 'source_urls', value.source_urls));
    }
  }
  for (const { line, value } of input.indicators.rows) {
    if (isOnMirrorList(value.source_url, domains)) {
      issues.push(issue(input.indicators.file, line, 'source_url', [value.source_url]));
    }
  }
  return issues;
}

export function checkNotOnlyMirrorSources(...args: Parameters<typeof onlyMirrorSourceIssues>): void {
  const issues = onlyMirrorSourceIssues(...args);
  if (issues.length > 0) throw new DataValidationError(issues);
}
