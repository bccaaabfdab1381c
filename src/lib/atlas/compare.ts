/**
 * Compare mode of the atlas: the current window beside a reference window (`vs` in the URL). Pure; the
 * build (static map, measure pages), the browser (summary, map layers) and the route stories use it.
 *
 * Honest comparison rules: a change is given only when both windows are wholly covered by the source
 * (a window running past the end of the Frontex series, or starting before IOM recorded the route, is
 * flagged "partial" and not compared); windows of unequal length are compared by monthly average and say so;
 * "not recorded" stays "not recorded", never 0.
 */
import type { AtlasMeasure, AtlasPayload } from './payload.ts';
import {
  summarizeWindow,
  formatChange,
  routeMaxDetectionsPerMonth,
  routesPerMonthInWindow,
  type RouteWindowFigures,
} from './summary.ts';
import {
  effectiveWidthScale,
  windowMonthIndexes,
  type AtlasLimits,
  type AtlasState,
  type MonthSpan,
  type WidthScaleChoice,
} from './state.ts';
import { routeWidthScale, type RouteWidthScale } from './routeWidths.ts';
import {
  placeChangeLabels,
  routesBounds,
  type Box,
  type FrameBox,
  type PlacedChangeLabel,
} from './routeLabelAnchors.ts';
import { cameraForBounds } from './views.ts';
import type { Bbox } from './basemap.ts';
import type { RoutePathFeature } from '../data/schemas/geo.ts';
import { PARAM_CODECS } from '../url/params.ts';
import { addMonths, monthToIndex } from '../time/months.ts';
import { windowInWords } from '../time/words.ts';
import { formatCount } from '../core/format.ts';
import type { RouteId } from '../core/ids.ts';

/** One route in one window of a comparison. */
export interface CompareWindowFigures {
  /** Detections in the window; null when the route has no Frontex series. */
  detections: number | null;
  /** False when Frontex data cover only part of the window (or none of it). */
  detectionsWhole: boolean;
  detectionMonthsCovered: number;
  /** Dead and missing in the window; null when IOM recorded none of it under this route ("not recorded"). */
  deadMissing: number | null;
  /** False when IOM recorded the route for only part of the window, or its data stop inside the window. */
  deathsWhole: boolean;
  /** Dead and missing per 1,000 detections; null unless both are recorded over the whole window. */
  deathsPer1000Detections: number | null;
}

export interface RouteComparison {
  routeId: RouteId;
  label: string;
  colour: string;
  reference: CompareWindowFigures;
  current: CompareWindowFigures;
  /** Change in detections (%), by monthly average when the windows differ in length; null: not comparable. */
  detectionsChangePct: number | null;
  /** Change in dead and missing (%), likewise; null when either window is not wholly recorded or was 0. */
  deadMissingChangePct: number | null;
}

export interface CompareSummary {
  reference: MonthSpan & { months: number };
  current: MonthSpan & { months: number };
  /** The windows differ in length: changes compare monthly averages. */
  unequalLengths: boolean;
  routes: RouteComparison[];
}

function windowFigures(
  payload: AtlasPayload,
  figures: RouteWindowFigures,
  months: number,
  span: MonthSpan,
): CompareWindowFigures {
  const route = payload.routes.find((r) => r.id === figures.routeId)!;
  const startIndex = monthToIndex(span.startMonth, payload.originMonth);
  const detectionsWhole = figures.detections !== null && figures.detectionMonthsCovered === months;
  const deathsWhole =
    figures.deadMissing !== null &&
    route.deathsFromIndex !== null &&
    route.deathsFromIndex <= startIndex &&
    span.endMonth <= payload.incidentsLastWholeMonth;
  const rate =
    detectionsWhole && deathsWhole && figures.detections! > 0
      ? (figures.deadMissing! / figures.detections!) * 1000
      : null;
  return {
    detections: figures.detections,
    detectionsWhole,
    detectionMonthsCovered: figures.detectionMonthsCovered,
    deadMissing: figures.deadMissing,
    deathsWhole,
    deathsPer1000Detections: rate,
  };
}

/** Change of the monthly average from the reference to the current window, in %; null if it was 0. */
function changePct(reference: number, referenceMonths: number, current: number, currentMonths: number): number | null {
  const before = reference / referenceMonths;
  if (before <= 0) return null;
  return ((current / currentMonths - before) / before) * 100;
}

