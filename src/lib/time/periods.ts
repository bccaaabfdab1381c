/** Calendar periods on ISO strings: which months of a year a series covers, and how to name a partial one. */
import { MONTH_NAMES } from './dates.ts';

/** "2026-05-03" or "2026-05" → 2026. */
export function yearOf(isoDateOrMonth: string): number {
  return Number(isoDateOrMonth.split('-')[0]);
}

/** "2026-05-03" → "2026-05". */
export function monthOfDay(isoDay: string): string {
  const [y, m] = isoDay.split('-');
  return `${y}-${m}`;
}

/** The month before: "2026-01" → "2025-12". */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** True when the day is the last of its month ("2026-04-30"). */
export function isLastDayOfMonth(isoDay: string): boolean {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate() === d;
}

/** The last month wholly covered by records that run up to a given day (3 May 2026 → April 2026). */
export function lastWholeMonthTo(isoDay: string): string {
  return isLastDayOfMonth(isoDay) ? monthOfDay(isoDay) : previousMonth(monthOfDay(isoDay));
}

/** The months of `year` inside firstMonth…lastMonth (inclusive), as month numbers 1–12. */
export function monthsOfYearWithin(year: number, firstMonth: string, lastMonth: string): number[] {
  const months: number[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    if (month >= firstMonth && month <= lastMonth) months.push(m);
  }
  return months;
}

const SHORT_MONTH = MONTH_NAMES.map((n) => n.slice(0, 3));

/**
 * A year named with the part of it a figure covers: "2025, Jan–Apr", "2021, Aug–Dec", "2026, to 3 May";
 * a whole year is its number alone. `lastDay` names a cut-off inside the month after the last whole one.
 */
export function partialYearLabel(year: number, monthNumbers: readonly number[], lastDay?: string): string {
  const first = monthNumbers[0];
  const last = monthNumbers.at(-1);
  const cutOff = lastDay && yearOf(lastDay) === year && !isLastDayOfMonth(lastDay) ? lastDay : undefined;
  if (cutOff && (first === undefined || first === 1)) {
    const [, m, d] = cutOff.split('-').map(Number) as [number, number, number];
    return `${year}, to ${d} ${MONTH_NAMES[m - 1]}`;
  }
  if (first === undefined || last === undefined) return `${year}, not covered`;
  if (monthNumbers.length === 12) return String(year);
  const range = first === last ? SHORT_MONTH[first - 1]! : `${SHORT_MONTH[first - 1]}–${SHORT_MONTH[last - 1]}`;
  return `${year}, ${range}`;
}
