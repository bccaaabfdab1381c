/** Figures and generated text for one time window of the atlas. Pure; used at build time and in the browser. */
import type { AtlasPayload } from './payload.ts';
import { windowMonthIndexes } from './state.ts';
import { formatCount } from '../core/format.ts';
import { indexToMonth, monthRange, monthToIndex } from '../time/months.ts';
import { windowInWords } from '../time/words.ts';
import type { RouteId } from '../core/ids.ts';

export interface RouteWindowFigures {
  routeId: RouteId;
  label: string;
  colour: string;
  /** Detections in the window; null when the route has no Frontex series. */
  detections: number | null;
  /** Months of the window that Frontex data cover (the series ends before the IOM records do). */
  detectionMonthsCovered: number;
  /** Detections in the previous window of equal length; null if the data do not cover all of it. */
  previousDetections: number | null;
  /** Change against the previous window in %; null when there is nothing to compare with or it was 0. */
  detectionsChangePct: number | null;
  /** Dead and missing in the window; null when IOM records no month of it for the route ("not recorded"). */
  deadMissing: number | null;
  /** Distinct events (IOM Main IDs), not records; null like deadMissing. */
  incidents: number | null;
}

export interface WindowSummary {
  startMonth: string;
  endMonth: string;
  months: number;
  routes: RouteWindowFigures[];
  libya: { deadMissing: number; incidents: number };
  all: { deadMissing: number; incidents: number };
  measuresInForce: number;
}

function sumDetections(series: (number | null)[], from: number, to: number): { total: number; covered: number } {
  let total = 0;
  let covered = 0;
  for (let i = Math.max(0, from); i <= to && i < series.length; i++) {
    const value = series[i];
    if (value !== null && value !== undefined) {
      total += value;
      covered++;
    }
  }
  return { total, covered };
}

/** A route's deaths are recorded in a window when IOM records the route from some month of it or before. */
function recordedIn(deathsFromIndex: number | null, endIndex: number): boolean {
  return deathsFromIndex !== null && deathsFromIndex <= endIndex;
}

/** Figures for the window between two month indexes, inclusive, counted from payload.originMonth. */
export function summarizeWindow(payload: AtlasPayload, startIndex: number, endIndex: number): WindowSummary {
  const months = endIndex - startIndex + 1;
  // Incidents count events: the parts of one IOM event share an event number and count once.
  const bucket = () => ({ deadMissing: 0, events: new Set<number>() });
  const perRoute = payload.routes.map(bucket);
  const libyaBucket = bucket();
  const allBucket = bucket();
  const { month, deadMissing, route, event, libya: isLibya } = payload.incidents;
  for (let i = 0; i < month.length; i++) {
    const m = month[i]!;
    if (m < startIndex || m > endIndex) continue;
    const r = route[i]!;
    for (const b of [allBucket, r >= 0 ? perRoute[r]! : null, isLibya[i] ? libyaBucket : null]) {
      if (!b) continue;
      b.deadMissing += deadMissing[i]!;
      b.events.add(event[i]!);
    }
  }
  const totals = (b: ReturnType<typeof bucket>) => ({ deadMissing: b.deadMissing, incidents: b.events.size });
  const libya = totals(libyaBucket);
  const all = totals(allBucket);

  const routes = payload.routes.map((r, i): RouteWindowFigures => {
    let detections: number | null = null;
    let covered = 0;
    let previousDetections: number | null = null;
    if (r.detections) {
      const now = sumDetections(r.detections, startIndex, endIndex);
      detections = now.total;
      covered = now.covered;
      const previous = sumDetections(r.detections, startIndex - months, startIndex - 1);
      if (startIndex - months >= 0 && previous.covered === months) previousDetections = previous.total;
    }
    const comparable =
      detections !== null && covered === months && previousDetections !== null && previousDetections > 0;
    return {
      routeId: r.id,
      label: r.label,
      colour: r.colour,
      detections,
      detectionMonthsCovered: covered,
      previousDetections,
      detectionsChangePct: comparable ? ((detections! - previousDetections!) / previousDetections!) * 100 : null,
      ...(recordedIn(r.deathsFromIndex, endIndex) ? totals(perRoute[i]!) : { deadMissing: null, incidents: null }),
    };
  });

  const measuresInForce = payload.measures.filter(
    (m) =>
      m.startIndex <= endIndex &&
      (m.endIndex === null ? m.kind === 'measure' || m.startIndex >= startIndex : m.endIndex >= startIndex),
  ).length;

  return {
    startMonth: indexToMonth(startIndex, payload.originMonth),
    endMonth: indexToMonth(endIndex, payload.originMonth),
    months,
    routes,
    libya,
    all,
    measuresInForce,
  };
}

