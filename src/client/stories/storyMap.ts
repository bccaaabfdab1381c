// The story's one WebGL map: the atlas's own map (src/client/atlas/map.ts, through its public API), imported
// only when the reader starts the story. Without WebGL, or if loading fails, the static step maps stay.
import type { AtlasPayload } from '../../lib/atlas/payload.ts';
import type { AtlasState } from '../../lib/atlas/state.ts';
import { hasWebGl } from '../atlas/mapLoader.ts';

export interface StoryMap {
  /** Shows a step: a short flight when `animate`, else a jump; either stops a running flight. */
  show(state: AtlasState, animate: boolean): void;
}

export async function createStoryMap(
  mapBox: HTMLElement,
  options: { dataUrl: string; basemapUrl: string; initial: () => AtlasState; reducedMotion: boolean },
): Promise<StoryMap | null> {
  if (!hasWebGl()) {
    mapBox.dataset['map'] = 'fallback';
    return null;
  }
  mapBox.dataset['map'] = 'loading';
  try {
    const [{ createAtlasMap }, payload] = await Promise.all([
      import('../atlas/map.ts'),
      fetch(options.dataUrl).then((response) => response.json() as Promise<AtlasPayload>),
    ]);
    const canvas = mapBox.querySelector<HTMLElement>('.story-map-canvas')!;
    const map = await createAtlasMap(canvas, {
      payload,
      basemapUrl: options.basemapUrl,
      state: options.initial(),
      reducedMotion: options.reducedMotion,
      onPick: () => {},
      onCameraChange: () => {},
    });
    // The map box is hidden from screen readers (each step says in words what it shows): keep it out of the
    // tab order too.
    for (const focusable of canvas.querySelectorAll('[tabindex]')) focusable.setAttribute('tabindex', '-1');
    return {
      show(state, animate) {
        // Read by tests and tools: whether the last step change flew or jumped.
        mapBox.dataset['motion'] = animate ? 'fly' : 'jump';
        map.update(state, true, { animate });
      },
    };
  } catch {
    mapBox.dataset['map'] = 'fallback';
    return null;
  }
}
