/** data/site.json, read and validated once per build (src/lib/site/siteConfig.ts). */
import { parseSiteConfig, sourceTerms, type SiteConfig, type SourceTerms } from '../site/siteConfig.ts';
import { readText } from './datasets.ts';

let cached: SiteConfig | undefined;
export function getSiteConfig(): SiteConfig {
  cached ??= parseSiteConfig(readText('data/site.json'));
  return cached;
}

/** The terms of use each upstream source states in its SOURCE.md, quoted. */
export function getSourceTerms(): { frontex: SourceTerms; iom: SourceTerms } {
  return {
    frontex: sourceTerms(readText('data/sources/frontex/SOURCE.md')),
    iom: sourceTerms(readText('data/sources/iom-missing-migrants/SOURCE.md')),
  };
}
