// data/site.json: who publishes the site, validated with an error that names the field, value and rule; the
// upstream terms quoted from each SOURCE.md; and the repo's own file read as configured.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationAuthor, parseSiteConfig, siteConfigWithEnv, sourceTerms } from '../../../src/lib/site/siteConfig.ts';
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

describe('siteConfigWithEnv: the SITE_* build-time overrides', () => {
  const FILE = JSON.stringify({
    publisher: null,
    contactEmail: 'desk@example.org',
    correctionsEmail: null,
    repositoryUrl: null,
    contentLicence: 'CC BY 4.0',
    codeLicence: 'MIT',
  });

  it('overrides the file with each variable set, trimmed', () => {
    const config = siteConfigWithEnv(FILE, {
      SITE_PUBLISHER: ' Example Newsroom ',
      SITE_CONTACT_EMAIL: 'news@example.org',
      SITE_CORRECTIONS_EMAIL: 'corrections@example.org',
      SITE_REPOSITORY_URL: 'https://git.example.org/shifting-routes',
    });
    expect(config).toEqual({
      publisher: 'Example Newsroom',
      contactEmail: 'news@example.org',
      correctionsEmail: 'corrections@example.org',
      repositoryUrl: 'https://git.example.org/shifting-routes',
      contentLicence: 'CC BY 4.0',
      codeLicence: 'MIT',
    });
  });

  it('keeps the file where a variable is missing or blank: null stays null, nothing is invented', () => {
    const config = siteConfigWithEnv(FILE, { SITE_PUBLISHER: '   ', SITE_REPOSITORY_URL: undefined });
    expect(config.publisher).toBeNull();
    expect(config.repositoryUrl).toBeNull();
    expect(config.correctionsEmail).toBeNull();
    expect(config.contactEmail).toBe('desk@example.org');
  });

  it.each([
    [
      { SITE_CONTACT_EMAIL: 'desk' },
      'SITE_CONTACT_EMAIL "desk": must be an email address (overrides data/site.json\'s "contactEmail")',
    ],
    [
      { SITE_CORRECTIONS_EMAIL: 'fix at example.org' },
      'SITE_CORRECTIONS_EMAIL "fix at example.org": must be an email address',
    ],
    [{ SITE_REPOSITORY_URL: 'git.example.org/x' }, 'SITE_REPOSITORY_URL "git.example.org/x": must be an https address'],
  ])('rejects %j with an error naming the variable', (env, message) => {
    expect(() => siteConfigWithEnv(FILE, env)).toThrow(message);
  });

  it('still rejects a malformed file first, naming the file', () => {
    expect(() => siteConfigWithEnv('{ "contactEmail": "x" }', { SITE_CONTACT_EMAIL: 'ok@example.org' })).toThrow(
      'data/site.json: field "contactEmail", value "x": must be an email address',
    );
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
