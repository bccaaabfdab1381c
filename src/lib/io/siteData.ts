/** Build-time entry point for pages and endpoints: load, validate and aggregate once per build. */
import { buildSiteData, type SiteData } from '../site/siteData.ts';
import { loadCurated, loadDerived } from './datasets.ts';

let cache: SiteData | undefined;
export function getSiteData(): SiteData {
  if (cache) return cache;
  const curated = loadCurated();
  const derived = loadDerived();
  cache = buildSiteData({
    ...curated,
    incidents: derived.incidents,
    crossings: derived.crossings,
    exclusions: derived.exclusions,
    accounts: derived.summary.accounts,
    merges: derived.summary.merges,
    crossingsPeriod: derived.summary.crossingsPeriod,
    incidentsPeriod: derived.summary.incidentsPeriod,
  });
  return cache;
}
