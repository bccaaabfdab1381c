/** Periods a month belongs to (month, quarter, year), their middle months and positions on a time axis in years. */
import { formatMonth, monthOf, parseMonth, previousMonth, yearOf } from './months.ts';
import { isLastDayOfMonth } from './partialDates.ts';

export type Period = 'month' | 'quarter' | 'year';

/** The period a month falls in: "2016-05" → "2016-05", "2016-Q2" or "2016". */
export function periodOf(month: string, period: Period): string {
  if (period === 'month') return month;
  const { year, month: m } = parseMonth(month);
  return period === 'year' ? String(year) : `${year}-Q${Math.ceil(m / 3)}`;
}

/** The month in the middle of a period ("2016" → "2016-06", "2016-Q2" → "2016-05", "2016-03" → itself). */
export function middleMonthOf(period: string): string {
  if (period.length === 4) return `${period}-06`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  return quarter ? formatMonth(Number(quarter[1]), Number(quarter[2]) * 3 - 1) : monthOf(period);
}

/** The last calendar year whose 12 months are all in the data (a year ending on the last month counts). */
export function latestCompleteYear(lastMonth: string): number {
  const { year, month } = parseMonth(lastMonth);
  return month === 12 ? year : year - 1;
}

/** True when a span of days is exactly one calendar year (2016-01-01 to 2016-12-31). */
export function isWholeYear(startDate: string, endDate: string): boolean {
  const year = yearOf(startDate);
  return startDate === `${year}-01-01` && endDate === `${year}-12-31`;
}

/** The first and last month of a period: "2016" → 2016-01…2016-12, "2016-Q2" → 2016-04…2016-06, a month → itself. */
export function periodMonths(period: string): [string, string] {
  if (period.length === 4) return [`${period}-01`, `${period}-12`];
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!quarter) return [monthOf(period), monthOf(period)];
  const [year, q] = [Number(quarter[1]), Number(quarter[2])];
  return [formatMonth(year, q * 3 - 2), formatMonth(year, q * 3)];
}

/** True when every month of a period lies inside firstMonth…lastMonth (inclusive). */
export function periodWithin(period: string, firstMonth: string, lastMonth: string): boolean {
  const [start, end] = periodMonths(period);
  return start >= firstMonth && end <= lastMonth;
}

/** A period's middle in fractional years, where a chart places its point: "2016" → 2016.5, "2016-Q1" → 2016.125. */
export function periodMiddleInYears(x: string): number {
  const [year, part] = x.split('-') as [string, string | undefined];
  const y = Number(year);
  if (part === undefined) return y + 0.5;
  if (part.startsWith('Q')) return y + (Number(part.slice(1)) - 0.5) / 4;
  return y + (Number(part) - 0.5) / 12;
}

/** The start of a month in fractional years: "2016-04" → 2016.25. */
export function monthStartInYears(month: string): number {
  const { year, month: m } = parseMonth(month);
  return year + (m - 1) / 12;
}

/** The last month wholly covered by records that run up to a given day (3 May 2026 → April 2026). */
export function lastWholeMonthTo(isoDay: string): string {
  return isLastDayOfMonth(isoDay) ? monthOf(isoDay) : previousMonth(monthOf(isoDay));
}

/** The months of `year` inside firstMonth…lastMonth (inclusive), as month numbers 1–12. */
export function monthsOfYearWithin(year: number, firstMonth: string, lastMonth: string): number[] {
  const months: number[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = formatMonth(year, m);
    if (month >= firstMonth && month <= lastMonth) months.push(m);
  }
  return months;
}