export function formatChange(pct: number | null): string {
  if (pct === null) return 'n/a';
  const rounded = Math.round(pct);
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${Math.abs(rounded)}%`;
}

/** Plain sentences describing the window, generated from the figures (never hard-coded). */
export function describeWindow(summary: WindowSummary): string[] {
  const sentences: string[] = [];
  const window = windowInWords(summary.startMonth, summary.endMonth);
  sentences.push(
    `${window}: IOM recorded ${formatCount(summary.all.deadMissing)} people dead or missing in ${formatCount(summary.all.incidents)} incidents on Europe-bound routes (a minimum estimate).`,
  );
  const withDetections = summary.routes.filter((r) => r.detections !== null && r.detectionMonthsCovered > 0);
  if (withDetections.length > 0) {
    const busiest = withDetections.reduce((a, b) => (b.detections! > a.detections! ? b : a));
    const partial = withDetections.some((r) => r.detectionMonthsCovered < summary.months);
    sentences.push(
      `The most detections were on the ${busiest.label} route: ${formatCount(busiest.detections!)} (Frontex detections, not people)${
        busiest.detectionsChangePct !== null
          ? `, ${formatChange(busiest.detectionsChangePct)} on the previous ${summary.months} months`
          : ''
      }.${partial ? ' Frontex data do not cover the whole window.' : ''}`,
    );
  } else {
    sentences.push('Frontex detection data do not cover this window.');
  }
  const deadliest = summary.routes.reduce((a, b) => ((b.deadMissing ?? -1) > (a.deadMissing ?? -1) ? b : a));
  if (deadliest.deadMissing !== null && deadliest.deadMissing > 0) {
    sentences.push(
      `The deadliest route was the ${deadliest.label}, with ${formatCount(deadliest.deadMissing)} dead and missing.`,
    );
  }
  const unrecorded = summary.routes.filter((r) => r.deadMissing === null).map((r) => r.label);
  if (unrecorded.length > 0) {
    sentences.push(
      `IOM did not record deaths under the ${unrecorded.join(', ')} route in this window: not recorded, not zero.`,
    );
  }
  sentences.push(
    `In Libya, ${formatCount(summary.libya.deadMissing)} people were recorded dead or missing. ${summary.measuresInForce} measures or events in the list were in force or took place.`,
  );
  return sentences;
}

export const SUMMARY_TABLE_HEADERS = [
  'Route',
  'Detections in window',
  'Change on previous window',
  'Dead and missing',
  'Incidents',
] as const;

/** The summary table as text cells, one row per route: rendered by the page at build time and by the browser. */
export function summaryTableRows(summary: WindowSummary): string[][] {
  return summary.routes.map((r) => [
    r.label,
    r.detections === null
      ? 'no Frontex series'
      : r.detectionMonthsCovered === 0
        ? 'no data for these months'
        : `${formatCount(r.detections)}${r.detectionMonthsCovered < summary.months ? ` (${r.detectionMonthsCovered} of ${summary.months} months)` : ''}`,
    formatChange(r.detectionsChangePct),
    r.deadMissing === null ? 'not recorded' : formatCount(r.deadMissing),
    r.incidents === null ? 'not recorded' : formatCount(r.incidents),
  ]);
}

/** Average detections per month in the window, by route; null for routes without a series or data. */
export function routesPerMonthInWindow(
  payload: AtlasPayload,
  startIndex: number,
  endIndex: number,
): Map<string, number | null> {
  const result = new Map<string, number | null>();
  for (const r of payload.routes) {
    if (!r.detections) {
      result.set(r.id, null);
      continue;
    }
    const { total, covered } = sumDetections(r.detections, startIndex, endIndex);
    result.set(r.id, covered > 0 ? total / covered : null);
  }
  return result;
}

/** The widest line: the highest monthly detections of any route, so widths compare across windows. */
export function routeMaxDetectionsPerMonth(payload: AtlasPayload): number {
  let max = 0;
  for (const r of payload.routes) for (const v of r.detections ?? []) if (v !== null && v > max) max = v;
  return max;
}

/** Monthly totals for the atlas timeline strip: detections on all routes, dead and missing on all routes. */
export function monthlyTotals(payload: AtlasPayload): {
  months: string[];
  detections: (number | null)[];
  deadMissing: (number | null)[];
} {
  const months = monthRange(payload.originMonth, payload.lastMonth);
  const detections = months.map((_, i) => {
    let total: number | null = null;
    for (const r of payload.routes) {
      const v = r.detections?.[i];
      if (v !== null && v !== undefined) total = (total ?? 0) + v;
    }
    return total;
  });
  const firstDeaths = monthToIndex(payload.incidentsFirstMonth, payload.originMonth);
  const deadMissing: (number | null)[] = months.map((_, i) => (i >= firstDeaths ? 0 : null));
  payload.incidents.month.forEach((m, i) => {
    if (deadMissing[m] !== null && deadMissing[m] !== undefined)
      deadMissing[m] = deadMissing[m]! + payload.incidents.deadMissing[i]!;
  });
  return { months, detections, deadMissing };
}

export interface WindowIncident {
  lon: number;
  lat: number;
  deadMissing: number;
  /** The route's colour (data/routes.csv); null for incidents outside the site's seven routes. */
  routeColour: string | null;
  approximate: boolean;
}

/** The incidents of a window, for the static drawings (build-time pictures and the image download alike). */
export function incidentsInWindow(
  payload: Pick<AtlasPayload, 'incidents' | 'routes' | 'originMonth'>,
  window: { startMonth: string; endMonth: string },
): WindowIncident[] {
  const [start, end] = windowMonthIndexes(window, payload.originMonth);
  const { incidents, routes } = payload;
  const out: WindowIncident[] = [];
  for (let i = 0; i < incidents.id.length; i++) {
    const month = incidents.month[i]!;
    if (month < start || month > end) continue;
    const route = incidents.route[i]!;
    out.push({
      lon: incidents.lon[i]!,
      lat: incidents.lat[i]!,
      deadMissing: incidents.deadMissing[i]!,
      routeColour: route >= 0 ? routes[route]!.colour : null,
      approximate: incidents.approximate[i] === 1,
    });
  }
  return out;
}
