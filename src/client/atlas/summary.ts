// The generated summary below the atlas (text, table, counts): re-rendered from the same functions that
// wrote it into the HTML at build time, so the page reads the same before and after the script runs.
import type { AtlasPayload } from '../../lib/atlas/payload.ts';
import { windowMonthIndexes, type AtlasState } from '../../lib/atlas/state.ts';
import { describeWindow, summarizeWindow, summaryTableRows, type WindowSummary } from '../../lib/atlas/summary.ts';
import { ATLAS_IDS } from '../../lib/atlas/elementIds.ts';
import { formatCount } from '../../lib/core/format.ts';
import { windowInWords } from '../../lib/time/words.ts';
import { byId, el } from './dom.ts';

/** The summary of the state's time window (also what the route details report). */
export function windowSummary(payload: AtlasPayload, state: AtlasState): WindowSummary {
  return summarizeWindow(payload, ...windowMonthIndexes(state, payload.originMonth));
}

export function renderSummary(payload: AtlasPayload, state: AtlasState): void {
  const summary = windowSummary(payload, state);
  const text = byId(ATLAS_IDS.summaryText);
  text.replaceChildren(...describeWindow(summary).map((s) => el('p', s)));
  const body = byId(ATLAS_IDS.summaryBody);
  body.replaceChildren(
    ...summaryTableRows(summary).map(([route, ...cells]) => {
      const row = el('tr');
      row.append(el('th', route, { scope: 'row' }), ...cells.map((c) => el('td', c, { class: 'num' })));
      return row;
    }),
  );
  byId(ATLAS_IDS.summaryWindow).textContent = windowInWords(summary.startMonth, summary.endMonth);
  byId(ATLAS_IDS.visibleIncidents).textContent = formatCount(summary.all.incidents);
  byId(ATLAS_IDS.visibleDead).textContent = formatCount(summary.all.deadMissing);
}
