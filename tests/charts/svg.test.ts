// The SVG frame every chart and map is drawn in: accessible name and description, or hidden when decorative.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { h, svgFrame, svgFrameMarkup, toSvgString } from '../../src/charts/svg.ts';

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
