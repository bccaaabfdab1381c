/** data/site.json with the SITE_* overrides of the environment, read and validated once per build (src/lib/site/siteConfig.ts). */
import { siteConfigWithEnv, sourceTerms, type SiteConfig, type SourceTerms } from '../site/siteConfig.ts';
import { siteSources, type SourceInfo } from '../site/sources.ts';
import { readText } from './datasets.ts';

let cached: SiteConfig | undefined;
export function getSiteConfig(): SiteConfig {
  cached ??= siteConfigWithEnv(readText('data/site.json'), process.env);
  return cached;
}

/** Every dataset's provenance, the curated tables under the configured content licence. */
export function getSources(): Record<SourceInfo['id'], SourceInfo> {
  return siteSources(getSiteConfig());
}

/** The terms of use each upstream source states in its SOURCE.md, quoted. */
export function getSourceTerms(): { frontex: SourceTerms; iom: SourceTerms } {
  return {
    frontex: sourceTerms(readText('data/sources/frontex/SOURCE.md')),
    iom: sourceTerms(readText('data/sources/iom-missing-migrants/SOURCE.md')),
  };
}
