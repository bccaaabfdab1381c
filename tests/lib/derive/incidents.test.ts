import { describe, expect, it } from 'vitest';
import { deriveAll } from '../../../src/lib/derive/pipeline.ts';
import { extractText, frontexText, rawText, routes } from './fixtures.ts';

const derive = (downloads: string[]) =>
  deriveAll({
    routes,
    frontex: { file: 'frontex.csv', text: frontexText },
    iomExtract: { file: 'extract.csv', text: extractText },
    iomDownloads: downloads.map((text, i) => ({ file: `download-${i}.csv`, text })),
  });

describe('incident table from the extract alone', () => {
  const { incidents } = derive([]);

  it('maps IOM routes through the crosswalk; multi-route rows count toward the first route', () => {
    expect(incidents.map((i) => [i.main_id, i.route_id])).toEqual([
      ['M1', 'central-mediterranean'],
      ['M2', 'central-mediterranean'],
      ['M3', 'other'],
      ['M4', 'eastern-mediterranean'],
      ['M5', 'sahel-agadez'],
    ]);
  });

  it('keeps unknown counts as null, never as zero', () => {
    expect(incidents[1]).toMatchObject({ dead: null, missing: 4, dead_missing: 4, survivors: null });
  });

  it('records where each row came from', () => {
    expect(incidents[0]).toMatchObject({ source_file: 'extract.csv', source_line: 2 });
  });
});

describe('merging a raw IOM download', () => {
  const result = derive([rawText]);
  const byMain = (id: string) => result.incidents.filter((i) => i.main_id === id);

  it('reports added, replaced and unchanged records', () => {
    expect(result.merges).toEqual([{ sourceFile: 'download-0.csv', added: 1, replaced: 1, unchanged: 1 }]);
  });

  it('replaces an event whose parts IOM renumbered, so it is never counted twice', () => {
    expect(byMain('M4').map((i) => i.incident_id)).toEqual(['M4c', 'M4d']);
    expect(byMain('M4').reduce((s, i) => s + i.dead_missing, 0)).toBe(2);
  });

  it('keeps the earlier record of an unchanged event', () => {
    expect(byMain('M1')).toHaveLength(1);
    expect(byMain('M1')[0]!.source_file).toBe('extract.csv');
  });

  it('adds new events and takes the country from the location when the export lacks it', () => {
    expect(byMain('M6')[0]).toMatchObject({
      country: 'Libya',
      dead: 0,
      missing: 7,
      dead_missing: 7,
      date: '2018-01-05',
    });
    expect(byMain('M4')[0]!.country).toBe('Greece');
  });

  it('excludes records that are not Europe-bound, with a reason', () => {
    const reasons = result.exclusions
      .filter((e) => e.source_file === 'download-0.csv')
      .map((e) => [e.record_id, e.reason]);
    expect(reasons).toEqual([
      ['M7', 'IOM route "US-Mexico border crossing" does not lead to Europe'],
      ['M8', 'coordinates outside the Europe-bound area (lat 10…75, lon −25…55)'],
      ['M1', 'already in the incident table, unchanged'],
    ]);
  });

  it('accounts for every upstream row: kept + excluded = rows, per file', () => {
    expect(result.accounts).toEqual([
      { file: 'frontex.csv', upstreamRows: 5, kept: 4, excluded: 1 },
      { file: 'extract.csv', upstreamRows: 5, kept: 4, excluded: 1 },
      { file: 'download-0.csv', upstreamRows: 6, kept: 3, excluded: 3 },
    ]);
  });

  it('merging the same download twice changes nothing', () => {
    const twice = derive([rawText, rawText]);
    expect(twice.incidents).toEqual(result.incidents);
    expect(twice.merges[1]).toEqual({ sourceFile: 'download-1.csv', added: 0, replaced: 0, unchanged: 4 });
  });
});
