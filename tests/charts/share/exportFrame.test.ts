import { describe, expect, it } from 'vitest';
import { exportFrameSvg, tableSvg, wrapText } from '../../../src/charts/share/exportFrame.ts';

const colours = { background: '#fff', text: '#111', muted: '#555' };

describe('export frame', () => {
  it('wraps text to the width without losing a word', () => {
    const text = 'Frontex, monthly detections of illegal border-crossings by route; data as of 3 June 2025';
    const lines = wrapText(text, 200, 11);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
  });

  it('cuts a word longer than a line, such as a permalink on a narrow image', () => {
    const url = `https://a.example/timelines/?rates=quarter,linear,combined${'x'.repeat(60)}#rates`;
    const lines = wrapText(`Site · ${url}`, 200, 11);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(Math.floor(200 / (11 * 0.55)));
    expect(lines.slice(1).join('')).toBe(url);
  });

  it('frames the drawing with title, subtitle, sources and site line, sized to hold them all', () => {
    const frame = exportFrameSvg({
      bodyWidthPx: 600,
      bodyHeightPx: 300,
      bodyMarkup: '<svg width="600" height="300"></svg>',
      title: 'Deaths & missing <per year>',
      subtitle: 'Per: quarter',
      sourceLines: ['Source one', 'Source two'],
      siteLine: 'Shifting Routes · version 1',
      colours,
    });
    expect(frame.widthPx).toBe(632);
    expect(frame.heightPx).toBeGreaterThan(300 + 18 + 13 + 2 * 11);
    expect(frame.markup).toMatch(
      new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 632 ${frame.heightPx}"`),
    );
    expect(frame.markup).toContain(`width="632" height="${frame.heightPx}"`);
    expect(frame.markup).toContain('Deaths &amp; missing &lt;per year&gt;');
    expect(frame.markup).toContain('>Source two</text>');
    expect(frame.markup).toContain('font-family="system-ui');
    expect(frame.markup).toContain('<svg width="600" height="300"></svg>');
  });

  it('draws a table with one text per cell', () => {
    const { markup, heightPx } = tableSvg(
      ['Route', 'Before'],
      [
        ['Atlantic', '1,200'],
        ['Central', '3'],
      ],
      600,
      colours,
    );
    expect(markup.match(/<text/g)).toHaveLength(6);
    expect(heightPx).toBeGreaterThan(2 * 18);
  });
});
