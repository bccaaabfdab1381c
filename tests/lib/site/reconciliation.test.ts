import { describe, expect, it } from 'vitest';
import { DataValidationError } from '../../../src/lib/data/csv.ts';
import type { PublishedFigure } from '../../../src/lib/data/schemas/reconciliation.ts';
import type { Incident } from '../../../src/lib/data/schemas/derived.ts';
import { parseTable } from '../../../src/lib/data/tables.ts';
import { readCsv, readText } from '../../../src/lib/io/datasets.ts';
import { checkIomRoutes, reconcileFigures } from '../../../src/lib/site/reconciliation.ts';
import type { MonthlySeries } from '../../../src/lib/site/monthlySeries.ts';

const routes = readCsv('data/routes.csv', 'routes').map((r) => r.value);

const monthly: MonthlySeries = {
  months: ['2016-01', '2016-02', '2016-03'],
  detections: new Map([['central-mediterranean', [100, 200, null]]]),
  deadMissing: new Map(),
  detectionsLastMonth: '2016-02',
  deathsFirstMonth: '2016-01',
  deathsLastCompleteMonth: '2016-02',
};

function incident(partial: Partial<Incident>): Incident {
  return {
    incident_id: 'x',
    main_id: 'x',
    date: '2016-01-10',
    route_id: 'eastern-mediterranean',
    iom_route: 'Eastern Mediterranean',
    country: '',
    location: '',
    dead: null,
    missing: null,
    dead_missing: 0,
    survivors: null,
    cause: '',
    lat: 0,
    lon: 0,
    source_url: '',
    source_file: 'f',
    source_line: 1,
    ...partial,
  };
}

function figure(partial: Partial<PublishedFigure>): PublishedFigure {
  return {
    id: 'f',
    metric: 'detections',
    routes: ['central-mediterranean'],
    iom_routes: [],
    period_start: '2016-01',
    period_end: '2016-02',
    published_value: 250,
    qualifier: 'exact',
    quote: 'q',
    source: 's',
    source_url: null,
    note: '',
    ...partial,
  };
}

describe('reconcileFigures', () => {
  it('sums the site’s monthly detections over the period and gives the difference in percent', () => {
    const [r] = reconcileFigures([figure({})], { monthly, incidents: [] });
    expect(r!.siteValue).toBe(300);
    expect(r!.differencePct).toBeCloseTo(20);
  });

  it('gives no site value where a month of the period is not covered, rather than a smaller sum', () => {
    const [r] = reconcileFigures([figure({ period_end: '2016-03' })], { monthly, incidents: [] });
    expect(r!.siteValue).toBeNull();
    expect(r!.differencePct).toBeNull();
  });

  it('counts dead and missing only under the IOM routes a row names, such as IOM’s sea-only totals', () => {
    const incidents = [
      incident({ dead_missing: 5 }),
      incident({ dead_missing: 7, iom_route: 'Türkiye-Europe land route' }),
      incident({ dead_missing: 11, date: '2016-03-02' }),
    ];
    const sea = figure({
      metric: 'dead_missing',
      routes: ['eastern-mediterranean'],
      iom_routes: ['Eastern Mediterranean'],
      published_value: 5,
    });
    const all = { ...sea, iom_routes: [] };
    const [seaOnly, both] = reconcileFigures([sea, all], { monthly, incidents });
    expect(seaOnly!.siteValue).toBe(5);
    expect(seaOnly!.differencePct).toBe(0);
    expect(both!.siteValue).toBe(12);
  });

  it('refuses a dead-and-missing period past the last complete month of the IOM table', () => {
    const late = figure({ metric: 'dead_missing', period_end: '2016-03' });
    expect(reconcileFigures([late], { monthly, incidents: [] })[0]!.siteValue).toBeNull();
  });
});

describe('data/published-figures.csv', () => {
  it('fails validation on an IOM route that is not one of the row’s routes, naming file, line and value', () => {
    const file = 'tests/fixtures/invalid/published-figures-unknown-iom-route.csv';
    const rows = parseTable('publishedFigures', readText(file), file);
    expect(() => checkIomRoutes(rows, routes, file)).toThrow(DataValidationError);
    expect(() => checkIomRoutes(rows, routes, file)).toThrow(
      `${file}:3: column "iom_routes", value "Eastern Mediterranean": is not an IOM route of central-mediterranean`,
    );
  });

  it('the real table passes, and its rows resolve to site values', () => {
    const rows = readCsv('data/published-figures.csv', 'publishedFigures');
    expect(() => checkIomRoutes(rows, routes, 'data/published-figures.csv')).not.toThrow();
    expect(rows.length).toBeGreaterThan(30);
  });
});
