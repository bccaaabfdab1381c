import { describe, expect, it } from 'vitest';
import { PREVIEW_SIZE, previewCardSvg, wrapText } from '../../../src/charts/preview/previewCard.ts';
import { svgToPng } from '../../../src/lib/io/previewImage.ts';

describe('wrapText', () => {
  it('breaks on spaces within the width and ends a cut last line with an ellipsis', () => {
    expect(wrapText('one two three four', 9, 3)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
  });
});

describe('previewCardSvg', () => {
  it('draws the title, figure and sources escaped, at the preview size', () => {
    const svg = previewCardSvg({ title: 'A <b> & C', subtitle: 'fell 97%', sourceLine: 'Frontex' });
    expect(svg).toContain(`width="${PREVIEW_SIZE.widthPx}" height="${PREVIEW_SIZE.heightPx}"`);
    expect(svg).toContain('A &lt;b&gt; &amp; C');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('fell 97%');
  });

  it('renders to a PNG of 1200×630 with the bundled font, offline', () => {
    const png = svgToPng(previewCardSvg({ title: 'Title', sourceLine: 'Source' }));
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
  });
});
