// The atlas page in the browser: state from the URL, controls, the generated summary, and the map,
// which is loaded only when the page is idle or the reader reaches for it.
import { replaceViewQuery } from '../viewUrl.ts';
import type { AtlasPayload, IncidentDetail } from '../../lib/atlas/payload.ts';
import {
  parseAtlasState,
  serializeAtlasState,
  windowMonthIndexes,
  type AtlasLayer,
  type AtlasLimits,
  type AtlasState,
} from '../../lib/atlas/state.ts';
import { describeWindow, summarizeWindow, summaryTableRows } from '../../lib/atlas/summary.ts';
import { QUICK_VIEWS } from '../../lib/atlas/views.ts';
import { formatCount } from '../../lib/core/format.ts';
import { indexToMonth, monthToIndex } from '../../lib/time/months.ts';
import { windowInWords } from '../../lib/time/words.ts';
import { MEASURE_MARKS } from '../../lib/measures/marks.ts';
import { byId, el, hasWebGl, prefersReducedMotion } from './dom.ts';
import { initBrush } from './brush.ts';
import type { AtlasMap, Picked } from './map.ts';

interface Config {
  /** The atlas page: links copied from an embed point to it, not to the embed. */
  sharePath: string;
  defaults: AtlasState;
  limits: AtlasLimits;
  dataUrl: string;
  detailsUrl: string;
  basemapUrl: string;
}

const PLAY_STEP_MS = 900;

