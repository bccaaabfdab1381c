// A measure or indicator may cite a mirror or aggregator, but never as its only source.
import { describe, expect, it } from 'vitest';
import { DataValidationError } from '../../../src/lib/data/csv.ts';
import { checkNotOnlyMirrorSources, isOnMirrorList } from '../../../src/lib/data/sourceChecks.ts';
import { readCsv } from '../../../src/lib/io/datasets.ts';

const mirrors = readCsv('tests/fixtures/valid/mirror-domains.csv', 'mirrorDomains').map((r) => r.value);
const noIndicators = { file: 'indicators.csv', rows: [] };

function check(measuresFile: string, indicatorsFile?: string): void {
  checkNotOnlyMirrorSources(
    {
      measures: { file: measuresFile, rows: readCsv(measuresFile, 'measures') },
      indicators: indicatorsFile ? { file: indicatorsFile, rows: readCsv(indicatorsFile, 'indicators') } : noIndicators,
    },
    mirrors,
  );
}

function failureOf(run: () => void): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DataValidationError);
    return (error as Error).message;
  }
  throw new Error('the rows were accepted');
}

describe('mirror domains', () => {
  it('match the listed domain and its subdomains, not look-alike hosts', () => {
    const domains = new Set(['scribd.com']);
    expect(isOnMirrorList('https://pl.scribd.com/doc/1', domains)).toBe(true);
    expect(isOnMirrorList('https://www.scribd.com/document/2', domains)).toBe(true);
    expect(isOnMirrorList('https://notscribd.com/x', domains)).toBe(false);
    expect(isOnMirrorList('https://scribd.com.example.org/x', domains)).toBe(false);
  });

  it('a list entry that is not a domain fails with file, line, column and value', () => {
    const file = 'tests/fixtures/invalid/mirror-domains-not-a-domain.csv';
    expect(failureOf(() => readCsv(file, 'mirrorDomains'))).toContain(
      `${file}:2: column "domain", value "example org": must be a bare domain name`,
    );
  });
});

describe('a row whose only sources are mirrors fails', () => {
  it('measure: names file, line, column, value and rule', () => {
    const file = 'tests/fixtures/invalid/measures-only-mirror-sources.csv';
    const message = failureOf(() => check(file));
    expect(message).toMatch(/^Invalid data \(1 problem\)/);
    expect(message).toContain(
      `${file}:3: column "source_urls", value "https://www.tellerreport.com/news/copy.html | https://pl.scribd.com/doc/1/copy": every source is on the mirror/aggregator list`,
    );
  });

  it('indicator: a Wikipedia page alone is not enough', () => {
    const file = 'tests/fixtures/invalid/indicators-only-mirror-source.csv';
    const message = failureOf(() => check('tests/fixtures/valid/measures.csv', file));
    expect(message).toMatch(/^Invalid data \(1 problem\)/);
    expect(message).toContain(
      `${file}:2: column "source_url", value "https://en.wikipedia.org/wiki/Example": every source`,
    );
  });
});

describe('a row with a reputable source passes', () => {
  it('even when a mirror follows as second source', () => {
    expect(() => check('tests/fixtures/valid/measures-mirror-second.csv')).not.toThrow();
  });
});
