import { describe, expect, it } from 'vitest';
import { coverageNotesFor, neighboursOf } from '../../../src/lib/measures/context.ts';
import type { CoverageNote, RouteNeighbour } from '../../../src/lib/data/schemas/curated.ts';

const pair = (route: string, neighbour: string) =>
  ({ route, neighbour, reason: `${route} to ${neighbour}`, source_url: 'https://example.org/' }) as RouteNeighbour;

describe('neighboursOf', () => {
  const table = [
    pair('sahel-agadez', 'central-mediterranean'),
    pair('sahel-agadez', 'western-mediterranean'),
    pair('eastern-mediterranean', 'central-mediterranean'),
    pair('central-mediterranean', 'eastern-mediterranean'),
    pair('atlantic', 'western-mediterranean'),
  ];
  it('lists only the targeted routes’ neighbours, each once, in table order', () => {
    expect(neighboursOf(['sahel-agadez'], table).map((n) => n.neighbour)).toEqual([
      'central-mediterranean',
      'western-mediterranean',
    ]);
    expect(
      neighboursOf(['sahel-agadez', 'eastern-mediterranean'], table).map((n) => `${n.route}>${n.neighbour}`),
    ).toEqual(['sahel-agadez>central-mediterranean', 'sahel-agadez>western-mediterranean']);
  });
  it('leaves out routes the measure targets itself, and routes with no row', () => {
    expect(neighboursOf(['eastern-mediterranean', 'central-mediterranean'], table)).toEqual([]);
    expect(neighboursOf(['western-balkans'], table)).toEqual([]);
  });
});

describe('coverageNotesFor', () => {
  const note = (route: string, from: string, to: string) =>
    ({ route, period_start: from, period_end: to, note: 'n', source_url: 'https://example.org/' }) as CoverageNote;
  const notes = [note('sahel-agadez', '2014-01', '2016-12'), note('eastern-borders', '2014-01', '2021-06')];
  it('finds the notes on the route whose period overlaps the months', () => {
    expect(coverageNotesFor(notes, 'sahel-agadez', '2014-05', '2016-05')).toEqual([notes[0]]);
    // Overlap at one end is enough: the last month of the note is the first of the window.
    expect(coverageNotesFor(notes, 'sahel-agadez', '2016-12', '2018-01')).toEqual([notes[0]]);
    expect(coverageNotesFor(notes, 'eastern-borders', '2020-07', '2022-07')).toEqual([notes[1]]);
  });
  it('finds none outside the period or on another route', () => {
    expect(coverageNotesFor(notes, 'sahel-agadez', '2017-01', '2018-01')).toEqual([]);
    expect(coverageNotesFor(notes, 'central-mediterranean', '2014-01', '2016-01')).toEqual([]);
  });
});
