import { describe, expect, it } from 'vitest';
import { buildCrosswalk } from '../../../src/lib/data/crosswalk.ts';
import { deriveCrossings } from '../../../src/lib/derive/crossings.ts';
import { parseTable } from '../../../src/lib/data/tables.ts';
import { frontexText, routes } from './fixtures.ts';

describe('deriveCrossings', () => {
  const rows = parseTable('frontex', frontexText, 'frontex.csv');
  const result = deriveCrossings(rows, buildCrosswalk(routes), 'frontex.csv');

  it('sums detections per route and month over type and nationality, filling months without rows with 0', () => {
    expect(result.months).toEqual([
      { route_id: 'central-mediterranean', month: '2016-01', detections: 15 },
      { route_id: 'central-mediterranean', month: '2016-02', detections: 0 },
      { route_id: 'central-mediterranean', month: '2016-03', detections: 2 },
      { route_id: 'eastern-mediterranean', month: '2016-01', detections: 0 },
      { route_id: 'eastern-mediterranean', month: '2016-02', detections: 7 },
      { route_id: 'eastern-mediterranean', month: '2016-03', detections: 0 },
    ]);
  });

  it('lists rows on routes outside the crosswalk as exclusions, with their line', () => {
    expect(result.exclusions).toEqual([
      {
        source_file: 'frontex.csv',
        line: 6,
        record_id: '2016-02 Black Sea Route Sea SYR',
        reason: 'Frontex route "Black Sea Route" is not one of the site\'s routes (crosswalk in data/routes.csv)',
      },
    ]);
    expect(result.keptRows + result.exclusions.length).toBe(rows.length);
  });
});
