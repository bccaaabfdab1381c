/**
 * Generated text about a measure's before/after figures. Every number comes from the shift computation.
 * Changes on other routes are context, never a destination: only the targeted routes' neighbours
 * (data/route-neighbours.csv) are named, and the text says plainly when the data do not show a flow moving.
 */
import { formatCount } from '../core/format.ts';
import type { RouteId } from '../core/ids.ts';
import type { CoverageNote, Measure, RouteNeighbour } from '../data/schemas/curated.ts';
import type { CutBy, MatchedPair, RouteShift } from './shifts.ts';
import { formatPartialDate, windowInWords } from '../time/words.ts';
import { addMonths } from '../time/months.ts';
import type { ShiftWindowMonths } from './measureShifts.ts';
import { coverageNotesFor, neighboursOf } from './context.ts';

export interface ShiftTextContext {
  window: ShiftWindowMonths;
  /** The whole neighbour table; describeShift picks the targeted routes' neighbours. */
  neighbours: readonly RouteNeighbour[];
  coverageNotes: readonly CoverageNote[];
}

/** A decline this many times larger than any rise nearby is called "far larger" in the text. */
export const FAR_LARGER_RATIO = 3;

/** How a window is cut short, named in the sentence itself (never only in a footnote). */
export function cutShortClause(
  sides: { months: number; cutBy: CutBy; side: 'before' | 'after' }[],
  windowMonths: number,
  data: string,
): string {
  return sides
    .filter((x) => x.cutBy !== null)
    .map(
      (x) =>
        ` The ${windowMonths} months ${x.side} are cut short by the ${x.cutBy} of the ${data}: they hold only ${x.months} months.`,
    )
    .join('');
}

function changeInWords(pct: number | null): string {
  if (pct === null) return '';
  const rounded = Math.round(pct);
  return rounded === 0 ? ', about the same' : `, a ${rounded < 0 ? 'fall' : 'rise'} of ${Math.abs(rounded)}%`;
}

/** "In the same months a year earlier (…) there were A detections, against B after the measure, a fall of P%." */
function yearEarlierClause(pair: MatchedPair | null | undefined, what: string, window: ShiftWindowMonths): string {
  if (!pair || !window.yearEarlier) return '';
  const partial =
    pair.months < window.windowMonths ? ` (over the ${pair.months} months that both periods hold in the data)` : '';
  return ` In the same months a year earlier (${windowInWords(...window.yearEarlier)}) there were ${formatCount(pair.yearEarlier)} ${what}, against ${formatCount(pair.after)} after${partial}${changeInWords(pair.changePct)}.`;
}

function detectionsSentence(measure: Measure, s: RouteShift, label: string, window: ShiftWindowMonths): string {
  const n = s.windowMonths;
  if (!s.hasDetectionsSeries) return `There is no Frontex detections series for the ${label} route.`;
  const when = `${measure.title} (${formatPartialDate(measure.date_start)})`;
  if (s.detectionsBefore === null || s.detectionsAfter === null) {
    const side = s.detectionsBefore === null ? 'before' : 'after';
    return `Detections on the ${label} route cannot be compared around ${when}: the Frontex data do not cover the ${n} months ${side}.`;
  }
  const change =
    s.detectionsChangePct === null
      ? `went from ${formatCount(s.detectionsBefore)} to ${formatCount(s.detectionsAfter)} in the ${n} months after ${when}`
      : `${s.detectionsChangePct < 0 ? 'fell' : 'rose'} by ${Math.abs(Math.round(s.detectionsChangePct))}% in the ${n} months after ${when}, from ${formatCount(s.detectionsBefore)} to ${formatCount(s.detectionsAfter)}`;
  const c = s.monthsCounted;
  return (
    `Detections on the ${label} route ${change}.` +
    cutShortClause(
      [
        { months: c.detectionsBefore, cutBy: s.cutBy.detectionsBefore, side: 'before' },
        { months: c.detectionsAfter, cutBy: s.cutBy.detectionsAfter, side: 'after' },
      ],
      n,
      'Frontex data',
    ) +
    yearEarlierClause(s.sameMonthsYearEarlier?.detections, 'detections', window)
  );
}

