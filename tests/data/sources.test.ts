// The real data: upstream copies untouched, every row accounted for, and every published route-year total
// recomputed here independently (plain papaparse and the crosswalk as written in the issue) and compared.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { downloadByFile, downloadCsv, downloadMetadata } from '../../src/lib/site/downloads.ts';
import { upstreamFiles } from '../../src/lib/io/provenance.ts';
import { getSources } from '../../src/lib/io/siteConfig.ts';
import { iomDownloadFiles } from '../../src/lib/io/datasets.ts';
import { PATHS } from '../../src/lib/io/paths.ts';
import { getSiteData } from '../../src/lib/io/siteData.ts';
import { ratesSeries } from '../../src/lib/timelines/series.ts';

const FRONTEX_ROUTE: Record<string, string> = {
  'Central Mediterranean Route': 'central-mediterranean',
  'Eastern Mediterranean Route': 'eastern-mediterranean',
  'Western Balkan Route': 'western-balkans',
  'Western Mediterranean Route': 'western-mediterranean',
  'Western African Route': 'atlantic',
  'Eastern Borders Route': 'eastern-borders',
};
const IOM_ROUTE: Record<string, string> = {
  'Central Mediterranean': 'central-mediterranean',
  'Eastern Mediterranean': 'eastern-mediterranean',
  'Türkiye-Europe land route': 'eastern-mediterranean',
  'Western Balkans': 'western-balkans',
  'Sahara Desert crossing': 'sahel-agadez',
  'Western Mediterranean': 'western-mediterranean',
  'Western Africa / Atlantic route to the Canary Islands': 'atlantic',
  'Belarus-EU border': 'eastern-borders',
};
const EUROPE_BOUND = new Set([
  ...Object.keys(IOM_ROUTE),
  'Mainland Europe to the UK',
  'Iran to Türkiye',
  'Syria to Türkiye',
  'Italy to France',
  'Ukraine to Europe',
]);

const read = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true, delimiter: ',' })
    .data;
const csvMap = (text: string, keyCols: string[], valueCol: string) => {
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  return new Map(rows.map((r) => [keyCols.map((k) => r[k]).join('|'), Number(r[valueCol])]));
};
const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);

describe('data/sources', () => {
  it('are byte-identical to the upstream files recorded in CHECKSUMS.sha256', () => {
    const lines = readFileSync('data/sources/CHECKSUMS.sha256', 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) {
      const [hash, name] = line.split(/\s+/);
      const actual = createHash('sha256')
        .update(readFileSync(`data/sources/${name}`))
        .digest('hex');
      expect(actual, name).toBe(hash);
    }
  });

  it('each download sidecar names the exact upstream files behind it, with their sha256', () => {
    const meta = downloadMetadata(
      downloadByFile('deaths-by-route-year.csv'),
      getSiteData(),
      'test',
      upstreamFiles(),
      getSources(),
    );
    const files = meta.sources.flatMap((s) => s.files);
    expect(files.map((f) => f.path).sort()).toEqual(
      [
        'iom-missing-migrants/iom-mmp-europe-bound-2014-2026.csv',
        ...iomDownloadFiles().map((f) => f.replace('data/sources/', '')),
      ].sort(),
    );
    for (const file of files) {
      const actual = createHash('sha256')
        .update(readFileSync(`data/sources/${file.path}`))
        .digest('hex');
      expect(file.sha256, file.path).toBe(actual);
      expect(file.version, file.path).not.toBe('');
    }
  });
});

