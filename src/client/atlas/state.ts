// The atlas's store: the current view state and the one way to change it. Every change goes through
// commit(), which writes the URL (throttled) and tells the subscribers (controls, summary, details, map).
import { replaceViewQuery } from '../viewUrl.ts';
import { serializeAtlasState, type AtlasState } from '../../lib/atlas/state.ts';

export interface CommitOptions {
  /** Fly the map's camera to the new state (quick views); otherwise the camera follows the reader. */
  moveMap?: boolean;
}

export type Subscriber = (state: AtlasState, options: CommitOptions) => void;

export interface AtlasStore {
  readonly state: AtlasState;
  commit(next: AtlasState, options?: CommitOptions): void;
  /** Called on every commit, in the order of subscription. */
  subscribe(subscriber: Subscriber): void;
}

// Browsers throttle history updates (Chrome ignores more than about 100 in 10 s), and dragging or playing
// the time window changes state many times a second: write the URL at most every 200 ms, trailing.
export const URL_WRITE_INTERVAL_MS = 200;

export function createAtlasStore(initial: AtlasState, defaults: AtlasState): AtlasStore {
  let state = initial;
  const subscribers: Subscriber[] = [];

  let urlTimer: number | null = null;
  let lastUrlWrite = 0;
  function writeUrl() {
    urlTimer = null;
    lastUrlWrite = performance.now();
    replaceViewQuery(serializeAtlasState(state, defaults));
  }
  function scheduleUrl() {
    if (urlTimer !== null) return;
    const wait = Math.max(0, URL_WRITE_INTERVAL_MS - (performance.now() - lastUrlWrite));
    if (wait === 0) writeUrl();
    else urlTimer = window.setTimeout(writeUrl, wait);
  }

  return {
    get state() {
      return state;
    },
    commit(next, options = {}) {
      performance.mark('atlas-change-start');
      state = next;
      scheduleUrl();
      // Each subscriber gets the state as it is when its turn comes: one may commit again (the details
      // panel clears a selection that no longer exists), and those after it must see that.
      for (const subscriber of subscribers) subscriber(state, options);
      // Read by the benchmark: the script cost of one change, before the browser renders it.
      performance.measure('atlas-change', 'atlas-change-start');
    },
    subscribe(subscriber) {
      subscribers.push(subscriber);
    },
  };
}
