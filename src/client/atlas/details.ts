// The details panel: what is known about the selected feature. One renderer per selection kind, in
// DETAIL_RENDERERS; the panel picks the renderer, adds the "Clear selection" button, and clears a selection
// whose feature does not exist (a stale or hand-made link).
import type { AtlasPayload, IncidentDetail } from '../../lib/atlas/payload.ts';
import type { AtlasState, SelectionKind } from '../../lib/atlas/state.ts';
import { summaryTableRows } from '../../lib/atlas/summary.ts';
import { MEASURE_MARKS } from '../../lib/measures/marks.ts';
import { windowInWords } from '../../lib/time/words.ts';
import { el } from './dom.ts';
import type { MonthIndex } from './monthIndex.ts';
import type { AtlasStore } from './state.ts';
import { windowSummary } from './summary.ts';

export interface DetailsContext {
  payload: AtlasPayload;
  state: AtlasState;
  months: MonthIndex;
  /** The incident records, fetched on the first incident selection; null until then. */
  incidents: IncidentDetail[] | null;
}

/** The records a renderer needs are still loading. */
export const LOADING = 'loading';

/** The panel's content for one selected feature, null when no such feature exists. */
export type DetailRenderer = (id: string, context: DetailsContext) => HTMLElement[] | null | typeof LOADING;

function measureDetails(id: string, { payload }: DetailsContext): HTMLElement[] | null {
  const m = payload.measures.find((x) => x.id === id);
  if (!m) return null;
  const mark = MEASURE_MARKS[m.type];
  const end = m.dateEnd ? ` to ${m.dateEnd}` : m.kind === 'measure' ? ' (no end date)' : '';
  const list = el('ul');
  for (const url of m.sources) {
    const li = el('li');
    li.append(el('a', new URL(url).hostname, { href: url, rel: 'noopener noreferrer' }));
    list.append(li);
  }
  const more = el('p');
  more.append(el('a', 'Before and after this measure', { href: `/measures/${encodeURIComponent(m.id)}/` }));
  return [
    el('h3', m.title),
    el('p', `${mark.glyph} ${mark.label} · ${m.dateStart}${end}`),
    el('p', m.summary),
    el('p', 'Sources:'),
    list,
    more,
  ];
}

function routeDetails(id: string, { payload, state }: DetailsContext): HTMLElement[] | null {
  const summary = windowSummary(payload, state);
  const r = summary.routes.find((x) => x.routeId === id);
  if (!r) return null;
  const [, detections, change, dead, incidents] = summaryTableRows({ ...summary, routes: [r] })[0]!;
  return [
    el('h3', r.label),
    el(
      'p',
      `Detections in ${windowInWords(summary.startMonth, summary.endMonth)}: ${detections} (Frontex; detections, not people). Change on the previous ${summary.months} months: ${change}.`,
    ),
    el('p', `Dead and missing: ${dead} in ${incidents} incidents (IOM; minimum estimate).`),
  ];
}

function incidentDetails(id: string, { incidents }: DetailsContext): HTMLElement[] | null | typeof LOADING {
  if (!incidents) return LOADING;
  const d = incidents.find((x) => x.id === id);
  if (!d) return null;
  const parts = [
    el('h3', `Incident on ${d.date}`),
    el(
      'p',
      `Dead: ${d.dead ?? 'unknown'} · missing: ${d.missing ?? 'unknown'} · survivors: ${d.survivors ?? 'unknown'}`,
    ),
    el('p', `Cause: ${d.cause || 'not recorded'}. Route (IOM): ${d.iomRoute || 'not recorded'}.`),
    el(
      'p',
      `Location: ${d.location || 'not recorded'}${d.country ? ` (${d.country})` : ''}. Locations are often approximate.`,
    ),
  ];
  if (d.sourceUrl.startsWith('http')) {
    // IOM sometimes lists several sources in one field: link the first.
    const first = d.sourceUrl.split(',')[0]!.trim();
    const p = el('p', 'Source cited by IOM: ');
    p.append(el('a', first, { href: first, rel: 'noopener noreferrer' }));
    parts.push(p);
  }
  parts.push(el('p', `IOM Missing Migrants Project record ${d.id}.`, { class: 'muted' }));
  return parts;
}

function placeDetails(id: string, { payload }: DetailsContext): HTMLElement[] | null {
  const p = payload.places.find((x) => x.id === id);
  if (!p) return null;
  return [el('h3', p.name), el('p', `${p.kind.replace('-', ' ')} · ${p.lat.toFixed(2)}°N, ${p.lon.toFixed(2)}°E`)];
}

export const DETAIL_RENDERERS: Record<SelectionKind, DetailRenderer> = {
  incident: incidentDetails,
  measure: measureDetails,
  route: routeDetails,
  place: placeDetails,
};

export const NO_SELECTION_TEXT = 'Select a route, an incident or a measure on the map to see its details here.';

export interface DetailsPanel {
  render(state: AtlasState): void;
}

export function createDetailsPanel(
  panel: HTMLElement,
  options: { payload: AtlasPayload; detailsUrl: string; months: MonthIndex; store: AtlasStore },
): DetailsPanel {
  const { payload, detailsUrl, months, store } = options;
  let incidents: IncidentDetail[] | null = null;
  async function loadIncidents() {
    incidents ??= (await (await fetch(detailsUrl)).json()) as IncidentDetail[];
  }
  const clearSelection = () => store.commit({ ...store.state, selected: null });

  function render(state: AtlasState): void {
    const selected = state.selected;
    if (!selected) {
      panel.replaceChildren(el('p', NO_SELECTION_TEXT, { class: 'muted' }));
      return;
    }
    const parts = DETAIL_RENDERERS[selected.kind](selected.id, { payload, state, months, incidents });
    if (parts === LOADING) {
      // Shown again once the records arrive, for whatever is selected by then.
      void loadIncidents().then(() => render(store.state));
      panel.replaceChildren(el('p', 'Loading the incident…'));
      return;
    }
    if (!parts) return clearSelection();
    const close = el('button', 'Clear selection', { type: 'button' });
    close.addEventListener('click', clearSelection);
    panel.replaceChildren(...parts, close);
  }
  return { render };
}
