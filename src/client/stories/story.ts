// A route story in the browser. The active step is decided by POSITION (the last step past the trigger line,
// src/lib/stories/scroll.ts), recomputed on every scroll frame, never by the order of enter/exit callbacks; one
// applyState(state, { animate }) moves the map, the timeline strip and data-window the same way however the
// step was reached. The WebGL map (the atlas's map.ts) loads only when the reader starts the story; until then
// the page fetches its code while idle, without compiling or running it (atlas/mapPrefetch.ts).
import {
  activeStepIndex,
  shouldAnimate,
  stepAtlasState,
  stepIndexFromHash,
  triggerLinePx,
  windowAttribute,
} from '../../lib/stories/scroll.ts';
import type { StoryViewState } from '../../lib/stories/types.ts';
import { monthToIndex } from '../../lib/time/months.ts';
import { pxAtMonth } from '../../charts/atlas/windowSparkline.ts';
import { replaceViewHash } from '../viewUrl.ts';
import { prefersReducedMotion } from '../atlas/dom.ts';
import { createStoryMap, type StoryMap } from './storyMap.ts';
import { afterLoadWhenIdle, prefetchMap, saveDataRequested } from '../atlas/mapPrefetch.ts';
import { hasWebGl } from '../atlas/mapLoader.ts';
import { idleMapPlan } from '../../lib/atlas/mapAssets.ts';

export interface StoryConfig {
  storyPath: string;
  pagePath: string;
  openIndex: number;
  originMonth: string;
  dataUrl: string;
  basemapUrl: string;
  steps: { id: string; heading: string; state: StoryViewState; path: string; mapPath: string }[];
}

/** How long the active step must stay put before the address is replaced. */
const HASH_WRITE_DELAY_MS = 150;

/** The side-by-side layout starts here (StoryView.astro's media query); below it the map band covers the top. */
const WIDE_LAYOUT = '(min-width: 60rem)';

