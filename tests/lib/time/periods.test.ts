import { describe, expect, it } from 'vitest';
import {
  isLastDayOfMonth,
  lastWholeMonthTo,
  monthOfDay,
  monthsOfYearWithin,
  partialYearLabel,
  previousMonth,
  yearOf,
} from '../../../src/lib/time/periods.ts';

describe('calendar periods', () => {
  it('reads years and months from ISO strings', () => {
    expect(yearOf('2026-05-03')).toBe(2026);
    expect(yearOf('2025-04')).toBe(2025);
    expect(monthOfDay('2026-05-03')).toBe('2026-05');
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(previousMonth('2026-05')).toBe('2026-04');
  });

  it('finds the last whole month of records that stop on a given day', () => {
    expect(isLastDayOfMonth('2024-02-29')).toBe(true);
    expect(isLastDayOfMonth('2026-05-03')).toBe(false);
    expect(lastWholeMonthTo('2026-05-03')).toBe('2026-04');
    expect(lastWholeMonthTo('2025-12-31')).toBe('2025-12');
  });

  it('lists the months of a year inside a period', () => {
    expect(monthsOfYearWithin(2025, '2009-01', '2025-04')).toEqual([1, 2, 3, 4]);
    expect(monthsOfYearWithin(2021, '2021-08', '2026-04')).toEqual([8, 9, 10, 11, 12]);
    expect(monthsOfYearWithin(2020, '2021-08', '2026-04')).toEqual([]);
    expect(monthsOfYearWithin(2016, '2009-01', '2025-04')).toHaveLength(12);
  });

  it('names a partial year by the part it covers', () => {
    expect(partialYearLabel(2025, [1, 2, 3, 4])).toBe('2025, Jan–Apr');
    expect(partialYearLabel(2021, [8, 9, 10, 11, 12], '2026-05-03')).toBe('2021, Aug–Dec');
    expect(partialYearLabel(2026, [1, 2, 3, 4], '2026-05-03')).toBe('2026, to 3 May');
    expect(partialYearLabel(2016, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])).toBe('2016');
    expect(partialYearLabel(2019, [])).toBe('2019, not covered');
  });
});
