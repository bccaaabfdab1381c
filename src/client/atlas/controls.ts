// The atlas's controls: month inputs, range sliders, play, layer toggles, quick views, "copy link" and the
// timeline brush. They only commit new states to the store; render() shows a state in them.
import type { AtlasLayer, AtlasLimits, AtlasState, MonthSpan, WidthScaleChoice } from '../../lib/atlas/state.ts';
import { comparePresets } from '../../lib/atlas/compare.ts';
import { QUICK_VIEWS } from '../../lib/atlas/views.ts';
import { ATLAS_IDS } from '../../lib/atlas/elementIds.ts';
import { windowInWords } from '../../lib/time/words.ts';
import { byId } from './dom.ts';
import { initBrush } from './brush.ts';
import type { MonthIndex } from './monthIndex.ts';
import type { AtlasStore } from './state.ts';

const PLAY_STEP_MS = 900;
const LAYER_BOXES = '[data-atlas-layer]';
const QUICK_VIEW_BUTTONS = '[data-atlas-view]';

export interface ControlsOptions {
  store: AtlasStore;
  months: MonthIndex;
  limits: AtlasLimits;
  /** The atlas page: links copied from an embed point to it, not to the embed. */
  sharePath: string;
  /** Re-renders the whole page from the current state (a refused input shows the current window again). */
  refresh: () => void;
  /** A quick view moves the camera: the map must be there to show it. */
  loadMap: () => void;
  /** Play started (true) or stopped (false): the announcer says so, and says nothing in between. */
  onPlayChange?: (playing: boolean) => void;
}

export interface Controls {
  render(state: AtlasState): void;
}

const layerBoxes = () => document.querySelectorAll<HTMLInputElement>(LAYER_BOXES);

/** The time window, in order whichever end the reader moved past the other. */
function setWindow(store: AtlasStore, startMonth: string, endMonth: string): void {
  if (startMonth > endMonth) [startMonth, endMonth] = [endMonth, startMonth];
  store.commit({ ...store.state, startMonth, endMonth });
}

export function initControls(options: ControlsOptions): Controls {
  const { store, months } = options;
  const setWindowTo = (startMonth: string, endMonth: string) => setWindow(store, startMonth, endMonth);
  const brush = initBrush(
    byId(ATLAS_IDS.brush),
    (startIndex, endIndex) => setWindowTo(months.month(startIndex), months.month(endIndex)),
    (startIndex, endIndex) =>
      store.commit({
        ...store.state,
        compare: { startMonth: months.month(startIndex), endMonth: months.month(endIndex) },
      }),
  );
  const inputs = wireTimeInputs(options, setWindowTo);
  wireLayerToggles(store);
  wireQuickViews(options);
  wirePlay(options, setWindowTo);
  wireCopyLink(options.sharePath);
  const compare = wireCompare(options);
  const words = byId(ATLAS_IDS.windowWords);

  return {
    render(state) {
      brush.show(months.index(state.startMonth), months.index(state.endMonth));
      brush.showReference(
        state.compare ? [months.index(state.compare.startMonth), months.index(state.compare.endMonth)] : null,
      );
      inputs.from.value = state.startMonth;
      inputs.to.value = state.endMonth;
      inputs.fromRange.value = String(months.index(state.startMonth));
      inputs.toRange.value = String(months.index(state.endMonth));
      inputs.fromRange.setAttribute('aria-valuetext', windowInWords(state.startMonth, state.startMonth));
      inputs.toRange.setAttribute('aria-valuetext', windowInWords(state.endMonth, state.endMonth));
      words.textContent = windowInWords(state.startMonth, state.endMonth);
      for (const box of layerBoxes()) box.checked = state.layers.includes(box.value as AtlasLayer);
      compare.render(state);
    },
  };
}

