/** Time-series chart, part 2 of 3: pixels — scales, ticks, margins and label positions. */
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';
import type { ChartState, TimeSeriesOptions } from './state.ts';
import { wrapText } from '../preview/previewCard.ts';

export interface ChartLayout {
  margin: { top: number; right: number; bottom: number; left: number };
  x: ScaleContinuousNumeric<number, number>;
  y: ScaleContinuousNumeric<number, number>;
  xTicks: number[];
  yTicks: number[];
  labels: { id: string; label: string; colour: string; xPx: number; yPx: number }[];
  /** The unit over the y axis, on as many lines as the width needs, and where they start. */
  yLabel: { lines: string[]; xPx: number };
}

/** Average width of a character of the 11 px bold axis title. */
const BOLD_CHAR_PX = 6.8;
const LINE_PX = 13;

const LABEL_GAP_PX = 13;
const MIN_TICK_GAP_PX = 44;
const MIN_MONTH_TICK_GAP_PX = 64;

export function chartLayout(state: ChartState, options: TimeSeriesOptions): ChartLayout {
  const longest = state.series.length > 1 ? Math.max(0, ...state.series.map((s) => s.label.length)) : 0;
  const yLabel = yLabelLayout(state, options);
  const margin = {
    top: 28 + (yLabel.lines.length - 1) * LINE_PX,
    right: Math.min(170, 14 + longest * 6.6),
    bottom: 30,
    left: 56,
  };
  const x = scaleLinear()
    .domain(state.tDomain)
    .range([margin.left, options.widthPx - margin.right]);
  const y = (state.scale === 'log' ? scaleLog() : scaleLinear())
    .domain(state.yDomain)
    .range([options.heightPx - margin.bottom, margin.top])
    .nice();
  const span = state.tDomain[1] - state.tDomain[0];
  const monthlyStep = span > 2 ? 0.5 : 0.25;
  let step = span > 12 ? 2 : span > 5 || state.yearly ? 1 : monthlyStep;
  // On a narrow chart, thin the ticks until their labels have room: "2016" needs about 30 px, "Jul 2016" 50.
  const pxPerYear = (options.widthPx - margin.left - margin.right) / Math.max(span, 1e-9);
  const gapPx = (s: number) => (s < 1 ? MIN_MONTH_TICK_GAP_PX : MIN_TICK_GAP_PX);
  while (pxPerYear * step < gapPx(step)) step = step < 1 ? Math.min(1, step * 2) : step * 2;
  const xTicks: number[] = [];
  for (let t = Math.ceil(state.tDomain[0] / step) * step; t <= state.tDomain[1] + 1e-9; t += step)
    xTicks.push(Number(t.toFixed(2)));
  const yTicks = state.scale === 'log' ? y.ticks(4).filter((v) => Number.isInteger(Math.log10(v))) : y.ticks(5);

  // Direct labels at the end of each series, pushed apart so they never overlap. A chart of one series is
  // named by its title, so it needs none.
  const labels = (state.series.length > 1 ? state.series : [])
    .map((s) => {
      const last = s.segments.at(-1)?.at(-1);
      return last ? { id: s.id, label: s.label, colour: s.colour, xPx: x(last.t) + 6, yPx: y(last.y) } : null;
    })
    .filter((l): l is NonNullable<typeof l> => l !== null)
    .sort((a, b) => a.yPx - b.yPx);
  for (let i = 1; i < labels.length; i++) {
    if (labels[i]!.yPx - labels[i - 1]!.yPx < LABEL_GAP_PX) labels[i]!.yPx = labels[i - 1]!.yPx + LABEL_GAP_PX;
  }
  // Keep the stack inside the plot: if the lowest label falls below the axis, lift the whole stack.
  const lowest = labels.at(-1);
  const floorPx = options.heightPx - margin.bottom;
  if (lowest && lowest.yPx > floorPx) {
    const lift = lowest.yPx - floorPx;
    for (const l of labels) l.yPx -= lift;
  }
  const xEnd = options.widthPx - margin.right + 6;
  for (const l of labels) l.xPx = Math.min(l.xPx, xEnd);
  return { margin, x, y, xTicks, yTicks, labels, yLabel };
}

/**
 * The unit starts over the plot where it fits on one line; a long unit on a narrow chart starts at the left edge
 * and, if it still runs past the right one, wraps onto a second line rather than leave the drawing.
 */
function yLabelLayout(state: ChartState, options: TimeSeriesOptions): ChartLayout['yLabel'] {
  const text = options.yLabel + (state.scale === 'log' ? ' (log scale)' : '');
  const LEFT_PX = 56;
  if (LEFT_PX + text.length * BOLD_CHAR_PX <= options.widthPx) return { lines: [text], xPx: LEFT_PX };
  const maxChars = Math.floor((options.widthPx - 8) / BOLD_CHAR_PX);
  return { lines: wrapText(text, maxChars, 2), xPx: 4 };
}

/** Average width of a character of 11 px regular text. */
const CHAR_PX = 6.4;
const KEY_LABEL_ROWS = 3;
/** A row of key labels: taller than an 11 px line box (13.2 px), so stacked labels never touch, even scaled up. */
const KEY_LABEL_ROW_PX = 15;

export interface KeyLabel {
  text: string;
  xPx: number;
  yPx: number;
  anchor: 'start' | 'end';
}

/**
 * Names of key measures at the top of the plot, beside their rule: right of it, or left where the plot ends, on
 * the first of three rows where they do not overlap the name before; a name with no room is left out (its mark
 * on the axis stays, named and linked).
 */
export function keyLabelPositions(
  marks: readonly { text: string; xPx: number }[],
  plot: { leftPx: number; rightPx: number; topPx: number },
): KeyLabel[] {
  const rowEnds: number[] = Array.from({ length: KEY_LABEL_ROWS }, () => -Infinity);
  const placed: KeyLabel[] = [];
  for (const mark of [...marks].sort((a, b) => a.xPx - b.xPx)) {
    const widthPx = mark.text.length * CHAR_PX;
    const anchor = mark.xPx + 4 + widthPx <= plot.rightPx ? 'start' : 'end';
    const startPx = anchor === 'start' ? mark.xPx + 4 : mark.xPx - 4 - widthPx;
    if (startPx < plot.leftPx) continue;
    // A name written leftwards of its rule must not reach across another rule: it would then sit beside that
    // rule and read as its name (the home chart at 320 px put "Italy–Libya" left of the EU–Turkey rule).
    if (anchor === 'end' && marks.some((other) => other !== mark && other.xPx > startPx && other.xPx < mark.xPx))
      continue;
    const row = rowEnds.findIndex((end) => end + 8 <= startPx);
    if (row < 0) continue;
    rowEnds[row] = startPx + widthPx;
    placed.push({
      text: mark.text,
      xPx: anchor === 'start' ? mark.xPx + 4 : mark.xPx - 4,
      yPx: plot.topPx + 11 + row * KEY_LABEL_ROW_PX,
      anchor,
    });
  }
  return placed;
}