/** Per-route figures of both windows and their changes. */
export function compareWindows(payload: AtlasPayload, current: MonthSpan, reference: MonthSpan): CompareSummary {
  const indexes = (span: MonthSpan) =>
    [monthToIndex(span.startMonth, payload.originMonth), monthToIndex(span.endMonth, payload.originMonth)] as const;
  const now = summarizeWindow(payload, ...indexes(current));
  const before = summarizeWindow(payload, ...indexes(reference));
  const routes = now.routes.map((r, i): RouteComparison => {
    const ref = windowFigures(payload, before.routes[i]!, before.months, reference);
    const cur = windowFigures(payload, r, now.months, current);
    return {
      routeId: r.routeId,
      label: r.label,
      colour: r.colour,
      reference: ref,
      current: cur,
      detectionsChangePct:
        ref.detectionsWhole && cur.detectionsWhole
          ? changePct(ref.detections!, before.months, cur.detections!, now.months)
          : null,
      deadMissingChangePct:
        ref.deathsWhole && cur.deathsWhole
          ? changePct(ref.deadMissing!, before.months, cur.deadMissing!, now.months)
          : null,
    };
  });
  return {
    reference: { ...reference, months: before.months },
    current: { ...current, months: now.months },
    unequalLengths: before.months !== now.months,
    routes,
  };
}

/** The presets of the "Compare with…" control for a current window, each cut to the data's months or null. */
export function comparePresets(
  current: MonthSpan,
  limits: Pick<AtlasLimits, 'firstMonth' | 'lastMonth'>,
): { previous: MonthSpan | null; yearEarlier: MonthSpan | null } {
  const months = monthToIndex(current.endMonth, current.startMonth) + 1;
  const inRange = (span: MonthSpan) => (span.startMonth >= limits.firstMonth ? span : null);
  return {
    previous: inRange({
      startMonth: addMonths(current.startMonth, -months),
      endMonth: addMonths(current.startMonth, -1),
    }),
    yearEarlier: inRange({
      startMonth: addMonths(current.startMonth, -12),
      endMonth: addMonths(current.endMonth, -12),
    }),
  };
}

/**
 * A state with a comparison window applied, as the route stories and the measure pages do: the window is
 * checked like the URL's `vs` (inside the data, in order), so an unusable one leaves compare mode off.
 */
export function applyComparison(
  state: AtlasState,
  compare: MonthSpan | null,
  limits: Pick<AtlasLimits, 'firstMonth' | 'lastMonth'>,
): AtlasState {
  if (compare === null) return { ...state, compare: null };
  const parsed = PARAM_CODECS.vs.parse(PARAM_CODECS.vs.serialize(compare), limits);
  return { ...state, compare: parsed.kind === 'valid' ? parsed.value : null };
}

/** The change label drawn on the map for a route ("−97%", "+20%"); null when there is no honest change. */
export function routeChangeLabel(route: RouteComparison): string | null {
  return route.detectionsChangePct === null ? null : formatChange(route.detectionsChangePct);
}

const perThousand = (rate: number | null) => (rate === null ? 'n/a' : rate.toFixed(1));

function detectionsCell(f: CompareWindowFigures, months: number): string {
  if (f.detections === null) return 'no Frontex series';
  if (f.detectionMonthsCovered === 0) return 'no data for these months';
  return `${formatCount(f.detections)}${f.detectionsWhole ? '' : ` (partial: ${f.detectionMonthsCovered} of ${months} months)`}`;
}

function deathsCell(f: CompareWindowFigures): string {
  if (f.deadMissing === null) return 'not recorded';
  return `${formatCount(f.deadMissing)}${f.deathsWhole ? '' : ' (partial)'}`;
}

/** A change, or why there is none: nothing to compare ("n/a"), or a window the source covers only in part. */
function changeCell(
  pct: number | null,
  a: CompareWindowFigures,
  b: CompareWindowFigures,
  kind: 'detections' | 'deaths',
): string {
  if (pct !== null) return formatChange(pct);
  const missing =
    kind === 'detections'
      ? a.detections === null || b.detections === null
      : a.deadMissing === null || b.deadMissing === null;
  const whole = kind === 'detections' ? a.detectionsWhole && b.detectionsWhole : a.deathsWhole && b.deathsWhole;
  return missing || whole ? 'n/a' : 'not compared (partial)';
}

/** Column headers of the compare table, naming the two windows. */
export function compareTableHeaders(summary: CompareSummary): string[] {
  const ref = windowInWords(summary.reference.startMonth, summary.reference.endMonth);
  const cur = windowInWords(summary.current.startMonth, summary.current.endMonth);
  const change = summary.unequalLengths ? 'Change (monthly average)' : 'Change';
  return [
    'Route',
    `Detections, ${ref}`,
    `Detections, ${cur}`,
    change,
    `Dead and missing, ${ref}`,
    `Dead and missing, ${cur}`,
    change,
    `Deaths per 1,000 detections, ${ref}`,
    `Deaths per 1,000 detections, ${cur}`,
  ];
}

