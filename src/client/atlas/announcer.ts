// The atlas's one live region. Screen readers hear a change only once it has settled (the reader stopped
// dragging, stepping or panning for SETTLE_MS), only when what it would say differs from what it said
// last, and nothing while Play runs but "playing" and "paused": a window moving every 900 ms would
// otherwise queue a sentence per step, and an empty details panel would repeat its placeholder.
import { ATLAS_IDS } from '../../lib/atlas/elementIds.ts';
import { windowInWords } from '../../lib/time/words.ts';
import type { AtlasState } from '../../lib/atlas/state.ts';
import { byId } from './dom.ts';

export const SETTLE_MS = 1000;

export interface Announcer {
  /** A committed state: announced after SETTLE_MS without another, if it says something new. */
  changed(state: AtlasState): void;
  /** Play started or stopped: said at once; while playing, changes are not announced. */
  playing(on: boolean, state: AtlasState): void;
}

/**
 * What the atlas says about a state: the summary's first sentence (the window and its dead and missing)
 * and, if any, the selected feature's heading. The summary and details panel have rendered this state by
 * the time the change settles.
 */
function message(state: AtlasState): { key: string; text: string } {
  const window = windowInWords(state.startMonth, state.endMonth);
  const sel = state.selected;
  const headline = byId(ATLAS_IDS.summaryText).querySelector('p')?.textContent ?? `${window}.`;
  const heading = sel ? byId(ATLAS_IDS.details).querySelector('h3')?.textContent : null;
  return {
    key: `${window}|${sel ? `${sel.kind}:${sel.id}` : ''}|${heading ?? ''}`,
    text: heading ? `${headline} Selected: ${heading}.` : headline,
  };
}

export function createAnnouncer(): Announcer {
  const region = byId(ATLAS_IDS.announcer);
  let timer: number | null = null;
  let isPlaying = false;
  let lastKey: string | null = null;
  const cancel = () => {
    if (timer !== null) window.clearTimeout(timer);
    timer = null;
  };
  return {
    changed(state) {
      cancel();
      if (isPlaying) return;
      // The page as loaded is not news: remember it without saying it.
      if (lastKey === null) {
        lastKey = message(state).key;
        return;
      }
      timer = window.setTimeout(() => {
        timer = null;
        const { key, text } = message(state);
        if (key === lastKey) return;
        lastKey = key;
        region.textContent = text;
      }, SETTLE_MS);
    },
    playing(on, state) {
      cancel();
      isPlaying = on;
      const { key } = message(state);
      lastKey = key;
      region.textContent = on
        ? 'Playing: the window moves one month at a time.'
        : `Paused at ${windowInWords(state.startMonth, state.endMonth)}.`;
    },
  };
}
