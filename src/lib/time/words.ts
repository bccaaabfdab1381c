/** Dates and windows in words, as the pages and the generated text write them. */

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
