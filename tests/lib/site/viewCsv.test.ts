import { describe, expect, it } from 'vitest';
import { tableColumns, viewCsv, viewFileName } from '../../../src/lib/site/viewCsv.ts';

const markers = [
  { suffix: ' (not plotted)', column: 'not plotted (few detections)' },
  { suffix: '*', column: 'rate over few detections' },
];

describe('view CSV', () => {
  it('writes the title, sources, notes and dataset link as comments above the header', () => {
    const csv = viewCsv({
      title: 'Deaths per 1,000 detections',
      headers: ['Period', 'Central, Med'],
      rows: [['2016-Q1', '12.5']],
      sources: ['Agency, detections;\ndata as of 3 June 2025'],
      notes: ['View: Per: quarter'],
      datasetUrl: 'https://a.example/data/',
    });
    expect(csv).toBe(
      [
        '# Deaths per 1,000 detections',
        '# Source: Agency, detections; data as of 3 June 2025',
        '# View: Per: quarter',
        '# Full dataset: https://a.example/data/',
        'Period,"Central, Med"',
        '2016-Q1,12.5',
        '',
      ].join('\n'),
    );
  });

  it('splits markers into columns, drops thousands separators and leaves missing values empty', () => {
    const { headers, rows } = tableColumns(
      ['Period', 'Central', 'Eastern'],
      [
        ['2016', '1,234.5 (not plotted)', '–'],
        ['2017', '3.1', '12,000'],
        ['2018', '4.0*', 'not recorded'],
      ],
      markers,
    );
    expect(headers).toEqual([
      'Period',
      'Central',
      'Central: not plotted (few detections)',
      'Central: rate over few detections',
      'Eastern',
    ]);
    expect(rows).toEqual([
      ['2016', '1234.5', 'yes', '', ''],
      ['2017', '3.1', '', '', '12000'],
      ['2018', '4.0', '', 'yes', 'not recorded'],
    ]);
  });

  it('leaves a table without markers as it is, apart from number formatting', () => {
    expect(tableColumns(['Route', 'Change'], [['Atlantic', '+12%']], markers)).toEqual({
      headers: ['Route', 'Change'],
      rows: [['Atlantic', '+12%']],
    });
  });

  it('names the file after the view', () => {
    expect(viewFileName('Deaths per 1,000 detections', 'csv')).toBe('shifting-routes-deaths-per-1-000-detections.csv');
    expect(viewFileName('???', 'png')).toBe('shifting-routes-view.png');
  });
});