/** The compare table as text cells, one row per route. */
export function compareTableRows(summary: CompareSummary): string[][] {
  return summary.routes.map((r) => [
    r.label,
    detectionsCell(r.reference, summary.reference.months),
    detectionsCell(r.current, summary.current.months),
    changeCell(r.detectionsChangePct, r.reference, r.current, 'detections'),
    deathsCell(r.reference),
    deathsCell(r.current),
    changeCell(r.deadMissingChangePct, r.reference, r.current, 'deaths'),
    perThousand(r.reference.deathsPer1000Detections),
    perThousand(r.current.deathsPer1000Detections),
  ]);
}

/** Plain sentences about the comparison, generated from the figures. */
export function describeComparison(summary: CompareSummary): string[] {
  const ref = windowInWords(summary.reference.startMonth, summary.reference.endMonth);
  const cur = windowInWords(summary.current.startMonth, summary.current.endMonth);
  const sentences = [
    `Comparing ${cur} (current window, filled) with ${ref} (reference window, outline). Detections: Frontex, detections not people; dead and missing: IOM, a minimum estimate.`,
  ];
  if (summary.unequalLengths)
    sentences.push(
      `The windows differ in length (${summary.current.months} and ${summary.reference.months} months): changes compare monthly averages.`,
    );
  const changes = summary.routes.filter((r) => r.detectionsChangePct !== null);
  for (const r of changes)
    sentences.push(
      `${r.label}: ${formatCount(r.reference.detections!)} detections in ${ref}, ${formatCount(r.current.detections!)} in ${cur} (${formatChange(r.detectionsChangePct)}).`,
    );
  const partial = summary.routes.filter(
    (r) =>
      (r.reference.detections !== null || r.current.detections !== null) &&
      !(r.reference.detectionsWhole && r.current.detectionsWhole),
  );
  if (partial.length > 0)
    sentences.push(
      `Frontex data do not cover the whole of both windows for the ${partial.map((r) => r.label).join(', ')} route${partial.length > 1 ? 's' : ''}: not compared.`,
    );
  return sentences;
}

/** The widest line of the fitted scale: the highest monthly average of any route in either window. */
export function fittedMaxDetectionsPerMonth(summary: CompareSummary | null, perMonth: Iterable<number | null>): number {
  let max = 0;
  for (const v of perMonth) if (v !== null && v > max) max = v;
  if (summary) {
    for (const r of summary.routes) {
      if (r.reference.detections !== null && r.reference.detectionMonthsCovered > 0)
        max = Math.max(max, r.reference.detections / r.reference.detectionMonthsCovered);
      if (r.current.detections !== null && r.current.detectionMonthsCovered > 0)
        max = Math.max(max, r.current.detections / r.current.detectionMonthsCovered);
    }
  }
  return max;
}

/**
 * The route-width scale a state is drawn with, and which one it is: the map (client/atlas/compareLayers.ts)
 * and the legend's key use the same domain, so the key's widths are the map's.
 */
export function widthScaleInUse(
  payload: AtlasPayload,
  state: AtlasState,
  comparison: CompareSummary | null,
): { kind: WidthScaleChoice; scale: RouteWidthScale } {
  const kind = effectiveWidthScale(state);
  if (kind === 'fixed') return { kind, scale: routeWidthScale(routeMaxDetectionsPerMonth(payload)) };
  const perMonth = routesPerMonthInWindow(payload, ...windowMonthIndexes(state, payload.originMonth));
  return { kind, scale: routeWidthScale(fittedMaxDetectionsPerMonth(comparison, perMonth.values())) };
}

/**
 * The measure marks a compare view draws: glyphs of the measures started by the current window's end, and
 * rings around those started in or between the windows; those started by the later window's end cover both.
 */
export function compareViewMarks(
  payload: Pick<AtlasPayload, 'measures' | 'originMonth'>,
  state: AtlasState,
): AtlasMeasure[] {
  if (!state.layers.includes('measures')) return [];
  const ends = [state, ...(state.compare ? [state.compare] : [])].map(
    (w) => windowMonthIndexes(w, payload.originMonth)[1],
  );
  const lastIndex = Math.max(...ends);
  return payload.measures.filter((m) => m.startIndex <= lastIndex);
}

/**
 * The change labels of a compare view, placed for the zoom the map is drawn at so that none covers a measure
 * mark of the view or another label (routeLabelAnchors.ts placeChangeLabels). The map, the tests and the
 * static drawings use this one function.
 */
