/** Calendar helpers on ISO strings; no Date objects leak out, so there are no time-zone surprises. */

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
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
  if (text.length === 7) {
    const [y, m] = text.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${text}-${String(last).padStart(2, '0')}`;
  }
  return text;
}

/** Months as YYYY-MM from start to end inclusive. */
export function monthRange(startMonth: string, endMonth: string): string[] {
  const months: string[] = [];
  let [y, m] = startMonth.split('-').map(Number) as [number, number];
  const [endY, endM] = endMonth.split('-').map(Number) as [number, number];
  while (y < endY || (y === endY && m <= endM)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

export const MONTH_NAMES = [
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

/** The month in the middle of a period ("2016" → "2016-06", "2016-Q2" → "2016-05", "2016-03" → itself). */
export function middleMonthOf(period: string): string {
  if (period.length === 4) return `${period}-06`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  return quarter ? `${quarter[1]}-${String(Number(quarter[2]) * 3 - 1).padStart(2, '0')}` : period.slice(0, 7);
}
