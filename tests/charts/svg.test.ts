// The SVG frame every chart and map is drawn in: accessible name and description, or hidden when decorative.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { h, polylinePath, svgFrame, svgFrameMarkup, toSvgString } from '../../src/charts/svg.ts';

const SRC = join(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro)$/.test(entry.name) ? [path] : [];
  });
}

describe('svgFrame', () => {
  it('names a drawing by its title and description, with ids from the prefix', () => {
    const svg = toSvgString(
      svgFrame(
        {
          widthPx: 300,
          heightPx: 100,
          label: { title: 'A & B', description: 'More <text>', idPrefix: 'fig' },
          attrs: { class: 'chart' },
        },
        h('rect', { width: 1, height: 1 }),
      ),
    );
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100" width="100%" role="img"' +
        ' aria-labelledby="fig-title fig-desc" class="chart"><title id="fig-title">A &amp; B</title>' +
        '<desc id="fig-desc">More &lt;text&gt;</desc><rect width="1" height="1"/></svg>',
    );
  });

  it('is a group when asked, and names by the title alone without a description', () => {
    const svg = toSvgString(
      svgFrame({ widthPx: 10, heightPx: 10, label: { title: 'T', idPrefix: 'k', role: 'group' } }),
    );
    expect(svg).toContain('role="group" aria-labelledby="k-title"');
    expect(svg).not.toContain('<desc');
  });

  it('hides a decorative drawing and gives it no title', () => {
    const svg = toSvgString(svgFrame({ widthPx: 10, heightPx: 10, label: null }, h('circle', { r: 1 })));
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).not.toMatch(/role=|<title|aria-labelledby/);
  });

  it('frames markup built as a string exactly as it frames a tree', () => {
    const options = { widthPx: 20, heightPx: 10, label: { title: 'T', description: 'D', idPrefix: 'm' } };
    const child = h('path', { d: 'M0,0L1,1' });
    expect(svgFrameMarkup(options, toSvgString(child))).toBe(toSvgString(svgFrame(options, child)));
  });

  it('is the only place in src/ that opens an <svg> root', () => {
    const own = join(SRC, 'charts/svg.ts');
    const files = sourceFiles(SRC).filter((f) => f !== own);
    expect(files.length).toBeGreaterThan(20);
    const byHand = files
      .filter((f) => /<svg[\s>]|h\(\s*['"]svg['"]|createElementNS\([^)]*['"]svg['"]\)/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(byHand).toEqual([]);
  });
});

describe('toSvgString attributes', () => {
  it('writes a true attribute with an empty value, as XML requires, and leaves false and null out', () => {
    const markup = toSvgString(h('rect', { hidden: true, focusable: false, id: null, width: 4 }));
    expect(markup).toBe('<rect hidden="" width="4"/>');
    // Every attribute has a quoted value: no bare name an XML parser would reject.
    expect(markup).not.toMatch(/\s[a-z-]+(?=[\s/>])(?!=)/);
  });
});

describe('polylinePath', () => {
  /** Reads the path back: its absolute start and relative steps, as a browser's parser would split the numbers. */
  function decode(d: string): [number, number][] {
    expect(d).toMatch(/^M[^A-Za-z]+(l[^A-Za-z]+)?$/);
    const numbers = (text: string) => (text.match(/-?(\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    const [start, steps = ''] = d.slice(1).split('l') as [string, string?];
    const [x0, y0] = numbers(start);
    const deltas = numbers(steps);
    const points: [number, number][] = [[x0!, y0!]];
    for (let i = 0; i < deltas.length; i += 2) {
      const [px0, py0] = points.at(-1)!;
      points.push([Math.round((px0 + deltas[i]!) * 10) / 10, Math.round((py0 + deltas[i + 1]!) * 10) / 10]);
    }
    return points;
  }

  it('draws the points rounded to a tenth of a pixel, with no drift along a long line', () => {
    const points: [number, number][] = Array.from({ length: 500 }, (_, i) => [
      56 + i * 3.4567,
      300 - ((i * 37) % 211) * 1.03,
    ]);
    const decoded = decode(polylinePath(points));
    expect(decoded).toHaveLength(points.length);
    decoded.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(Math.round(points[i]![0] * 10) / 10, 6);
      expect(y).toBeCloseTo(Math.round(points[i]![1] * 10) / 10, 6);
    });
  });

  it('writes the shortest numbers: leading zeros and repeated commands dropped, signs as separators', () => {
    expect(
      polylinePath([
        [56, 328],
        [59.5, 328.3],
        [62.9, 326.5],
        [66.4, 326.5],
        [66.4, 0],
      ]),
    ).toBe('M56,328l3.5,.3 3.4-1.8 3.5,0 0-326.5');
    expect(polylinePath([[0.04, -0.3]])).toBe('M0,-.3');
    expect(polylinePath([])).toBe('');
  });
});