export async function startAtlas(root: HTMLElement): Promise<void> {
  const config = JSON.parse(root.dataset['config'] ?? '{}') as Config;
  let state = parseAtlasState(location.search, config.defaults, config.limits);
  const payload = (await (await fetch(config.dataUrl)).json()) as AtlasPayload;
  let details: IncidentDetail[] | null = null;
  let map: AtlasMap | null = null;
  let playTimer: number | null = null;

  const from = byId<HTMLInputElement>('atlas-from');
  const to = byId<HTMLInputElement>('atlas-to');
  const fromRange = byId<HTMLInputElement>('atlas-from-range');
  const toRange = byId<HTMLInputElement>('atlas-to-range');
  const play = byId<HTMLButtonElement>('atlas-play');
  const words = byId('atlas-window-words');
  const status = byId('atlas-map-status');
  const detailsPanel = byId('atlas-details');

  // Month indexes count from the payload's origin, as the summary, the brush's timeline and the map do.
  const index = (month: string) => monthToIndex(month, payload.originMonth);
  const month = (i: number) => indexToMonth(i, payload.originMonth);

  // Browsers throttle history updates (Chrome ignores more than about 100 in 10 s), and dragging or playing
  // the time window changes state many times a second: write the URL at most every 200 ms, trailing.
  let urlTimer: number | null = null;
  let lastUrlWrite = 0;
  function writeUrl() {
    urlTimer = null;
    lastUrlWrite = performance.now();
    replaceViewQuery(serializeAtlasState(state, config.defaults));
  }
  function scheduleUrl() {
    if (urlTimer !== null) return;
    const wait = Math.max(0, 200 - (performance.now() - lastUrlWrite));
    if (wait === 0) writeUrl();
    else urlTimer = window.setTimeout(writeUrl, wait);
  }

  function commit(next: AtlasState, options: { moveMap?: boolean } = {}) {
    performance.mark('atlas-change-start');
    state = next;
    scheduleUrl();
    render();
    if (map) map.update(state, options.moveMap ?? false);
    // Read by the benchmark: the script cost of one change, before the browser renders it.
    performance.measure('atlas-change', 'atlas-change-start');
  }

  function setWindow(startMonth: string, endMonth: string) {
    if (startMonth > endMonth) [startMonth, endMonth] = [endMonth, startMonth];
    commit({ ...state, startMonth, endMonth });
  }

  const brush = initBrush(byId('atlas-brush'), (startIndex, endIndex) => setWindow(month(startIndex), month(endIndex)));

  function render() {
    brush.show(index(state.startMonth), index(state.endMonth));
    from.value = state.startMonth;
    to.value = state.endMonth;
    fromRange.value = String(index(state.startMonth));
    toRange.value = String(index(state.endMonth));
    fromRange.setAttribute('aria-valuetext', windowInWords(state.startMonth, state.startMonth));
    toRange.setAttribute('aria-valuetext', windowInWords(state.endMonth, state.endMonth));
    words.textContent = windowInWords(state.startMonth, state.endMonth);
    for (const box of document.querySelectorAll<HTMLInputElement>('[data-atlas-layer]')) {
      box.checked = state.layers.includes(box.value as AtlasLayer);
    }
    renderSummary();
    renderDetails();
  }

  function renderSummary() {
    const summary = summarizeWindow(payload, ...windowMonthIndexes(state, payload.originMonth));
    const text = byId('atlas-summary-text');
    text.replaceChildren(...describeWindow(summary).map((s) => el('p', s)));
    const body = byId('atlas-summary-body');
    body.replaceChildren(
      ...summaryTableRows(summary).map(([route, ...cells]) => {
        const row = el('tr');
        row.append(el('th', route, { scope: 'row' }), ...cells.map((c) => el('td', c, { class: 'num' })));
        return row;
      }),
    );
    byId('atlas-summary-window').textContent = windowInWords(summary.startMonth, summary.endMonth);
    byId('atlas-visible-incidents').textContent = formatCount(summary.all.incidents);
    byId('atlas-visible-dead').textContent = formatCount(summary.all.deadMissing);
  }

  function renderDetails() {
    const selected = state.selected;
    if (!selected) {
      detailsPanel.replaceChildren(
        el('p', 'Select a route, an incident or a measure on the map to see its details here.', { class: 'muted' }),
      );
      return;
    }
    const parts: HTMLElement[] = [];
    if (selected.kind === 'measure') {
      const m = payload.measures.find((x) => x.id === selected.id);
      if (!m) return clearSelection();
      parts.push(el('h3', m.title));
      parts.push(
        el(
          'p',
          `${MEASURE_MARKS[m.type].glyph} ${MEASURE_MARKS[m.type].label} · ${m.dateStart}${m.dateEnd ? ` to ${m.dateEnd}` : m.kind === 'measure' ? ' (no end date)' : ''}`,
        ),
      );
      parts.push(el('p', m.summary));
      const list = el('ul');
      for (const url of m.sources) {
        const li = el('li');
        li.append(el('a', new URL(url).hostname, { href: url, rel: 'noopener noreferrer' }));
        list.append(li);
      }
      parts.push(el('p', 'Sources:'), list);
      const more = el('p');
      more.append(el('a', 'Before and after this measure', { href: `/measures/${encodeURIComponent(m.id)}/` }));
      parts.push(more);
    } else if (selected.kind === 'route') {
      const summary = summarizeWindow(payload, ...windowMonthIndexes(state, payload.originMonth));
      const r = summary.routes.find((x) => x.routeId === selected.id);
      if (!r) return clearSelection();
      parts.push(el('h3', r.label));
      const [, detections, change, dead, incidents] = summaryTableRows({ ...summary, routes: [r] })[0]!;
      parts.push(
        el(
          'p',
          `Detections in ${windowInWords(summary.startMonth, summary.endMonth)}: ${detections} (Frontex; detections, not people). Change on the previous ${summary.months} months: ${change}.`,
        ),
      );
      parts.push(el('p', `Dead and missing: ${dead} in ${incidents} incidents (IOM; minimum estimate).`));
    } else if (selected.kind === 'incident') {
      if (!details) {
        void loadDetails().then(renderDetails);
        detailsPanel.replaceChildren(el('p', 'Loading the incident…'));
        return;
      }
      const d = details.find((x) => x.id === selected.id);
      if (!d) return clearSelection();
      parts.push(el('h3', `Incident on ${d.date}`));
      parts.push(
        el(
          'p',
          `Dead: ${d.dead ?? 'unknown'} · missing: ${d.missing ?? 'unknown'} · survivors: ${d.survivors ?? 'unknown'}`,
        ),
      );
      parts.push(el('p', `Cause: ${d.cause || 'not recorded'}. Route (IOM): ${d.iomRoute || 'not recorded'}.`));
      parts.push(
        el(
          'p',
          `Location: ${d.location || 'not recorded'}${d.country ? ` (${d.country})` : ''}. Locations are often approximate.`,
        ),
      );
      if (d.sourceUrl.startsWith('http')) {
        const p = el('p', 'Source cited by IOM: ');
        p.append(
          el('a', d.sourceUrl.split(',')[0]!.trim(), {
            href: d.sourceUrl.split(',')[0]!.trim(),
            rel: 'noopener noreferrer',
          }),
        );
        parts.push(p);
      }
      parts.push(el('p', `IOM Missing Migrants Project record ${d.id}.`, { class: 'muted' }));
    } else {
      const p = payload.places.find((x) => x.id === selected.id);
      if (!p) return clearSelection();
      parts.push(
        el('h3', p.name),
        el('p', `${p.kind.replace('-', ' ')} · ${p.lat.toFixed(2)}°N, ${p.lon.toFixed(2)}°E`),
      );
    }
    const close = el('button', 'Clear selection', { type: 'button' });
    close.addEventListener('click', clearSelection);
    detailsPanel.replaceChildren(...parts, close);
  }

  function clearSelection() {
    commit({ ...state, selected: null });
  }

  async function loadDetails() {
    details ??= (await (await fetch(config.detailsUrl)).json()) as IncidentDetail[];
  }

  function onPick(picked: Picked | null) {
    if (!picked) return;
    commit({ ...state, selected: { kind: picked.kind, id: picked.id } });
  }

  // Controls
  for (const input of [from, to]) {
    input.addEventListener('change', () => {
      const value = input.value;
      if (!/^\d{4}-\d{2}$/.test(value) || value < config.limits.firstMonth || value > config.limits.lastMonth) {
        render(); // refuse quietly, showing the current window again
        return;
      }
      if (input === from) setWindow(value, state.endMonth);
      else setWindow(state.startMonth, value);
    });
  }
  fromRange.addEventListener('input', () => {
    const start = Math.min(Number(fromRange.value), index(state.endMonth));
    setWindow(month(start), state.endMonth);
  });
  toRange.addEventListener('input', () => {
    const end = Math.max(Number(toRange.value), index(state.startMonth));
    setWindow(state.startMonth, month(end));
  });
  for (const box of document.querySelectorAll<HTMLInputElement>('[data-atlas-layer]')) {
    box.addEventListener('change', () => {
      const layers = [...document.querySelectorAll<HTMLInputElement>('[data-atlas-layer]')]
        .filter((b) => b.checked)
        .map((b) => b.value as AtlasLayer);
      commit({ ...state, layers });
    });
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-atlas-view]')) {
    button.addEventListener('click', () => {
      const view = QUICK_VIEWS.find((v) => v.id === button.dataset['atlasView']);
      if (!view) return;
      commit({ ...state, centerLon: view.centerLon, centerLat: view.centerLat, zoom: view.zoom }, { moveMap: true });
      void ensureMap();
    });
  }
  play.addEventListener('click', () => (playTimer === null ? startPlaying() : stopPlaying()));
  function startPlaying() {
    const length = index(state.endMonth) - index(state.startMonth);
    // Start from the beginning if the window already touches the end.
    if (state.endMonth >= config.limits.lastMonth)
      setWindow(config.limits.firstMonth, month(index(config.limits.firstMonth) + length));
    play.setAttribute('aria-pressed', 'true');
    play.textContent = 'Pause';
    playTimer = window.setInterval(() => {
      const nextEnd = index(state.endMonth) + 1;
      if (month(nextEnd) > config.limits.lastMonth) return stopPlaying();
      setWindow(month(index(state.startMonth) + 1), month(nextEnd));
    }, PLAY_STEP_MS);
  }
  function stopPlaying() {
    if (playTimer !== null) window.clearInterval(playTimer);
    playTimer = null;
    play.setAttribute('aria-pressed', 'false');
    play.textContent = 'Play';
  }
  byId<HTMLButtonElement>('atlas-copy-link').addEventListener('click', async () => {
    const copyStatus = byId('atlas-copy-status');
    const link = `${location.origin}${config.sharePath}${location.search}`;
    try {
      await navigator.clipboard.writeText(link);
      copyStatus.textContent = 'Link copied.';
    } catch {
      copyStatus.textContent = `Copy this link: ${link}`;
    }
  });

  render();

  // The map: WebGL only when the browser has it, loaded when idle or when the reader reaches for the map.
  let mapPromise: Promise<void> | null = null;
  function ensureMap(): Promise<void> {
    if (mapPromise) return mapPromise;
    if (!hasWebGl()) {
      root.dataset['map'] = 'fallback';
      status.textContent =
        'This browser cannot draw the interactive map (WebGL is unavailable), so a static map of the routes and measures is shown. The figures and the table below still follow the time window.';
      mapPromise = Promise.resolve();
      return mapPromise;
    }
    status.textContent = 'Loading the interactive map…';
    mapPromise = import('./map.ts')
      .then(async ({ createAtlasMap }) => {
        map = await createAtlasMap(byId('atlas-map-canvas'), {
          payload,
          basemapUrl: config.basemapUrl,
          state,
          reducedMotion: prefersReducedMotion(),
          onPick,
          onCameraChange: (camera) => commit({ ...state, ...camera }),
        });
        root.dataset['map'] = 'ready';
        status.textContent = '';
      })
      .catch((error: unknown) => {
        root.dataset['map'] = 'fallback';
        status.textContent = `The interactive map could not be loaded (${(error as Error).message}); a static map is shown instead.`;
      });
    return mapPromise;
  }
  const mapArea = byId('atlas-map');
  for (const type of ['pointerenter', 'focusin', 'touchstart'] as const)
    mapArea.addEventListener(type, () => void ensureMap(), { once: true });
  // WebGL is heavy on a phone: the map loads when the reader reaches for it (pointer, keyboard or touch on
  // the map, or any control), never on its own, so the page's text and static map stay responsive.
  for (const control of document.querySelectorAll<HTMLElement>('#atlas input, #atlas button, #atlas-brush')) {
    control.addEventListener('focus', () => void ensureMap(), { once: true });
    control.addEventListener('pointerdown', () => void ensureMap(), { once: true });
  }
}
