/** Dates and windows in words, as the pages and the generated text write them. */
import { yearOf } from './months.ts';
import { isLastDayOfMonth } from './partialDates.ts';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2016-03" → "March 2016"; "2016-03-18" → "18 March 2016"; "2016" → "2016"; "2016-Q2" → "April–June 2016". */
export function formatPartialDate(text: string): string {
  const [y, m, d] = text.split('-');
  if (!m) return y!;
  const quarter = /^Q([1-4])$/.exec(m);
  if (quarter) {
    const first = (Number(quarter[1]) - 1) * 3;
    return `${MONTH_NAMES[first]}–${MONTH_NAMES[first + 2]} ${y}`;
  }
  const month = MONTH_NAMES[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A window in words: "April 2016 – March 2017", or one month alone ("April 2016"). */
export function windowInWords(startMonth: string, endMonth: string): string {
  return startMonth === endMonth
    ? formatPartialDate(startMonth)
    : `${formatPartialDate(startMonth)} – ${formatPartialDate(endMonth)}`;
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
  if (cutOff && (first === undefined || first === 1))
    return `${year}, to ${formatPartialDate(cutOff).replace(/ \d{4}$/, '')}`;
  if (first === undefined || last === undefined) return `${year}, not covered`;
  if (monthNumbers.length === 12) return String(year);
  const range = first === last ? SHORT_MONTH[first - 1]! : `${SHORT_MONTH[first - 1]}–${SHORT_MONTH[last - 1]}`;
  return `${year}, ${range}`;
}