export function placedChangeLabels(
  payload: Pick<AtlasPayload, 'measures' | 'originMonth' | 'routeLabelCandidates'>,
  state: AtlasState,
  summary: CompareSummary,
  zoom: number,
  /** The visible frame (Web Mercator pixels at `zoom`): no label leaves it. */
  frame?: FrameBox,
  /** The boxes of the place and country labels shown at `zoom` (labelPlacement.ts shownPlaceLabelBoxes). */
  placeLabels: readonly Box[] = [],
): PlacedChangeLabel[] {
  const labels = summary.routes.flatMap((r) => {
    const text = routeChangeLabel(r);
    return text ? [{ routeId: r.routeId, text }] : [];
  });
  return placeChangeLabels(
    labels,
    payload.routeLabelCandidates,
    compareViewMarks(payload, state),
    zoom,
    frame,
    placeLabels,
  );
}

/** Where a static drawing places its change labels: its zoom and frame, and the place labels it draws. */
export interface StaticLabelPlacement {
  zoom: number;
  /** The drawing's frame (Web Mercator pixels at `zoom`), which no label leaves. */
  frame?: FrameBox;
  /** The boxes of the place labels the drawing writes (Mercator px at `zoom`). */
  obstacles?: readonly Box[];
}

/**
 * Widths and change labels of a comparison for the build-time static map (staticMapSvg's `compare`). The labels
 * are placed like the atlas's (placeChangeLabels) for each scale the static map is drawn at (`labelsAt`), clear
 * of the marks it draws and of its place labels.
 */
export function staticCompareDrawing(
  payload: Pick<AtlasPayload, 'routeLabelCandidates'>,
  summary: CompareSummary,
  widthPx: (detectionsPerMonth: number | null) => number,
  marks: readonly { lon: number; lat: number }[],
): {
  widthsPx: Record<string, { referencePx: number; currentPx: number }>;
  labelsAt(placement: StaticLabelPlacement): PlacedChangeLabel[];
} {
  const perMonth = (f: CompareWindowFigures) =>
    f.detections !== null && f.detectionMonthsCovered > 0 ? f.detections / f.detectionMonthsCovered : null;
  const widthsPx: Record<string, { referencePx: number; currentPx: number }> = {};
  const texts: { routeId: string; text: string }[] = [];
  for (const r of summary.routes) {
    widthsPx[r.routeId] = { referencePx: widthPx(perMonth(r.reference)), currentPx: widthPx(perMonth(r.current)) };
    const text = routeChangeLabel(r);
    if (text) texts.push({ routeId: r.routeId, text });
  }
  return {
    widthsPx,
    labelsAt: (placement) =>
      placeChangeLabels(
        texts,
        payload.routeLabelCandidates,
        marks,
        placement.zoom,
        placement.frame,
        placement.obstacles,
      ),
  };
}

/**
 * The lon/lat box and camera of a measure's shift map: its routes' paths with a margin, fitted into the
 * atlas's static map size (MeasureShiftMap.astro); null when none of its routes has a path.
 */
export function measureShiftFrame(
  routePaths: readonly RoutePathFeature[],
  routeIds: readonly string[],
): { bounds: Bbox; camera: Pick<AtlasState, 'centerLon' | 'centerLat' | 'zoom'> } | null {
  const paths = routesBounds(routePaths, routeIds);
  if (!paths) return null;
  const marginDeg = 1.5;
  const bounds = {
    minLon: paths.minLon - marginDeg,
    minLat: paths.minLat - marginDeg,
    maxLon: paths.maxLon + marginDeg,
    maxLat: paths.maxLat + marginDeg,
  };
  return { bounds, camera: cameraForBounds(bounds, { widthPx: 960, heightPx: 620, paddingPx: 20 }) };
}

/**
 * The atlas view of a measure's shift: the months after its start against the months before (the measure
 * page's 6/12/24 choice), cut to the data, with the camera on its routes and the measure selected.
 */
export function measureShiftAtlasState(
  defaults: AtlasState,
  limits: AtlasLimits,
  window: { before: [string, string]; after: [string, string] },
  camera: Pick<AtlasState, 'centerLon' | 'centerLat' | 'zoom'> | null,
  measureId: string,
): AtlasState {
  const clamp = (m: string) =>
    m < limits.firstMonth ? limits.firstMonth : m > limits.lastMonth ? limits.lastMonth : m;
  const state: AtlasState = {
    ...defaults,
    ...(camera ?? {}),
    startMonth: clamp(window.after[0]),
    endMonth: clamp(window.after[1]),
    selected: { kind: 'measure', id: measureId },
  };
  return applyComparison(state, { startMonth: clamp(window.before[0]), endMonth: clamp(window.before[1]) }, limits);
}
