/**
 * Partial ISO dates, as the curated tables write them: a year ("2016"), a month ("2016-03") or a day
 * ("2016-03-18"), checked against the calendar and widened to the days or months they cover.
 */
import { daysInMonth, formatMonth, monthOf } from './months.ts';

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(formatMonth(year, month));
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

export type DatePrecision = 'day' | 'month' | 'year';

/** Parses YYYY, YYYY-MM or YYYY-MM-DD; returns null when the text is not a real calendar date. */
export function parsePartialDate(text: string): { precision: DatePrecision; iso: string } | null {
  let m = DAY.exec(text);
  if (m) return isRealDate(+m[1]!, +m[2]!, +m[3]!) ? { precision: 'day', iso: text } : null;
  m = MONTH.exec(text);
  if (m) return +m[2]! >= 1 && +m[2]! <= 12 ? { precision: 'month', iso: text } : null;
  m = YEAR.exec(text);
  if (m) return { precision: 'year', iso: text };
  return null;
}

/** First day covered by a partial date, for ordering and comparisons. */
export function startOfPartialDate(text: string): string {
  if (text.length === 4) return `${text}-01-01`;
  if (text.length === 7) return `${text}-01`;
  return text;
}

/** Last day covered by a partial date ("2016" ends on 2016-12-31). */
export function endOfPartialDate(text: string): string {
  if (text.length === 4) return `${text}-12-31`;
  if (text.length === 7) return `${text}-${String(daysInMonth(text)).padStart(2, '0')}`;
  return text;
}

/** First month covered by a partial date: a date known only to the year counts from January. */
export function firstMonthOf(text: string): string {
  return text.length === 4 ? `${text}-01` : monthOf(text);
}

/** Last month covered by a partial date: a date known only to the year runs to December. */
export function lastMonthOf(text: string): string {
  return text.length === 4 ? `${text}-12` : monthOf(text);
}

/** True when a day is the last of its month ("2016-02-29"), i.e. the month it ends is complete. */
export function isLastDayOfMonth(date: string): boolean {
  return endOfPartialDate(monthOf(date)) === date;
}

/** The calendar day of a moment in local time as YYYY-MM-DD (the "accessed" day of a citation). */
export function isoDayOf(moment: Date): string {
  return `${formatMonth(moment.getFullYear(), moment.getMonth() + 1)}-${String(moment.getDate()).padStart(2, '0')}`;
}
