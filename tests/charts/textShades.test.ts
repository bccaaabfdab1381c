// Route names written as text read at 4.5:1 in both themes, and the CSS declares the same shades the charts use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, MIN_TEXT_CONTRAST } from '../../src/lib/core/contrast.ts';
import { parseCsvRecords } from '../../src/lib/data/csv.ts';
import { routeTextShade, THEME_BACKGROUNDS, type Theme } from '../../src/charts/textShades.ts';

const ROOT = join(import.meta.dirname, '../..');
const css = readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8');
const routesCsv = parseCsvRecords(readFileSync(join(ROOT, 'data/routes.csv'), 'utf8'), 'routes.csv');
const routes = routesCsv.records.map(({ cells }) => ({
  id: cells[routesCsv.header.indexOf('id')]!,
  colour: cells[routesCsv.header.indexOf('colour')]!,
}));

/** The custom properties declared in the first block of CSS that starts at `selector`. */
function block(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const THEME_BLOCKS: Record<Theme, string[]> = {
  light: [':root'],
  dark: ["  :root:not([data-theme='light'])", ":root[data-theme='dark']"],
};

describe('route text shades', () => {
  it('covers every route', () => {
    expect(routes.length).toBeGreaterThanOrEqual(7);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`read at ${MIN_TEXT_CONTRAST}:1 on the ${theme} page and surface`, () => {
      for (const route of routes) {
        const shade = routeTextShade(route.colour, theme);
        for (const bg of THEME_BACKGROUNDS[theme]) {
          expect(contrastRatio(shade, bg), `${route.id} ${shade} on ${bg}`).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
        }
      }
    });

    it(`are the --route-text-* properties of global.css in the ${theme} theme, on its own backgrounds`, () => {
      for (const selector of THEME_BLOCKS[theme]) {
        const props = block(selector);
        expect([props['--bg'], props['--surface']], selector).toEqual(THEME_BACKGROUNDS[theme]);
        for (const route of routes) {
          expect(props[`--route-text-${route.id}`], `${selector} ${route.id}`).toBe(
            routeTextShade(route.colour, theme),
          );
        }
      }
    });
  }

  it('are what chart labels of each route are filled with', () => {
    for (const route of routes) {
      expect(css).toContain(`.chart-label[data-series='${route.id}'] {\n  fill: var(--route-text-${route.id});\n}`);
    }
  });
});