function wireTimeInputs(
  { store, months, limits, refresh }: ControlsOptions,
  setWindowTo: (startMonth: string, endMonth: string) => void,
) {
  const from = byId<HTMLInputElement>(ATLAS_IDS.from);
  const to = byId<HTMLInputElement>(ATLAS_IDS.to);
  const fromRange = byId<HTMLInputElement>(ATLAS_IDS.fromRange);
  const toRange = byId<HTMLInputElement>(ATLAS_IDS.toRange);
  for (const input of [from, to]) {
    input.addEventListener('change', () => {
      const value = input.value;
      if (!/^\d{4}-\d{2}$/.test(value) || value < limits.firstMonth || value > limits.lastMonth) {
        refresh(); // refuse quietly, showing the current window again
        return;
      }
      if (input === from) setWindowTo(value, store.state.endMonth);
      else setWindowTo(store.state.startMonth, value);
    });
  }
  for (const range of [fromRange, toRange]) acceptHorizontalTouchOnly(range, refresh);
  fromRange.addEventListener('input', () => {
    const start = Math.min(Number(fromRange.value), months.index(store.state.endMonth));
    setWindowTo(months.month(start), store.state.endMonth);
  });
  toRange.addEventListener('input', () => {
    const end = Math.max(Number(toRange.value), months.index(store.state.startMonth));
    setWindowTo(store.state.startMonth, months.month(end));
  });
  return { from, to, fromRange, toRange };
}

/** How far a finger must move sideways, and more sideways than down, before a slider follows it. */
const TOUCH_SLOP_PX = 10;

/**
 * A swipe that starts on a slider scrolls the page (CSS touch-action: pan-y) and must not move the window:
 * while a touch has not yet moved sideways, the slider's input events are stopped before they commit, and
 * a touch that ends or turns into a scroll first puts the slider back where the state says.
 */
function acceptHorizontalTouchOnly(range: HTMLInputElement, refresh: () => void): void {
  let touch: { x: number; y: number; sideways: boolean } | null = null;
  range.addEventListener('pointerdown', (e) => {
    touch = e.pointerType === 'touch' ? { x: e.clientX, y: e.clientY, sideways: false } : null;
  });
  range.addEventListener('pointermove', (e) => {
    if (!touch || touch.sideways) return;
    const dx = Math.abs(e.clientX - touch.x);
    if (dx >= TOUCH_SLOP_PX && dx > Math.abs(e.clientY - touch.y)) {
      touch.sideways = true;
      range.dispatchEvent(new Event('input')); // the value the finger has reached by now
    }
  });
  const end = () => {
    if (touch && !touch.sideways) refresh();
    touch = null;
  };
  range.addEventListener('pointerup', end);
  range.addEventListener('pointercancel', end);
  // Capture on the target runs before the listeners that commit.
  range.addEventListener('input', (e) => touch && !touch.sideways && e.stopImmediatePropagation(), { capture: true });
}

function wireLayerToggles(store: AtlasStore): void {
  for (const box of layerBoxes()) {
    box.addEventListener('change', () => {
      const layers = [...layerBoxes()].filter((b) => b.checked).map((b) => b.value as AtlasLayer);
      store.commit({ ...store.state, layers });
    });
  }
}

function wireQuickViews({ store, loadMap }: ControlsOptions): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>(QUICK_VIEW_BUTTONS)) {
    button.addEventListener('click', () => {
      const view = QUICK_VIEWS.find((v) => v.id === button.dataset['atlasView']);
      if (!view) return;
      store.commit(
        { ...store.state, centerLon: view.centerLon, centerLat: view.centerLat, zoom: view.zoom },
        { moveMap: true },
      );
      loadMap();
    });
  }
}

/** Play moves the whole window one month per step until its end reaches the last month. */
function wirePlay(
  { store, months, limits, onPlayChange }: ControlsOptions,
  setWindowTo: (startMonth: string, endMonth: string) => void,
): void {
  // The controls' Play and the compact one beside the timeline on narrow screens: one player, two buttons.
  const buttons = [byId<HTMLButtonElement>(ATLAS_IDS.play), byId<HTMLButtonElement>(ATLAS_IDS.playCompact)];
  const show = (playing: boolean) => {
    for (const b of buttons) {
      b.setAttribute('aria-pressed', String(playing));
      b.textContent = playing ? 'Pause' : 'Play';
    }
  };
  buttons[1]!.hidden = false;
  let playTimer: number | null = null;
  function startPlaying() {
    const state = store.state;
    const length = months.index(state.endMonth) - months.index(state.startMonth);
    // Start from the beginning if the window already touches the end.
    if (state.endMonth >= limits.lastMonth)
      setWindowTo(limits.firstMonth, months.month(months.index(limits.firstMonth) + length));
    show(true);
    onPlayChange?.(true);
    playTimer = window.setInterval(() => {
      const nextEnd = months.index(store.state.endMonth) + 1;
      if (months.month(nextEnd) > limits.lastMonth) return stopPlaying();
      setWindowTo(months.month(months.index(store.state.startMonth) + 1), months.month(nextEnd));
    }, PLAY_STEP_MS);
  }
  function stopPlaying() {
    if (playTimer !== null) window.clearInterval(playTimer);
    playTimer = null;
    show(false);
    onPlayChange?.(false);
  }
  for (const b of buttons) b.addEventListener('click', () => (playTimer === null ? startPlaying() : stopPlaying()));
}

