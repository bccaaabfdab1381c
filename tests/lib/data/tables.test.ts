// One fixture per defect: each must fail with file, line, column, value and the rule it broke.
import { describe, expect, it } from 'vitest';
import { DataValidationError } from '../../../src/lib/data/csv.ts';
import { readCsv } from '../../../src/lib/io/datasets.ts';
import type { TableName } from '../../../src/lib/data/tables.ts';

const dir = 'tests/fixtures/invalid';

function failureOf(file: string, table: TableName): string {
  try {
    readCsv(`${dir}/${file}`, table);
  } catch (error) {
    expect(error).toBeInstanceOf(DataValidationError);
    return (error as Error).message;
  }
  throw new Error(`${file} was accepted`);
}

describe('invalid data fixtures fail with a located, explained message', () => {
  const cases: [string, TableName, string][] = [
    [
      'measures-missing-column.csv',
      'measures',
      `${dir}/measures-missing-column.csv:1: column "summary", value "id,kind,title,date_start`,
    ],
    [
      'iom-non-numeric-count.csv',
      'iomExtract',
      `${dir}/iom-non-numeric-count.csv:3: column "No. dead/missing", value "one": must be a number`,
    ],
    [
      'frontex-negative-count.csv',
      'frontex',
      `${dir}/frontex-negative-count.csv:3: column "n", value "-5": must not be negative`,
    ],
    [
      'measures-impossible-date.csv',
      'measures',
      `${dir}/measures-impossible-date.csv:3: column "date_start", value "2016-02-30": is not a real calendar date`,
    ],
    [
      'measures-end-before-start.csv',
      'measures',
      `${dir}/measures-end-before-start.csv:3: column "date_end", value "2017-05-31": ends before it starts (date_start 2017-06-01)`,
    ],
    [
      'places-coordinates-out-of-range.csv',
      'places',
      `${dir}/places-coordinates-out-of-range.csv:3: column "lat", value "95.2": latitude out of range (-90…90)`,
    ],
    [
      'measures-unknown-route.csv',
      'measures',
      `${dir}/measures-unknown-route.csv:3: column "routes", value "central-med": unknown route id "central-med"`,
    ],
    [
      'measures-duplicate-id.csv',
      'measures',
      `${dir}/measures-duplicate-id.csv:3: column "id", value "ok-row": duplicate id (first used on line 2)`,
    ],
    [
      'route-neighbours-unknown-route.csv',
      'routeNeighbours',
      `${dir}/route-neighbours-unknown-route.csv:3: column "route", value "central-med": unknown route id`,
    ],
    [
      'coverage-notes-unknown-route.csv',
      'coverageNotes',
      `${dir}/coverage-notes-unknown-route.csv:3: column "route", value "sahara": unknown route id`,
    ],
    [
      'measures-no-source.csv',
      'measures',
      `${dir}/measures-no-source.csv:3: column "source_urls", value "": must list at least one source URL`,
    ],
    [
      'measures-access-dates-mismatch.csv',
      'measures',
      `${dir}/measures-access-dates-mismatch.csv:3: column "sources_accessed", value "2026-11-24": must give one date per source URL (2 URLs, 1 dates)`,
    ],
  ];
  for (const [file, table, expected] of cases) {
    it(file, () => {
      const message = failureOf(file, table);
      expect(message).toContain(expected);
      // One defect per fixture: exactly one problem is reported.
      expect(message).toMatch(/^Invalid data \(1 problem\)/);
    });
  }

  it('the missing-column message names the missing column', () => {
    expect(failureOf('measures-missing-column.csv', 'measures')).toContain('missing column "summary"');
  });
});

describe('valid fixtures pass', () => {
  for (const [file, table] of [
    ['measures.csv', 'measures'],
    ['indicators.csv', 'indicators'],
    ['places.csv', 'places'],
  ] as const) {
    it(file, () => {
      expect(readCsv(`tests/fixtures/valid/${file}`, table).length).toBeGreaterThan(0);
    });
  }
});
