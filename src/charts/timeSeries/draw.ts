/** Time-series chart, part 3 of 3: the SVG tree. */
import { formatPartialDate } from '../../lib/time/words.ts';
import { formatCompactCount, formatCount } from '../../lib/core/format.ts';
import { routeTextShade } from '../textShades.ts';
import { h, polylinePath, px, svgFrame, type SvgNode } from '../svg.ts';
import { keyLabelPositions, type ChartLayout } from './layout.ts';
import { monthStartInYears, periodMiddleInYears } from '../../lib/time/periods.ts';
import { numberedKeyEvents, type ChartState, type TimeEvent, type TimeSeriesOptions } from './state.ts';

/** Widest tick label, in characters of 11 px text, that fits the left margin; longer counts read "1M". */
const MAX_TICK_CHARS = 7;

/** Narrower charts name no measures over the plot. */
const MIN_KEY_LABELS_WIDTH_PX = 480;

function tickLabel(t: number): string {
  const year = Math.floor(t + 1e-9);
  const month = Math.round((t - year) * 12);
  return month === 0
    ? String(year)
    : `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month]} ${year}`;
}

/**
 * The name written over the plot for an event, or null. By default only the key measures that are not the page's
 * own (that one has its rule), and only on a wide chart; a chart about its events names them at any width, with
 * their short names on a narrow one.
 */
function keyLabelText(e: TimeEvent, options: TimeSeriesOptions): string | null {
  if (!e.keyLabel) return null;
  const wide = options.widthPx >= MIN_KEY_LABELS_WIDTH_PX;
  if (options.nameHighlightedEvents) return wide ? e.keyLabel : (e.shortKeyLabel ?? e.keyLabel);
  return !e.highlighted && wide ? e.keyLabel : null;
}

export function drawTimeSeries(state: ChartState, layout: ChartLayout, options: TimeSeriesOptions): SvgNode {
  const { x, y, margin } = layout;
  const format = options.formatValue ?? formatCount;
  const tickText = (v: number) => {
    const full = format(v);
    return full.length > MAX_TICK_CHARS && !options.formatValue ? formatCompactCount(v) : full;
  };
  const bottom = options.heightPx - margin.bottom;
  const path = (seg: readonly { t: number; y: number }[]) => polylinePath(seg.map((d) => [x(d.t), y(d.y)] as const));

  const highlight = options.highlight
    ? h('rect', {
        class: 'chart-highlight',
        x: px(x(monthStartInYears(options.highlight[0]))),
        y: margin.top,
        width: px(
          Math.max(1, x(monthStartInYears(options.highlight[1]) + 1 / 12) - x(monthStartInYears(options.highlight[0]))),
        ),
        height: bottom - margin.top,
        fill: 'currentColor',
        'fill-opacity': 0.07,
      })
    : null;

  const shownEvents = (options.events ?? []).filter((e) => {
    const t = periodMiddleInYears(e.month);
    return t >= state.tDomain[0] && t <= state.tDomain[1];
  });
  const firstLinked = shownEvents.findIndex((e) => e.href);
  const events = shownEvents.map((e, index) => {
    const xPx = px(x(periodMiddleInYears(e.month)));
    const mark = h(
      'g',
      { class: e.highlighted ? 'chart-event chart-event-highlighted' : 'chart-event' },
      h('title', {}, `${e.label} (${e.dateText})`),
      // Only the measure a page is about gets a full-height rule; the others stay as marks on the axis.
      e.highlighted
        ? h('line', { x1: xPx, x2: xPx, y1: margin.top, y2: bottom, stroke: 'currentColor', 'stroke-opacity': 0.9 })
        : null,
      h('path', {
        d: `M${xPx},${bottom + 2}l-5,8h10z`,
        fill: 'currentColor',
        'fill-opacity': e.highlighted ? 1 : 0.6,
      }),
    );
    // Roving tabindex: the chart's marks take one Tab stop, and the arrow keys move between them
    // (src/client/chartMarks.ts).
    return e.href
      ? h(
          'a',
          { href: e.href, 'aria-label': `${e.label}, ${e.dateText}`, tabindex: index === firstLinked ? 0 : -1 },
          mark,
        )
      : mark;
  });

  return svgFrame(
    {
      widthPx: options.widthPx,
      heightPx: options.heightPx,
      label: {
        title: options.title,
        description: options.description,
        idPrefix: options.idPrefix,
        // An image cannot hold links (axe: nested-interactive): a chart with linked markers is a group instead.
        role: events.some((e) => e.tag === 'a') ? 'group' : 'img',
      },
      attrs: { class: 'chart', 'font-family': 'system-ui, sans-serif', 'font-size': 11 },
    },
    highlight,
    h(
      'g',
      { class: 'chart-grid', 'aria-hidden': 'true' },
      layout.yTicks.map((v) =>
        h(
          'g',
          {},
          h('line', {
            x1: margin.left,
            x2: options.widthPx - margin.right,
            y1: px(y(v)),
            y2: px(y(v)),
            stroke: 'currentColor',
            'stroke-opacity': 0.12,
          }),
          h('text', { x: margin.left - 6, y: px(y(v)) + 4, 'text-anchor': 'end', fill: 'currentColor' }, tickText(v)),
        ),
      ),
      layout.xTicks.map((t) =>
        h('text', { x: px(x(t)), y: bottom + 22, 'text-anchor': 'middle', fill: 'currentColor' }, tickLabel(t)),
      ),
      h('line', {
        x1: margin.left,
        x2: options.widthPx - margin.right,
        y1: bottom,
        y2: bottom,
        stroke: 'currentColor',
        'stroke-opacity': 0.5,
      }),
      // The unit, wrapped where the chart is too narrow for it (layout.ts).
      layout.yLabel.lines.map((text, i) =>
        h('text', { x: layout.yLabel.xPx, y: 14 + i * 13, fill: 'currentColor', 'font-weight': 600 }, text),
      ),
    ),
    state.series.map((s) =>
      h(
        'g',
        { class: 'chart-series', 'data-series': s.id },
        s.segments.map((seg) =>
          seg.length === 1
            ? h('circle', { cx: px(x(seg[0]!.t)), cy: px(y(seg[0]!.y)), r: 2.5, fill: s.colour })
            : h('path', {
                d: path(seg),
                fill: 'none',
                stroke: s.colour,
                'stroke-width': 2,
                'stroke-linejoin': 'round',
              }),
        ),
        // Invisible targets carry each point's value as a native tooltip.
        (options.pointTooltips === false ? [] : s.segments.flat()).map((p) =>
          h(
            'circle',
            { cx: px(x(p.t)), cy: px(y(p.y)), r: 4, fill: 'transparent', class: 'chart-point' },
            h('title', {}, `${s.label}, ${formatPartialDate(p.x)}: ${format(p.y)}${p.note ? ` (${p.note})` : ''}`),
          ),
        ),
        s.flagged.map((f) =>
          h(
            'g',
            { class: 'chart-flagged' },
            h('title', {}, `${s.label}, ${formatPartialDate(f.x)}: not plotted${f.note ? ` (${f.note})` : ''}`),
            h('text', { x: px(x(f.t)), y: bottom - 4, 'text-anchor': 'middle', fill: s.colour }, '×'),
          ),
        ),
      ),
    ),
    layout.labels.map((l) =>
      // The name in a shade of its route colour that reads as text (global.css swaps in the dark theme's).
      h(
        'text',
        {
          x: px(l.xPx),
          y: px(l.yPx) + 4,
          fill: routeTextShade(l.colour, 'light'),
          'font-weight': 600,
          class: 'chart-label',
          'data-series': l.id,
        },
        l.label,
      ),
    ),
    keyLabelGroup(options, shownEvents, x, { top: margin.top, bottom, left: margin.left, right: margin.right }),
    h('g', { class: 'chart-events', 'data-roving-marks': events.length > 0 ? '' : null }, events),
  );
}

