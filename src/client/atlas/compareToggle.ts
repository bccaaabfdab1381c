// On a phone, where two maps side by side do not fit, compare mode shows one map and a before/after toggle:
// "Before" draws the reference window, "After" the current one, and the change labels stay on both. On a
// wider screen the map draws both windows at once and the toggle is hidden (AtlasView.astro's CSS).
// The choice is not part of the view in the URL: a shared link opens on "After", like a wide screen.
import { ATLAS_IDS } from '../../lib/atlas/elementIds.ts';
import type { AtlasState } from '../../lib/atlas/state.ts';
import { windowInWords } from '../../lib/time/words.ts';
import { byId } from './dom.ts';
import type { AtlasStore } from './state.ts';

/** Below this width the map shows one window at a time (matches the toggle's media query in AtlasView.astro). */
export const PHONE_QUERY = '(max-width: 640px)';

let choice: 'before' | 'after' = 'after';

/** Which window the map draws: both on a wide screen, the toggle's choice on a phone. */
export function shownWindow(): 'both' | 'before' | 'after' {
  return matchMedia(PHONE_QUERY).matches ? choice : 'both';
}

export function initCompareToggle(store: AtlasStore, loadMap: () => void): { render(state: AtlasState): void } {
  const group = byId(ATLAS_IDS.compareToggle);
  const before = byId<HTMLButtonElement>(ATLAS_IDS.compareBefore);
  const after = byId<HTMLButtonElement>(ATLAS_IDS.compareAfter);
  const choose = (next: 'before' | 'after') => {
    choice = next;
    loadMap();
    // Same state: re-renders the toggle and the map with the new choice.
    store.commit({ ...store.state });
    (next === 'before' ? before : after).focus();
  };
  before.addEventListener('click', () => choose('before'));
  after.addEventListener('click', () => choose('after'));
  group.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowLeft') choose('before');
    else if (event.key === 'ArrowRight') choose('after');
    else return;
    event.preventDefault();
  });
  // A horizontal swipe across the toggle flips it, as readers expect of a before/after view.
  let swipeStartX: number | null = null;
  group.addEventListener('pointerdown', (event) => (swipeStartX = event.clientX));
  group.addEventListener('pointerup', (event) => {
    if (swipeStartX === null) return;
    const dx = event.clientX - swipeStartX;
    swipeStartX = null;
    if (Math.abs(dx) > 40) choose(dx > 0 ? 'after' : 'before');
  });

  return {
    render(state) {
      group.hidden = state.compare === null;
      if (!state.compare) return;
      before.textContent = `Before: ${windowInWords(state.compare.startMonth, state.compare.endMonth)}`;
      after.textContent = `After: ${windowInWords(state.startMonth, state.endMonth)}`;
      before.setAttribute('aria-pressed', String(choice === 'before'));
      after.setAttribute('aria-pressed', String(choice === 'after'));
    },
  };
}
