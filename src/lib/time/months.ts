/**
 * YYYY-MM months: their parts, arithmetic and integer indexes, so that windows compare and filter as
 * numbers. Plain strings in and out; no Date object leaks, so there are no time-zone surprises.
 */

/** The year and month (1–12) of a month or a day ("2016-03" or "2016-03-18"). */
export function parseMonth(monthOrDate: string): { year: number; month: number } {
  return { year: Number(monthOrDate.slice(0, 4)), month: Number(monthOrDate.slice(5, 7)) };
}

/** 2016, 3 → "2016-03". */
export function formatMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The calendar year of a year, month, quarter or day ("2016", "2016-03", "2016-Q2", "2016-03-18" → 2016). */
export function yearOf(text: string): number {
  return Number(text.slice(0, 4));
}

/** The month a day falls in: "2016-03-18" → "2016-03" (a month is returned as it is). */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The number of days in a month: "2016-02" → 29. */
export function daysInMonth(month: string): number {
  const { year, month: m } = parseMonth(month);
  return new Date(Date.UTC(year, m, 0)).getUTCDate();
}

/** The month k months after (or, for negative k, before) a month. */
export function addMonths(month: string, k: number): string {
  const { year, month: m } = parseMonth(month);
  const total = year * 12 + (m - 1) + k;
  return formatMonth(Math.floor(total / 12), (total % 12) + 1);
}

export function previousMonth(month: string): string {
  return addMonths(month, -1);
}

/** Months as YYYY-MM from start to end inclusive; empty when the end comes first. */
export function monthRange(startMonth: string, endMonth: string): string[] {
  const months: string[] = [];
  for (let month = startMonth; month <= endMonth; month = addMonths(month, 1)) months.push(month);
  return months;
}

/**
 * A month as an integer index counted from an origin month (index 0). The origin is always explicit: the
 * atlas payload names its own (`originMonth`), and every index made or read there counts from it.
 */
export function monthToIndex(month: string, originMonth: string): number {
  const a = parseMonth(month);
  const o = parseMonth(originMonth);
  return (a.year - o.year) * 12 + (a.month - o.month);
}

/** The month at an index counted from an origin month; the inverse of monthToIndex. */
export function indexToMonth(index: number, originMonth: string): string {
  return addMonths(originMonth, index);
}
