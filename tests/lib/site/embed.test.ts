import { describe, expect, it } from 'vitest';
import { iframeSnippet, viewQuery } from '../../../src/lib/site/embed.ts';

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
      '<iframe src="https://example.org/embed/atlas/?from=2016-01&amp;to=&quot;&gt;&lt;script&gt;" title="A &quot;title&quot; &lt;b&gt;" width="100%" height="640" style="border:0" loading="lazy"></iframe>',
    );
  });
});
