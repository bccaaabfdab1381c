import { describe, expect, it } from 'vitest';
import type { Incident } from '../../../src/lib/data/schemas/derived.ts';
import { combinedIomRoutesNote, deathsByIomRouteYear } from '../../../src/lib/site/iomRoutes.ts';

const base = { country: '', location: '', dead: null, missing: null, survivors: null, cause: '', lat: 0, lon: 0 };
const row = (main_id: string, date: string, iom_route: string, dead_missing: number): Incident => ({
  ...base,
  incident_id: `${main_id}-${dead_missing}`,
  main_id,
  date,
  route_id: 'eastern-mediterranean',
  iom_route,
  dead_missing,
  source_url: '',
  source_file: 'f',
  source_line: 1,
});

describe('deathsByIomRouteYear', () => {
  it('splits a route’s dead and missing by IOM route and counts an event in parts once', () => {
    const rows = deathsByIomRouteYear([
      row('A', '2021-02-01', 'Eastern Mediterranean', 3),
      row('A', '2021-02-01', 'Eastern Mediterranean', 4),
      row('B', '2021-05-01', 'Türkiye-Europe land route', 2),
      row('C', '2022-01-01', 'Eastern Mediterranean', 1),
    ]);
    expect(rows).toEqual([
      {
        route_id: 'eastern-mediterranean',
        year: 2021,
        iom_route: 'Eastern Mediterranean',
        incidents: 1,
        dead_missing: 7,
      },
      {
        route_id: 'eastern-mediterranean',
        year: 2021,
        iom_route: 'Türkiye-Europe land route',
        incidents: 1,
        dead_missing: 2,
      },
      {
        route_id: 'eastern-mediterranean',
        year: 2022,
        iom_route: 'Eastern Mediterranean',
        incidents: 1,
        dead_missing: 1,
      },
    ]);
  });
});

describe('combinedIomRoutesNote', () => {
  it('names the added IOM routes for a route that combines several, and nothing for one IOM route', () => {
    const note = combinedIomRoutesNote({
      label: 'Eastern Mediterranean',
      iom_routes: ['Eastern Mediterranean', 'Türkiye-Europe land route'],
    });
    expect(note).toContain('“Türkiye-Europe land route”');
    expect(note).toContain('higher than IOM’s own figure for “Eastern Mediterranean” alone');
    expect(combinedIomRoutesNote({ label: 'Atlantic', iom_routes: ['Western Africa'] })).toBeNull();
  });
});
