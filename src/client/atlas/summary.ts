// The generated summary below the atlas (text, table, counts): re-rendered from the same functions that
// wrote it into the HTML at build time, so the page reads the same before and after the script runs.
import type { AtlasPayload } from '../../lib/atlas/payload.ts';
import { windowMonthIndexes, type AtlasState } from '../../lib/atlas/state.ts';
import {
  describeWindow,
  SUMMARY_TABLE_HEADERS,
  summarizeWindow,
  summaryTableRows,
  type WindowSummary,
} from '../../lib/atlas/summary.ts';
import {
  compareTableHeaders,
  compareTableRows,
  compareWindows,
  describeComparison,
  widthScaleInUse,
  type CompareSummary,
} from '../../lib/atlas/compare.ts';
import { ATLAS_IDS } from '../../lib/atlas/elementIds.ts';
import { formatCount } from '../../lib/core/format.ts';
import { windowInWords } from '../../lib/time/words.ts';
import { minimumWidthBelowPerMonth, widthLegend } from '../../charts/atlas/widthLegend.ts';
import { toSvgElement } from '../../charts/svg.ts';
import { byId, el } from './dom.ts';

/** The summary of the state's time window (also what the route details report). */
export function windowSummary(payload: AtlasPayload, state: AtlasState): WindowSummary {
  return summarizeWindow(payload, ...windowMonthIndexes(state, payload.originMonth));
}

export function renderSummary(payload: AtlasPayload, state: AtlasState): void {
  const summary = windowSummary(payload, state);
  // Compare mode: the same text and table, for both windows and their changes.
  const comparison = state.compare ? compareWindows(payload, state, state.compare) : null;
  const text = byId(ATLAS_IDS.summaryText);
  const sentences = comparison
    ? [...describeComparison(comparison), ...describeWindow(summary)]
    : describeWindow(summary);
  text.replaceChildren(...sentences.map((s) => el('p', s)));
  const headers = comparison ? compareTableHeaders(comparison) : SUMMARY_TABLE_HEADERS;
  byId(ATLAS_IDS.summaryHead).replaceChildren(
    ...headers.map((h, i) => el('th', h, i > 0 ? { scope: 'col', class: 'num' } : { scope: 'col' })),
  );
  const body = byId(ATLAS_IDS.summaryBody);
  body.replaceChildren(
    ...(comparison ? compareTableRows(comparison) : summaryTableRows(summary)).map(([route, ...cells]) => {
      const row = el('tr');
      row.append(el('th', route, { scope: 'row' }), ...cells.map((c) => el('td', c, { class: 'num' })));
      return row;
    }),
  );
  byId(ATLAS_IDS.summaryWindow).textContent = comparison
    ? `${windowInWords(summary.startMonth, summary.endMonth)} compared with ${windowInWords(comparison.reference.startMonth, comparison.reference.endMonth)}`
    : windowInWords(summary.startMonth, summary.endMonth);
  renderLegend(payload, state, comparison);
  byId(ATLAS_IDS.visibleIncidents).textContent = formatCount(summary.all.incidents);
  byId(ATLAS_IDS.visibleDead).textContent = formatCount(summary.all.deadMissing);
}

/** The legend's compare key, its width key and the statement of which width scale the map uses (as map.ts). */
function renderLegend(payload: AtlasPayload, state: AtlasState, comparison: CompareSummary | null): void {
  byId(ATLAS_IDS.legendCompare).hidden = comparison === null;
  const { kind, scale } = widthScaleInUse(payload, state, comparison);
  const key = byId(ATLAS_IDS.legendWidthKey);
  if (key.dataset['scale'] !== `${kind}:${scale.maxDetectionsPerMonth}`) {
    key.dataset['scale'] = `${kind}:${scale.maxDetectionsPerMonth}`;
    key.replaceChildren(toSvgElement(widthLegend(scale, kind, ATLAS_IDS.widthScale), document));
  }
  const domain = formatCount(Math.round(scale.maxDetectionsPerMonth));
  const minimum = formatCount(Math.round(minimumWidthBelowPerMonth(scale)));
  byId(ATLAS_IDS.legendScale).textContent =
    kind === 'fitted'
      ? `Widths use a scale fitted to the ${comparison ? 'windows' : 'window'} on screen: ${domain} detections a month (the busiest route's monthly average) draws the widest line; widths are proportional to the counts, and a route under ${minimum} a month is drawn at the minimum width so that it never vanishes.`
      : `Widths use the fixed scale: the busiest month of any route over the whole period (${domain} detections) draws the widest line; widths are proportional to the counts, and a route under ${minimum} a month is drawn at the minimum width.`;
}