/**
 * Key measures named over the plot. Their names are read from the marks' own labels, so the group is hidden
 * from assistive technology. A narrow drawing has no room for names: with `keyLabels: 'numbers'` it writes each
 * key measure's number beside a faint rule down to its mark, and the page lists the numbers with their names.
 */
function keyLabelGroup(
  options: TimeSeriesOptions,
  shownEvents: readonly TimeEvent[],
  x: (t: number) => number,
  plot: { top: number; bottom: number; left: number; right: number },
): SvgNode {
  const numbers = options.keyLabels === 'numbers';
  const shownIds = new Set(shownEvents.map((e) => e.id));
  const marks = numbers
    ? numberedKeyEvents(options.events ?? [])
        .filter((e) => shownIds.has(e.id))
        .map((e) => ({ text: String(e.keyNumber), xPx: x(periodMiddleInYears(e.month)) }))
    : shownEvents.flatMap((e) => {
        const text = keyLabelText(e, options);
        return text ? [{ text, xPx: x(periodMiddleInYears(e.month)) }] : [];
      });
  const placed = keyLabelPositions(marks, {
    leftPx: plot.left,
    rightPx: options.widthPx - plot.right,
    topPx: plot.top,
  });
  return h(
    'g',
    { class: 'chart-key-labels', 'aria-hidden': 'true' },
    numbers
      ? marks.map((m) =>
          h('line', {
            x1: px(m.xPx),
            x2: px(m.xPx),
            y1: plot.top,
            y2: plot.bottom,
            stroke: 'currentColor',
            'stroke-opacity': 0.35,
            'stroke-dasharray': '2 3',
          }),
        )
      : [],
    placed.map((l) =>
      h(
        'text',
        {
          x: px(l.xPx),
          y: l.yPx,
          'text-anchor': l.anchor,
          fill: 'currentColor',
          class: 'chart-key-label',
          ...(numbers ? { 'font-weight': 700 } : {}),
        },
        l.text,
      ),
    ),
  );
}