function deathsSentence(s: RouteShift, label: string, context: ShiftTextContext): string {
  const n = s.windowMonths;
  const c = s.monthsCounted;
  // Zero months in the IOM table, or months IOM did not record under this route: not recorded, never 0.
  const side = (months: number, total: number | null) =>
    months === 0
      ? 'not recorded (outside the IOM data)'
      : total === null
        ? 'not recorded under this route'
        : formatCount(total);
  const notes = [
    ...new Set(
      coverageNotesFor(context.coverageNotes, s.routeId, context.window.before[0], context.window.after[1]).map(
        (note) => note.note,
      ),
    ),
  ];
  return (
    `Dead and missing recorded on the ${label} route: ${side(c.deathsBefore, s.deadMissingBefore)} in the ${n} months before, ${side(c.deathsAfter, s.deadMissingAfter)} in the ${n} months after (a minimum estimate).` +
    cutShortClause(
      [
        { months: c.deathsBefore, cutBy: s.cutBy.deathsBefore, side: 'before' },
        { months: c.deathsAfter, cutBy: s.cutBy.deathsAfter, side: 'after' },
      ],
      n,
      'IOM data',
    ) +
    yearEarlierClause(s.sameMonthsYearEarlier?.deadMissing, 'dead and missing', context.window) +
    notes.map((note) => ` Coverage: ${note}`).join('')
  );
}

/** "about 30 times": whole numbers below 10, two significant figures above. */
function aboutTimes(ratio: number): string {
  return ratio < 10 ? String(Math.round(ratio)) : String(Number(ratio.toPrecision(2)));
}

/**
 * Sets the fall on a targeted route against the largest rise on its neighbours, so that a small rise
 * elsewhere is not read as the flow having moved there. Association only, never cause.
 */
export function declineAgainstRises(
  target: RouteShift,
  neighbourShifts: readonly RouteShift[],
  routeLabel: (id: string) => string,
): string | null {
  if (target.detectionsBefore === null || target.detectionsAfter === null) return null;
  const fall = target.detectionsBefore - target.detectionsAfter;
  const compared = neighbourShifts.filter((s) => s.detectionsBefore !== null && s.detectionsAfter !== null);
  if (fall <= 0 || compared.length === 0) return null;
  const label = routeLabel(target.routeId);
  const rise = (s: RouteShift) => s.detectionsAfter! - s.detectionsBefore!;
  const biggest = compared.reduce((best, s) => (rise(s) > rise(best) ? s : best));
  if (rise(biggest) <= 0) {
    const names = compared.map((s) => routeLabel(s.routeId)).join(', ');
    return `Detections fell on the ${label} route and did not rise on any neighbouring route (${names}) over the same months: the data do not show the flow moving elsewhere.`;
  }
  const ratio = fall / rise(biggest);
  if (ratio >= FAR_LARGER_RATIO) {
    return `The fall on the ${label} route (${formatCount(fall)} fewer detections) was about ${aboutTimes(ratio)} times larger than the rise on any neighbouring route (at most ${formatCount(rise(biggest))} more, on the ${routeLabel(biggest.routeId)} route): the data do not show the flow moving elsewhere.`;
  }
  return `Detections fell by ${formatCount(fall)} on the ${label} route while they rose by ${formatCount(rise(biggest))} on the neighbouring ${routeLabel(biggest.routeId)} route; the two changes happened at the same time, which does not show that the same people moved.`;
}

