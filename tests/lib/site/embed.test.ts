import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  EMBED_MESSAGES,
  embedSnippet,
  iframeSnippet,
  parseEmbedOptions,
  responsiveSnippet,
  viewQuery,
} from '../../../src/lib/site/embed.ts';

describe('embed', () => {
  it('keeps only the parameters a view carries', () => {
    expect(viewQuery('?detections=year,log,combined&rates=quarter,linear,combined', ['rates'])).toBe(
      '?rates=quarter,linear,combined',
    );
    expect(viewQuery('?from=2016-01&to=2016-12&c=12,34,5', '*')).toBe('?from=2016-01&to=2016-12&c=12,34,5');
    expect(viewQuery('', '*')).toBe('');
    expect(viewQuery('?other=1', ['rates'])).toBe('');
  });

  it('writes an iframe whose address and title cannot break out of their attributes', () => {
    const html = iframeSnippet('https://example.org/embed/atlas/?from=2016-01&to="><script>', 'A "title" <b>', 640.4);
    expect(html).toBe(
      '<iframe src="https://example.org/embed/atlas/?from=2016-01&amp;to=&quot;&gt;&lt;script&gt;" title="A &quot;title&quot; &lt;b&gt;" width="100%" height="640" style="border:0;width:100%" loading="lazy"></iframe>',
    );
  });
});

describe('responsive snippet', () => {
  it('adds /embed.js from the embed’s own origin and keeps the fixed height as the fallback', () => {
    const html = responsiveSnippet('https://routes.example.org/embed/timelines/rates/?rates=year', 'Rates', 840);
    expect(html).toContain('height="840"');
    expect(html).toContain(
      '<iframe data-shifting-routes src="https://routes.example.org/embed/timelines/rates/?rates=year"',
    );
    expect(html).toContain('<script src="https://routes.example.org/embed.js" async></script>');
    expect(embedSnippet('plain', 'https://routes.example.org/embed/atlas/', 'Atlas', 900)).not.toContain('<script');
  });

  it('names the same messages as public/embed.js, which cannot import them', () => {
    const script = readFileSync('public/embed.js', 'utf8');
    for (const type of Object.values(EMBED_MESSAGES)) expect(script).toContain(`'${type}'`);
  });
});

describe('embed options', () => {
  it('reads theme, plain and static, and falls back to light and off', () => {
    expect(parseEmbedOptions('')).toEqual({ theme: 'light', plain: false, static: false });
    expect(parseEmbedOptions('?theme=dark&plain=1&static=1')).toEqual({ theme: 'dark', plain: true, static: true });
    expect(parseEmbedOptions('?theme=auto')).toMatchObject({ theme: 'auto' });
    expect(parseEmbedOptions('?theme=purple&plain=yes&static=0')).toEqual({
      theme: 'light',
      plain: false,
      static: false,
    });
  });

  it('leaves the frame’s options out of the view a full-site link carries', () => {
    expect(viewQuery('?from=2016-01&theme=dark&plain=1&static=1', '*')).toBe('?from=2016-01');
  });
});
