import { MONTH_NAMES } from './dates.ts';
/** Months as integer indexes (0 = January 2009 by default), so windows compare and filter as numbers. */
export const MONTH_ORIGIN_YEAR = 2009;

export function monthToIndex(month: string, originYear = MONTH_ORIGIN_YEAR): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return (y - originYear) * 12 + (m - 1);
}

export function indexToMonth(index: number, originYear = MONTH_ORIGIN_YEAR): string {
  const y = originYear + Math.floor(index / 12);
  const m = (((index % 12) + 12) % 12) + 1;
  return `${y}-${String(m).padStart(2, '0')}`;
}

/** "2016-04" → "April 2016". */
export function monthInWords(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${MONTH_NAMES[m - 1]} ${y}`;
}

/** A window in words: "April 2016 – March 2017", or one month alone. */
export function windowInWords(startMonth: string, endMonth: string): string {
  return startMonth === endMonth ? monthInWords(startMonth) : `${monthInWords(startMonth)} – ${monthInWords(endMonth)}`;
}