function neighbourSentences(
  measure: Measure,
  shifts: RouteShift[],
  routeLabel: (id: string) => string,
  context: ShiftTextContext,
): string[] {
  const targeted = measure.routes as RouteId[];
  if (targeted.length === 0) return [];
  const neighbours = neighboursOf(targeted, context.neighbours);
  if (!context.neighbours.some((n) => targeted.includes(n.route))) {
    const names = targeted.map((r) => `the ${routeLabel(r)}`).join(' or ');
    return [
      `The site lists no neighbouring route that could take crossings displaced from ${names} route, so no other route is compared here; every route is in the table.`,
    ];
  }
  const byRoute = new Map(shifts.map((s) => [s.routeId, s]));
  const sentences: string[] = [];
  for (const n of neighbours) {
    const s = byRoute.get(n.neighbour);
    if (!s || s.detectionsBefore === null || s.detectionsAfter === null) continue;
    const earlier = s.sameMonthsYearEarlier?.detections;
    const matched =
      earlier && earlier.months === s.monthsCounted.detectionsAfter
        ? ` (against ${formatCount(earlier.yearEarlier)} in the same months a year earlier)`
        : '';
    sentences.push(
      `Over the same months, detections on the neighbouring ${routeLabel(n.neighbour)} route went from ${formatCount(s.detectionsBefore)} to ${formatCount(s.detectionsAfter)}${matched}.` +
        cutShortClause(
          [
            { months: s.monthsCounted.detectionsBefore, cutBy: s.cutBy.detectionsBefore, side: 'before' },
            { months: s.monthsCounted.detectionsAfter, cutBy: s.cutBy.detectionsAfter, side: 'after' },
          ],
          s.windowMonths,
          'Frontex data',
        ),
    );
  }
  for (const route of targeted) {
    const target = byRoute.get(route);
    const near = neighboursOf([route], context.neighbours)
      .filter((n) => !targeted.includes(n.neighbour))
      .map((n) => byRoute.get(n.neighbour))
      .filter((s): s is RouteShift => s !== undefined);
    const sentence = target ? declineAgainstRises(target, near, routeLabel) : null;
    if (sentence) sentences.push(sentence);
  }
  return sentences;
}

export function describeShift(
  measure: Measure,
  shifts: RouteShift[],
  routeLabel: (id: string) => string,
  context: ShiftTextContext,
): string[] {
  const { window } = context;
  const sentences: string[] = [];
  if (window.yearEarlier) {
    sentences.push(
      `Seasonal window: the ${window.windowMonths} months before (${windowInWords(...window.before)}) and the ${window.windowMonths} months after (${windowInWords(...window.after)}) fall in different seasons, and crossings rise and fall with the seasons, so a change from before to after mostly shows the seasons. The same months a year earlier are a fairer comparison.`,
    );
  }
  for (const s of shifts.filter((x) => measure.routes.includes(x.routeId))) {
    const label = routeLabel(s.routeId);
    sentences.push(detectionsSentence(measure, s, label, window));
    sentences.push(deathsSentence(s, label, context));
  }
  return [...sentences, ...neighbourSentences(measure, shifts, routeLabel, context)];
}

/** Measures in force within `months` of this one's start that share a region with it: possible confounders. */
export function concurrentMeasures(
  measure: Measure,
  all: readonly Measure[],
  startOf: (m: Measure) => string,
  endOf: (m: Measure) => string,
  months = 12,
): Measure[] {
  const from = addMonths(startOf(measure), -months);
  const to = addMonths(startOf(measure), months);
  return all.filter(
    (other) =>
      other.id !== measure.id &&
      other.regions.some((r) => measure.regions.includes(r)) &&
      startOf(other) <= to &&
      endOf(other) >= from,
  );
}

/** For the card's table: how each series' windows are cut short, or '' when every side is complete. */
export function cutShortInWords(s: RouteShift): string {
  const n = s.windowMonths;
  const c = s.monthsCounted;
  const parts: string[] = [];
  const side = (months: number, which: string, data: string) => {
    if (months < n) parts.push(`${months} of ${n} months ${which} in the ${data}`);
  };
  if (s.hasDetectionsSeries) {
    side(c.detectionsBefore, 'before', 'Frontex data');
    side(c.detectionsAfter, 'after', 'Frontex data');
  }
  side(c.deathsBefore, 'before', 'IOM data');
  side(c.deathsAfter, 'after', 'IOM data');
  return parts.length === 0 ? '' : `Window cut short: ${parts.join('; ')}`;
}
