import { describe, expect, it } from 'vitest';
import {
  citationBibtex,
  citationKey,
  citationText,
  siteLine,
  sourceInWords,
  viewSourceLines,
  type CitationInput,
} from '../../../src/lib/site/citation.ts';
import type { SourceInfo, UpstreamFile } from '../../../src/lib/site/sources.ts';

const source: SourceInfo = {
  id: 'frontex',
  publisher: 'Border Agency',
  title: 'Monthly detections',
  url: 'https://example.org/frontex',
  licence: 'reuse with attribution',
  dataAsOf: '2025-06-03',
  upstreamAccessed: null,
  retrieved: '2026-01-02',
  citation: 'Border Agency, detections',
};
const files: UpstreamFile[] = [
  { source: 'frontex', path: 'a.csv', origin: 'repo a', version: 'file of 19 June 2025' },
  { source: 'iom', path: 'b.csv', origin: 'repo b', version: 'file of May 2026' },
];
const input: CitationInput = {
  viewTitle: 'Deaths per 1,000 detections',
  permalink: 'https://routes.example/timelines/?rates=quarter,linear,combined#rates',
  accessedDay: '2026-11-29',
  siteVersion: '1.2.0+abc123',
  sources: [source],
  upstreamFiles: files,
  publisher: null,
};

describe('citation', () => {
  it('names a source with its data date and only its own file versions', () => {
    expect(sourceInWords(source, files)).toBe(
      'Border Agency, Monthly detections (data as of 3 June 2025; file of 19 June 2025)',
    );
  });

  it('writes the APA-like text with the site, title, version, access day, permalink and sources', () => {
    expect(citationText(input)).toBe(
      'Shifting Routes. (n.d.). Deaths per 1,000 detections [Data visualization]. Shifting Routes, version 1.2.0+abc123. ' +
        'Retrieved 29 November 2026, from https://routes.example/timelines/?rates=quarter,linear,combined#rates. ' +
        'Data: Border Agency, Monthly detections (data as of 3 June 2025; file of 19 June 2025).',
    );
  });

  it('writes a BibTeX entry whose braces and specials in the title cannot break it', () => {
    const bib = citationBibtex({ ...input, viewTitle: 'Rates {draft} & 100% _x_' });
    expect(bib.startsWith('@misc{shiftingroutes2026ratesdraft100,\n')).toBe(true);
    expect(bib).toContain('  title = {Rates \\{draft\\} \\& 100\\% \\_x\\_},');
    expect(bib).toContain(`  url = {${input.permalink}},`);
    expect(bib).toContain('  urldate = {2026-11-29},');
    expect(bib).toContain('  howpublished = {Shifting Routes, version 1.2.0+abc123},');
    expect(bib.trimEnd().endsWith('}')).toBe(true);
  });

  it('names the configured publisher as author, and the site when none is configured', () => {
    const configured = { ...input, publisher: 'Example Newsroom {Data}' };
    expect(citationText(configured).startsWith('Example Newsroom {Data}. (n.d.).')).toBe(true);
    expect(citationBibtex(configured)).toContain('  author = {Example Newsroom \\{Data\\}},');
    expect(citationBibtex(input)).toContain('  author = {Shifting Routes},');
  });

  it('builds a key of letters and digits from the title and the access year', () => {
    expect(citationKey('Before and after: EU–Turkey Statement', '2027-01-05')).toBe('shiftingroutes2027beforeandafter');
  });

  it('writes one source line per source, with its unit', () => {
    expect(viewSourceLines([source])).toEqual([
      'Border Agency, Monthly detections; data as of 3 June 2025 (detections, not people).',
    ]);
    expect(siteLine('1.0.0+x', 'https://a.example/', 'CC BY 4.0')).toBe(
      'Shifting Routes · version 1.0.0+x · CC BY 4.0 · https://a.example/',
    );
    // A licence that is not configured is left out, never assumed.
    expect(siteLine('1.0.0+x', 'https://a.example/', null)).toBe(
      'Shifting Routes · version 1.0.0+x · https://a.example/',
    );
  });
});
