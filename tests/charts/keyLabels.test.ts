import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyLabelPositions } from '../../src/charts/timeSeries/layout.ts';
import { KEY_MEASURE_LABELS } from '../../src/lib/timelines/keyMeasures.ts';
import { parseCsvRecords } from '../../src/lib/data/csv.ts';

const CHAR_PX = 6.4;
const plot = { leftPx: 56, rightPx: 700, topPx: 28 };
const extent = (l: { text: string; xPx: number; anchor: string }) =>
  l.anchor === 'start' ? [l.xPx, l.xPx + l.text.length * CHAR_PX] : [l.xPx - l.text.length * CHAR_PX, l.xPx];

describe('keyLabelPositions', () => {
  it('keeps names inside the plot, flips the last one left of its rule, and never overlaps two on a row', () => {
    const marks = [
      { text: 'Hungary–Serbia fence', xPx: 300 },
      { text: 'EU–Turkey Statement', xPx: 320 },
      { text: 'Italy–Libya MoU', xPx: 360 },
      { text: 'EU–Tunisia MoU', xPx: 690 },
    ];
    const placed = keyLabelPositions(marks, plot);
    expect(placed.map((l) => l.text)).toEqual(marks.map((m) => m.text));
    expect(placed.at(-1)!.anchor).toBe('end');
    for (const l of placed) {
      const [from, to] = extent(l);
      expect(from).toBeGreaterThanOrEqual(plot.leftPx);
      expect(to).toBeLessThanOrEqual(plot.rightPx);
    }
    const rows = new Set(placed.slice(0, 3).map((l) => l.yPx));
    expect(rows.size).toBe(3);
  });

  it('leaves out a name that, written left of its rule, would reach across another rule', () => {
    const narrow = { leftPx: 40, rightPx: 190, topPx: 28 };
    const marks = [
      { text: 'EU–Turkey', xPx: 107 },
      { text: 'Italy–Libya', xPx: 135 },
    ];
    const placed = keyLabelPositions(marks, narrow);
    expect(placed.map((l) => l.text)).toEqual(['EU–Turkey']);
    // With room to its left, the same name is written there.
    expect(keyLabelPositions([{ text: 'Italy–Libya', xPx: 135 }], narrow)).toEqual([
      expect.objectContaining({ text: 'Italy–Libya', anchor: 'end' }),
    ]);
  });

  it('leaves out a name with no row free rather than overlap', () => {
    const marks = [0, 5, 10, 15].map((d) => ({ text: 'A long measure name', xPx: 200 + d }));
    expect(keyLabelPositions(marks, plot)).toHaveLength(3);
  });
});

describe('the key measures', () => {
  it('are measures of data/measures.csv', () => {
    const csv = parseCsvRecords(readFileSync(join(import.meta.dirname, '../../data/measures.csv'), 'utf8'), 'm');
    const ids = new Set(csv.records.map((r) => r.cells[csv.header.indexOf('id')]));
    expect(Object.keys(KEY_MEASURE_LABELS).length).toBeGreaterThan(2);
    for (const id of Object.keys(KEY_MEASURE_LABELS)) expect(ids.has(id), id).toBe(true);
  });
});