describe('published totals equal independent sums of the upstream files', () => {
  const data = getSiteData();

  it('crossings-by-route-year: every route-year equals the Frontex sum, to the unit', () => {
    const expected = new Map<string, number>();
    for (const row of read(PATHS.frontex)) {
      const route = FRONTEX_ROUTE[row['route']!];
      if (route) add(expected, `${route}|${row['month']!.slice(0, 4)}`, Number(row['n']));
    }
    const published = csvMap(
      downloadCsv(downloadByFile('crossings-by-route-year.csv'), data),
      ['route_id', 'year'],
      'detections',
    );
    expect(published.size).toBe(expected.size);
    for (const [key, value] of expected) expect(published.get(key), key).toBe(value);
    expect(published.get('eastern-mediterranean|2015')).toBe(885386);
  });

  it('crossings-by-route-month sums back to the yearly file', () => {
    const months = csvMap(
      downloadCsv(downloadByFile('crossings-by-route-month.csv'), data),
      ['route_id', 'month'],
      'detections',
    );
    const years = new Map<string, number>();
    for (const [key, value] of months) add(years, key.slice(0, -3), value);
    const published = csvMap(
      downloadCsv(downloadByFile('crossings-by-route-year.csv'), data),
      ['route_id', 'year'],
      'detections',
    );
    expect(years).toEqual(published);
  });

  it('deaths-by-route-year: every route-year equals the IOM sum after merging downloads by event', () => {
    // Families of records by IOM Main ID; a later download replaces a whole family.
    type Part = { route: string; year: string; deadMissing: number };
    const families = new Map<string, Part[]>();
    for (const row of read(PATHS.iomExtract)) {
      const list = families.get(row['Main ID']!) ?? [];
      list.push({
        route: row['Route']!,
        year: row['incident_date_clean']!.slice(0, 4),
        deadMissing: Number(row['No. dead/missing']),
      });
      families.set(row['Main ID']!, list);
    }
    for (const file of iomDownloadFiles()) {
      const incoming = new Map<string, Part[]>();
      for (const row of read(file)) {
        const route = row['Migration route']!;
        const [lat, lon] = row['Coordinates']!.split(',').map(Number) as [number, number];
        if (!EUROPE_BOUND.has(route.split(',')[0]!) || lat < 10 || lat > 75 || lon < -25 || lon > 55) continue;
        const year = row['Incident Date']!.match(/(\d{4})/)![1]!;
        const deadMissing = Number(row['Number Dead'] || 0) + Number(row['Minimum Estimated Number of Missing'] || 0);
        const list = incoming.get(row['Main ID']!) ?? [];
        list.push({ route, year, deadMissing });
        incoming.set(row['Main ID']!, list);
      }
      for (const [id, list] of incoming) families.set(id, list);
    }
    const expected = new Map<string, number>();
    // Incidents are events: a Main ID counts once in each route-year where any of its parts falls.
    const events = new Map<string, Set<string>>();
    for (const [mainId, list] of families)
      for (const r of list) {
        const route = IOM_ROUTE[r.route.split(',')[0]!];
        if (!route) continue;
        add(expected, `${route}|${r.year}`, r.deadMissing);
        events.set(`${route}|${r.year}`, (events.get(`${route}|${r.year}`) ?? new Set()).add(mainId));
      }
    const rows = Papa.parse<Record<string, string>>(downloadCsv(downloadByFile('deaths-by-route-year.csv'), data), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const published = new Map(rows.map((r) => [`${r['route_id']}|${r['year']}`, r]));
    for (const [key, value] of expected) {
      expect(published.get(key)?.['dead_missing'], key).toBe(String(value));
      expect(published.get(key)?.['incidents'], key).toBe(String(events.get(key)!.size));
    }
    // Route-years absent from the sources are 0 once IOM records the route (a route seen in the first
    // year counts from the start) and empty, with the reason, before it: never invented, never a false zero.
    const years = [...expected.keys()].map((k) => Number(k.split('|')[1]));
    const firstYear = Math.min(...years);
    for (const [key, row] of published) {
      if (expected.has(key)) continue;
      const [route, year] = key.split('|') as [string, string];
      const routeFirst = Math.min(
        ...[...expected.keys()].filter((k) => k.startsWith(`${route}|`)).map((k) => Number(k.split('|')[1])),
      );
      const recorded = routeFirst === firstYear || Number(year) >= routeFirst;
      expect([row['dead_missing'], row['incidents']], key).toEqual(recorded ? ['0', '0'] : ['', '']);
      if (!recorded) expect(row['coverage'], key).toBe('not_recorded_under_route');
    }
    for (let y = 2014; y <= 2020; y++)
      expect(published.get(`eastern-borders|${y}`)?.['dead_missing'], String(y)).toBe('');
    expect(published.get('central-mediterranean|2016')?.['dead_missing']).toBe('4572');
    // The extract holds split events as one row up to 2025, the 2026 download one row per part: counting
    // events makes the years comparable, so there are fewer 2026 incidents than 2026 records.
    const records2026 = data.incidents.filter(
      (i) => i.route_id === 'central-mediterranean' && i.date.startsWith('2026'),
    ).length;
    expect(Number(published.get('central-mediterranean|2026')?.['incidents'])).toBeLessThan(records2026);
  });

  it('partial years are flagged in the rows of the yearly downloads', () => {
    for (const file of ['crossings-by-route-year.csv', 'deaths-by-route-year.csv']) {
      const rows = Papa.parse<Record<string, string>>(downloadCsv(downloadByFile(file), data), { header: true }).data;
      const last = Math.max(...rows.map((r) => Number(r['year'])));
      for (const r of rows.filter((x) => Number(x['year']) === last)) {
        expect(r['complete'], `${file} ${r['route_id']}`).toBe('false');
        expect(Number(r['months_covered'])).toBeLessThan(12);
      }
    }
    const crossings = Papa.parse<Record<string, string>>(
      downloadCsv(downloadByFile('crossings-by-route-year.csv'), data),
      { header: true },
    ).data;
    expect(crossings.find((r) => r['route_id'] === 'central-mediterranean' && r['year'] === '2025')).toMatchObject({
      months_covered: '4',
      complete: 'false',
      coverage: 'partial_period',
    });
  });

  it('yearly deaths-per-1,000 rates on the timelines are the published yearly figures divided', () => {
    const detections = csvMap(
      downloadCsv(downloadByFile('crossings-by-route-year.csv'), data),
      ['route_id', 'year'],
      'detections',
    );
    const deadMissing = csvMap(
      downloadCsv(downloadByFile('deaths-by-route-year.csv'), data),
      ['route_id', 'year'],
      'dead_missing',
    );
    const rates = ratesSeries(data.monthly, data.routes, 'year');
    let compared = 0;
    for (const series of rates)
      for (const point of series.points) {
        const key = `${series.id}|${point.x}`;
        expect(point.y, key).toBeCloseTo((deadMissing.get(key)! / detections.get(key)!) * 1000, 9);
        compared += 1;
      }
    expect(compared).toBeGreaterThan(50);
    const cm2016 = rates.find((r) => r.id === 'central-mediterranean')!.points.find((p) => p.x === '2016')!;
    expect(cm2016.note).toBe(
      `4,572 dead and missing / ${detections.get('central-mediterranean|2016')!.toLocaleString('en-GB')} detections`,
    );
  });

  it('every upstream row is kept or listed in the exclusions report', () => {
    for (const account of data.accounts) {
      const rows = read(account.file).length;
      expect(account.upstreamRows, account.file).toBe(rows);
      expect(account.kept + account.excluded, account.file).toBe(rows);
      expect(data.exclusions.filter((e) => e.source_file === account.file)).toHaveLength(account.excluded);
    }
    expect(data.accounts.map((a) => a.file)).toEqual([PATHS.frontex, PATHS.iomExtract, ...iomDownloadFiles()]);
  });

  it('the incident table has no incident twice', () => {
    const ids = data.incidents.map((i) => i.incident_id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