function must<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} is missing from the story page`);
  return found;
}

export function startStory(root: HTMLElement): void {
  const config = JSON.parse(root.dataset['config'] ?? '{}') as StoryConfig;
  const steps = [...root.querySelectorAll<HTMLElement>('.story-step')];
  const railLinks = [...root.querySelectorAll<HTMLAnchorElement>('[data-rail-step]')];
  const panel = must<HTMLElement>(root, '.story-panel');
  const mapBox = must<HTMLElement>(root, '#story-map');
  const staticImage = must<HTMLImageElement>(mapBox, '.story-map-static');
  const count = must<HTMLElement>(root, '#story-step-count');
  const announcer = must<HTMLElement>(root, '#story-announcer');
  const windowRect = root.querySelector<SVGRectElement>('.story-strip .window-rect');
  const monthsInStrip = Number(root.querySelector<SVGElement>('.story-strip svg')?.dataset['months'] ?? 0);
  const previous = must<HTMLButtonElement>(root, '[data-step-move="-1"]');
  const next = must<HTMLButtonElement>(root, '[data-step-move="1"]');
  const reducedMotion = prefersReducedMotion();

  let activeIndex = -1;
  let applied: { index: number; state: StoryViewState } | null = null;
  let map: StoryMap | null = null;

  // The map box's size, kept by a ResizeObserver: reading clientWidth in a step change, after its DOM writes,
  // forced a synchronous layout of the whole page on every step.
  let boxSize = { widthPx: mapBox.clientWidth, heightPx: mapBox.clientHeight };
  const box = () => boxSize;
  new ResizeObserver(() => {
    const next = { widthPx: mapBox.clientWidth, heightPx: mapBox.clientHeight };
    if (next.widthPx === boxSize.widthPx && next.heightPx === boxSize.heightPx) return;
    boxSize = next;
    // The same bounds refitted to the new box, at once.
    if (map && applied) map.show(stepAtlasState(applied.state, boxSize), false);
  }).observe(mapBox);
  const wideLayout = matchMedia(WIDE_LAYOUT);

  /** The one way a state reaches the screen: the same result from a scroll, a key, a link or a resize. */
  function applyState(state: StoryViewState, { animate }: { animate: boolean }): void {
    mapBox.dataset['window'] = windowAttribute(state);
    if (windowRect && monthsInStrip > 0) {
      const start = monthToIndex(state.startMonth, config.originMonth);
      const end = monthToIndex(state.endMonth, config.originMonth);
      windowRect.setAttribute('x', String(pxAtMonth(start, monthsInStrip)));
      windowRect.setAttribute('width', String(pxAtMonth(end + 1, monthsInStrip) - pxAtMonth(start, monthsInStrip)));
    }
    // A new state stops any running flight: map.update jumps or starts a new flight from where the camera is.
    map?.show(stepAtlasState(state, box()), animate);
  }

  function activate(index: number, how: 'scroll' | 'move' | 'open'): void {
    if (index === activeIndex) return;
    performance.mark('story-step-start');
    const step = config.steps[index]!;
    const animate = shouldAnimate(
      applied ? { index: applied.index, bounds: applied.state.bounds } : null,
      { index, bounds: step.state.bounds },
      reducedMotion,
    );
    markCurrent(activeIndex, index);
    activeIndex = index;
    count.textContent = `Step ${index + 1} of ${steps.length}`;
    previous.disabled = index === 0;
    next.disabled = index === steps.length - 1;
    mapBox.dataset['step'] = step.id;
    if (!map) staticImage.src = step.mapPath;
    applyState(step.state, { animate });
    applied = { index, state: step.state };
    // The address names the step shown; a step page opened at its own step keeps its clean address.
    scheduleHash(location.pathname === step.path ? '' : step.id);
    // Buttons and keys move the reader without a scroll they chose: say where they are. Scrolling is silent.
    if (how === 'move') announcer.textContent = `Step ${index + 1} of ${steps.length}: ${step.heading}`;
    // Read by the benchmark: the script cost of one step change, before the browser renders it.
    performance.measure('story-step', 'story-step-start');
  }

  /**
   * Moves aria-current from the old step and rail link to the new ones; touching every step and link restyled
   * the whole rail on each change. Before the first step change every one is cleared (the page's HTML marks
   * its own step, which a #step address may override).
   */
  function markCurrent(from: number, to: number): void {
    const marked = from < 0 ? [...steps, ...railLinks] : [steps[from], railLinks[from]];
    for (const el of marked) el?.removeAttribute('aria-current');
    steps[to]!.setAttribute('aria-current', 'step');
    railLinks[to]?.setAttribute('aria-current', 'step');
  }

  // history.replaceState costs several ms in Chromium (it was the largest part of a step change's script), so
  // the address is written once the steps settle, not on every step a fast scroll passes.
  let hashTimer = 0;
  function scheduleHash(id: string): void {
    clearTimeout(hashTimer);
    hashTimer = window.setTimeout(() => replaceViewHash(id), HASH_WRITE_DELAY_MS);
  }

  function obstructionPx(): number {
    // The band's height once stuck at the top, not where it is now: the trigger must not move as it sticks.
    return wideLayout.matches ? 0 : panel.getBoundingClientRect().height;
  }
  function trigger(): number {
    return triggerLinePx(innerHeight, obstructionPx());
  }
  function indexByPosition(): number {
    return activeStepIndex(
      steps.map((el) => el.getBoundingClientRect().top),
      trigger(),
    );
  }
  /** Scrolls a step's top just past the trigger line, at once: the map, not the page, is what moves. */
  function scrollToStep(index: number): void {
    const top = steps[index]!.getBoundingClientRect().top + scrollY - trigger() + 2;
    scrollTo({ top: Math.max(0, top), behavior: 'instant' });
  }
  function moveTo(index: number): void {
    const target = Math.max(0, Math.min(steps.length - 1, index));
    startMap();
    scrollToStep(target);
    activate(target, 'move');
  }

  let mapStarted = false;
  function startMap(): void {
    if (mapStarted) return;
    mapStarted = true;
    createStoryMap(mapBox, {
      dataUrl: config.dataUrl,
      basemapUrl: config.basemapUrl,
      initial: () => stepAtlasState(config.steps[Math.max(0, activeIndex)]!.state, box()),
      reducedMotion,
    }).then((created) => {
      if (!created) return;
      map = created;
      // The reader may have moved while the map loaded: show the step that is active now, without a flight.
      const step = config.steps[activeIndex]!;
      map.show(stepAtlasState(step.state, box()), false);
      mapBox.dataset['map'] = 'ready';
    });
  }

  let frame = 0;
  function onScroll(): void {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      activate(indexByPosition(), 'scroll');
    });
  }

  // Open at the step the address names (#step), else at the page's own step, with its state applied at once.
  const fromHash = stepIndexFromHash(
    location.hash,
    config.steps.map((s) => s.id),
  );
  const openIndex = fromHash ?? config.openIndex;
  if (openIndex > 0 || fromHash !== null) scrollToStep(openIndex);
  activate(openIndex, 'open');
  addEventListener('scroll', onScroll, { passive: true });
  // A resize may move the steps past the trigger line; the map box's own resize refits the camera (above).
  addEventListener('resize', onScroll);

  // The reader starts the story by scrolling or moving to a step: only then does WebGL load. The scroll that
  // opened the page at its step is not the reader's, so listening starts after it has settled.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      addEventListener('scroll', startMap, { once: true, passive: true });
      for (const type of ['wheel', 'touchmove'] as const)
        addEventListener(type, startMap, { once: true, passive: true });
    }),
  );

  // Until the reader starts the story, the page fetches the map's code and basemap while idle,
  // without running them (and not at all without WebGL or when the reader asked to save data).
  afterLoadWhenIdle(() => {
    if (mapStarted) return;
    if (idleMapPlan({ webgl: hasWebGl(), saveData: saveDataRequested(), loadOnIdle: false }) === 'prefetch')
      prefetchMap();
  });

  previous.addEventListener('click', () => moveTo(activeIndex - 1));
  next.addEventListener('click', () => moveTo(activeIndex + 1));
  railLinks.forEach((link, i) =>
    link.addEventListener('click', (event) => {
      event.preventDefault();
      moveTo(i);
    }),
  );
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      moveTo(activeIndex + (event.key === 'ArrowRight' ? 1 : -1));
    }
  });

  // Read by tests and tools: the keys, buttons and scroll listeners are in place.
  root.dataset['started'] = 'true';
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-copy-path]')) {
    button.addEventListener('click', () => {
      const url = new URL(button.dataset['copyPath']!, location.origin).href;
      navigator.clipboard
        ?.writeText(url)
        .then(() => (announcer.textContent = 'Link to this step copied.'))
        .catch(() => (announcer.textContent = `Copy this link: ${url}`));
    });
  }
}
