// data/site.json: who publishes the site, validated with an error that names the field, value and rule; the
// upstream terms quoted from each SOURCE.md; and the repo's own file read as configured.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationAuthor, parseSiteConfig, sourceTerms } from '../../../src/lib/site/siteConfig.ts';
import { getSiteConfig } from '../../../src/lib/io/siteConfig.ts';

describe('parseSiteConfig', () => {
  it('reads every field, and a missing one as not configured (null)', () => {
    const config = parseSiteConfig(
      JSON.stringify({
        publisher: 'Example Newsroom',
        contactEmail: 'desk@example.org',
        repositoryUrl: 'https://git.example/x',
      }),
    );
    expect(config).toEqual({
      publisher: 'Example Newsroom',
      contactEmail: 'desk@example.org',
      correctionsEmail: null,
      repositoryUrl: 'https://git.example/x',
      contentLicence: null,
      codeLicence: null,
    });
    expect(citationAuthor(config, 'Shifting Routes')).toBe('Example Newsroom');
    expect(citationAuthor({ publisher: null }, 'Shifting Routes')).toBe('Shifting Routes');
  });

  it.each([
    [
      { contactEmail: 'not-an-address' },
      'data/site.json: field "contactEmail", value "not-an-address": must be an email address',
    ],
    [
      { repositoryUrl: 'http://git.example/x' },
      'data/site.json: field "repositoryUrl", value "http://git.example/x": must be an https address',
    ],
    [
      { publisher: '  ' },
      'data/site.json: field "publisher", value "  ": must not be empty (use null when not configured)',
    ],
    [{ publsher: 'typo' }, 'data/site.json: fields publsher:'],
  ])('rejects %j with a clear error', (raw, message) => {
    expect(() => parseSiteConfig(JSON.stringify(raw))).toThrow(message);
  });

  it('rejects a file that is not JSON, naming it', () => {
    expect(() => parseSiteConfig('{ publisher: ', 'data/site.json')).toThrow(/^data\/site\.json: not valid JSON/);
  });

  it("the repository's data/site.json is valid, and invents no address", () => {
    const config = getSiteConfig();
    const raw = JSON.parse(readFileSync('data/site.json', 'utf8')) as Record<string, unknown>;
    expect(config.contactEmail).toBe(raw['contactEmail'] ?? null);
    expect(config.codeLicence).toBe('MIT');
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License\n/);
  });
});

describe('sourceTerms', () => {
  it('quotes the terms sentence of a SOURCE.md and the licence an extract is published under', () => {
    const md = [
      '# Source',
      '',
      'Publisher: Agency (https://a.example/stats/).',
      'Use terms: free to reuse with attribution — cite "Agency" and the',
      'access date.',
      '',
      'An extract, prepared by a third party and published under CC BY 4.0 (repo x).',
    ].join('\n');
    expect(sourceTerms(md)).toEqual({
      quoted: 'Use terms: free to reuse with attribution — cite "Agency" and the access date.',
      publishedUnder: ['CC BY 4.0'],
    });
    expect(sourceTerms('Publisher: X.\nReuse is authorised provided the source is acknowledged.\n')).toEqual({
      quoted: 'Reuse is authorised provided the source is acknowledged.',
      publishedUnder: [],
    });
    expect(sourceTerms('# No terms here\n')).toEqual({ quoted: null, publishedUnder: [] });
  });
});