function wireCopyLink(sharePath: string): void {
  byId<HTMLButtonElement>(ATLAS_IDS.copyLink).addEventListener('click', async () => {
    const copyStatus = byId(ATLAS_IDS.copyStatus);
    const link = `${location.origin}${sharePath}${location.search}`;
    try {
      await navigator.clipboard.writeText(link);
      copyStatus.textContent = 'Link copied.';
    } catch {
      copyStatus.textContent = `Copy this link: ${link}`;
    }
  });
}

const sameSpan = (a: MonthSpan | null, b: MonthSpan | null) =>
  a !== null && b !== null && a.startMonth === b.startMonth && a.endMonth === b.endMonth;

/** "Compare with…": presets and a custom reference window; and the route-width scale beside the layers. */
function wireCompare({ store, limits, refresh, loadMap }: ControlsOptions): Controls {
  const select = byId<HTMLSelectElement>(ATLAS_IDS.compareWith);
  const custom = byId(ATLAS_IDS.compareCustom);
  const from = byId<HTMLInputElement>(ATLAS_IDS.compareFrom);
  const to = byId<HTMLInputElement>(ATLAS_IDS.compareTo);
  const words = byId(ATLAS_IDS.compareWords);
  const widths = byId<HTMLSelectElement>(ATLAS_IDS.widthScaleChoice);
  const setCompare = (compare: MonthSpan | null) => {
    store.commit({ ...store.state, compare });
    loadMap();
  };
  select.addEventListener('change', () => {
    const presets = comparePresets(store.state, limits);
    if (select.value === 'none') setCompare(null);
    else if (select.value === 'previous') setCompare(presets.previous);
    else if (select.value === 'year') setCompare(presets.yearEarlier);
    else {
      // Custom starts from the current reference, or the window just before, for the reader to edit.
      custom.hidden = false;
      setCompare(store.state.compare ?? presets.previous ?? presets.yearEarlier);
    }
  });
  for (const input of [from, to]) {
    input.addEventListener('change', () => {
      const start = from.value;
      const end = to.value;
      const ok = [start, end].every((m) => /^\d{4}-\d{2}$/.test(m) && m >= limits.firstMonth && m <= limits.lastMonth);
      if (!ok) return refresh();
      setCompare(start <= end ? { startMonth: start, endMonth: end } : { startMonth: end, endMonth: start });
    });
  }
  widths.addEventListener('change', () => {
    const value = widths.value === 'auto' ? null : (widths.value as WidthScaleChoice);
    store.commit({ ...store.state, widthScale: value });
  });

  return {
    render(state) {
      const presets = comparePresets(state, limits);
      const kind = !state.compare
        ? 'none'
        : sameSpan(state.compare, presets.previous)
          ? 'previous'
          : sameSpan(state.compare, presets.yearEarlier)
            ? 'year'
            : 'custom';
      if (document.activeElement !== select) select.value = kind;
      // A preset that does not fit in the data's months cannot be chosen.
      for (const option of select.options) {
        if (option.value === 'previous') option.disabled = presets.previous === null;
        if (option.value === 'year') option.disabled = presets.yearEarlier === null;
      }
      if (kind === 'custom') custom.hidden = false;
      else if (kind === 'none') custom.hidden = true;
      from.value = state.compare?.startMonth ?? '';
      to.value = state.compare?.endMonth ?? '';
      words.textContent = state.compare
        ? `Reference window: ${windowInWords(state.compare.startMonth, state.compare.endMonth)}`
        : '';
      widths.value = state.widthScale ?? 'auto';
    },
  };
}
