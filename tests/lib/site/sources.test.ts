import { describe, expect, it } from 'vitest';
import { siteSources, SOURCES } from '../../../src/lib/site/sources.ts';
import { NOT_CONFIGURED } from '../../../src/lib/site/siteConfig.ts';
import { getSiteConfig, getSources } from '../../../src/lib/io/siteConfig.ts';

describe('siteSources', () => {
  it('gives the curated tables the configured content licence, whatever it is', () => {
    const { curated } = siteSources({ contentLicence: 'CC BY-SA 4.0' });
    expect(curated.licence).toMatch(/^CC BY-SA 4\.0; /);
    expect(curated.licence).not.toContain('CC BY 4.0');
  });

  it('says the licence is not configured rather than inventing one', () => {
    const { curated } = siteSources({ contentLicence: null });
    expect(curated.licence).toContain(NOT_CONFIGURED);
    expect(curated.licence).not.toMatch(/CC BY/);
  });

  it('keeps the upstream publishers under their own terms', () => {
    const sources = siteSources({ contentLicence: 'CC0 1.0' });
    expect(sources.frontex).toEqual(SOURCES.frontex);
    expect(sources.iom).toEqual(SOURCES.iom);
  });

  it('reads the licence of this build from data/site.json', () => {
    const licence = getSiteConfig().contentLicence;
    expect(getSources().curated.licence.startsWith(licence ?? `Licence ${NOT_CONFIGURED}`)).toBe(true);
  });
});
