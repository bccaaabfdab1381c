// Drawing the text layers' glyph atlases ahead, while MapLibre loads its basemap and the main thread waits for its
// worker. deck.gl's TextLayer draws a glyph atlas (for the halo'd labels, a distance field of each character) when
// it is set up, and keeps it in a cache shared by every TextLayer, keyed by font (family, weight, atlas
// settings). Drawing the same fonts' characters here, a few per idle slice, fills that cache, so the layers'
// set-up finds every character drawn: on a phone's CPU that is 100–200 ms less in the tasks that set the text
// layers up (bench/README.md).
//
// deck.gl does not export its FontAtlasManager, so this imports deck.gl's own module file: the bundler resolves it
// to the very module @deck.gl/layers imports, so both use one cache. If a deck.gl upgrade moves it, the build
// fails here rather than the cache silently going unshared.
import FontAtlasManager from '../../../node_modules/@deck.gl/layers/dist/text-layer/font-atlas-manager.js';
import type { TextFont } from '../../map/layers.ts';
import { idle } from './idle.ts';

/** Characters drawn per step: a few ms on a laptop, tens on a phone. */
const CHARACTERS_PER_STEP = 4;

export interface GlyphAtlasRequest {
  font: TextFont;
  characters: readonly string[] | string;
}

/**
 * Draws each requested font's characters into deck.gl's glyph atlas cache, a few at a time while the main thread
 * is idle. Characters already drawn are skipped (deck.gl draws only those its cache lacks), so a layer set up
 * before this finishes loses nothing: it draws the rest itself.
 */
export async function drawGlyphAtlasesAhead(requests: readonly GlyphAtlasRequest[]): Promise<void> {
  for (const { font, characters } of requests) {
    const all = [...new Set(characters)];
    const manager = new FontAtlasManager();
    // Another step is taken in the same idle period only if the last one would still fit in what is left of it,
    // so that drawing ahead never holds the main thread much past the idle period the browser offered.
    for (let drawn = 0; drawn < all.length;) {
      const deadline = await idle();
      for (;;) {
        const start = performance.now();
        drawn = Math.min(all.length, drawn + CHARACTERS_PER_STEP);
        manager.setProps({
          ...font.fontSettings,
          fontFamily: font.fontFamily,
          fontWeight: font.fontWeight,
          characterSet: all.slice(0, drawn),
        });
        const stepMs = performance.now() - start;
        if (drawn >= all.length || deadline === null || deadline.timeRemaining() <= stepMs) break;
      }
    }
  }
}
