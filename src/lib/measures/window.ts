/** The months shown around a measure's start: a fixed radius either side, cut to the months the data cover. */
import { addMonths } from '../time/months.ts';

export interface MonthWindow {
  fromMonth: string;
  toMonth: string;
}

/**
 * `radiusMonths` either side of `centreMonth`, clamped to `[firstMonth, lastMonth]` (YYYY-MM): a chart or an
 * atlas link never asks for months the data do not have.
 */
export function windowAround(
  centreMonth: string,
  radiusMonths: number,
  firstMonth: string,
  lastMonth: string,
): MonthWindow {
  const from = addMonths(centreMonth, -radiusMonths);
  const to = addMonths(centreMonth, radiusMonths);
  return { fromMonth: from < firstMonth ? firstMonth : from, toMonth: to > lastMonth ? lastMonth : to };
}

/** The atlas window a measure's page links to: the year either side of its start month. */
export function measureAtlasWindow(startMonth: string, firstMonth: string, lastMonth: string): MonthWindow {
  return windowAround(startMonth, 12, firstMonth, lastMonth);
}
