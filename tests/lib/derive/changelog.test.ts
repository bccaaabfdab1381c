import { describe, expect, it } from 'vitest';
import type { Incident } from '../../../src/lib/data/schemas/derived.ts';
import { changelogEntry, incidentChanges } from '../../../src/lib/derive/changelog.ts';

const base = { country: '', location: '', dead: null, missing: null, survivors: null, cause: '', lat: 0, lon: 0 };
const row = (incident_id: string, dead_missing: number): Incident => ({
  ...base,
  incident_id,
  main_id: incident_id,
  date: '2026-01-01',
  route_id: 'central-mediterranean',
  iom_route: 'Central Mediterranean',
  dead_missing,
  source_url: '',
  source_file: 'f',
  source_line: 1,
});

describe('incidentChanges', () => {
  it('counts records added, changed and removed, and the change in dead and missing', () => {
    const before = [row('a', 1), row('b', 2), row('c', 3)];
    const after = [row('a', 1), row('b', 5), row('d', 4)];
    expect(incidentChanges(before, after)).toEqual({ added: 1, changed: 1, removed: 1, deadMissingDelta: 4 });
  });

  it('writes one Markdown entry with the file, its checksum and the counts', () => {
    const entry = changelogEntry('2030-01-02', 'MissingMigrants-Global-2030-01-01.csv', 'abc', {
      added: 1,
      changed: 0,
      removed: 0,
      deadMissingDelta: -3,
    });
    expect(entry).toContain('## 2030-01-02: merged MissingMigrants-Global-2030-01-01.csv');
    expect(entry).toContain('1 added, 0 changed, 0 removed');
    expect(entry).toContain('−3');
  });
});
