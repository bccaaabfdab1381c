import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  SHIFT_MAP_TEXT_TIERS_PX,
  STATIC_MAP_SIZE,
  STATIC_TEXT_TIERS_PX,
  textTierQueries,
  type TextTierQuery,
} from '../../../src/lib/atlas/staticViews.ts';

/**
 * The text-tier container queries written in a component's CSS: each query's thresholds, the tier it hides and
 * the one it shows. CSS cannot read the constants, so the components write the queries out and this reads them.
 */
function queriesInCss(path: string, container: string): TextTierQuery[] {
  const css = readFileSync(path, 'utf8');
  const query = new RegExp(
    `@container ${container} \\(min-width: ([\\d.]+)px\\)(?: and \\(min-height: ([\\d.]+)px\\))? \\{` +
      `\\s*[^{]*data-tier='(\\d+)'\\]\\) \\{\\s*display: none;\\s*\\}` +
      `\\s*[^{]*data-tier='(\\d+)'\\]\\) \\{\\s*display: inline;\\s*\\}`,
    'g',
  );
  return [...css.matchAll(query)].map(([, width, height, hidden, shown]) => ({
    tierPx: Number(shown),
    previousTierPx: Number(hidden),
    minWidthPx: Number(width),
    ...(height === undefined ? {} : { minHeightPx: Number(height) }),
  }));
}

describe('textTierQueries', () => {
  it('shows each tier from 11/12 of its width, rounded up, and for a fitted picture from the height that gives it', () => {
    expect(textTierQueries([288, 480], 620 / 960)).toEqual([
      { tierPx: 480, previousTierPx: 288, minWidthPx: 440, minHeightPx: 284.17 },
    ]);
    expect(textTierQueries([480, 640])).toEqual([{ tierPx: 640, previousTierPx: 480, minWidthPx: 586.67 }]);
  });
});

describe('the components write out the text-tier queries of their constants', () => {
  it('AtlasView.astro: the static atlas pictures, fitted into the map box', () => {
    const aspect = STATIC_MAP_SIZE.heightPx / STATIC_MAP_SIZE.widthPx;
    expect(queriesInCss('src/components/atlas/AtlasView.astro', 'atlas-map')).toEqual(
      textTierQueries(STATIC_TEXT_TIERS_PX, aspect),
    );
  });

  it("MeasureShiftMap.astro: a measure page's before/after map, as wide as its column", () => {
    expect(queriesInCss('src/components/measures/MeasureShiftMap.astro', 'shift-map')).toEqual(
      textTierQueries(SHIFT_MAP_TEXT_TIERS_PX),
    );
  });
});
