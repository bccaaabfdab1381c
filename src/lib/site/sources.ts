/** Provenance of every dataset the site publishes; shown on /data/ and written into download sidecars. */
import { NOT_CONFIGURED, type SiteConfig } from './siteConfig.ts';

export interface SourceInfo {
  id: 'frontex' | 'iom' | 'curated';
  publisher: string;
  title: string;
  url: string;
  licence: string;
  /** What the publisher's data is "as of". */
  dataAsOf: string;
  /**
   * Day the file was downloaded from its publisher (the "accessed" date a citation needs); null where the
   * copy came through an intermediary that did not record it. Kept apart from `retrieved`, which is only
   * when the file was copied into this repository.
   */
  upstreamAccessed: string | null;
  retrieved: string;
  citation: string;
}

/**
 * The upstream publishers' datasets, under their own terms. The site's curated tables are under the site's
 * content licence, which only data/site.json states: see siteSources().
 */
export const SOURCES: Record<'frontex' | 'iom', SourceInfo> = {
  frontex: {
    id: 'frontex',
    publisher: 'European Border and Coast Guard Agency (Frontex)',
    title: 'Monthly detections of illegal border-crossings, by route and nationality (migratory map statistics)',
    url: 'https://www.frontex.europa.eu/what-we-do/monitoring-and-risk-analysis/migratory-map/',
    licence: 'Reuse authorised provided the source is acknowledged',
    dataAsOf: '2025-06-03',
    upstreamAccessed: null,
    retrieved: '2026-11-24',
    citation: 'Frontex, detections of illegal border-crossings (data as of 3 June 2025), via IOM GDI gdidata',
  },
  iom: {
    id: 'iom',
    publisher: 'International Organization for Migration (IOM), Missing Migrants Project',
    title: 'Missing Migrants Project incident data, Europe-bound routes',
    url: 'https://missingmigrants.iom.int/downloads',
    licence: 'Free to reuse with attribution to the IOM Missing Migrants Project (extract published under CC BY 4.0)',
    dataAsOf: '2026-05-06',
    upstreamAccessed: '2026-05-06',
    retrieved: '2026-11-24',
    citation: 'IOM Missing Migrants Project, accessed 6 May 2026',
  },
};

const CURATED: Omit<SourceInfo, 'licence'> = {
  id: 'curated',
  publisher: 'Shifting Routes',
  title: 'Curated measures, indicators, places and route paths, each row with its own source',
  url: '/data/',
  dataAsOf: '2026-11-29',
  upstreamAccessed: null,
  retrieved: '2026-11-29',
  citation: 'Shifting Routes curated tables; see each row’s source URLs and the day each was read (sources_accessed)',
};

/** Every source, the curated tables' licence read from the site's config (data/site.json), never restated. */
export function siteSources(config: Pick<SiteConfig, 'contentLicence'>): Record<SourceInfo['id'], SourceInfo> {
  const licence = `${config.contentLicence ?? `Licence ${NOT_CONFIGURED}`}; every row cites the source it was checked against`;
  return { ...SOURCES, curated: { ...CURATED, licence } };
}

/** One upstream file exactly as copied into data/sources/: where it came from and which version it is. */
export interface UpstreamFile {
  source: SourceInfo['id'];
  /** Path under data/sources/, as in CHECKSUMS.sha256. */
  path: string;
  origin: string;
  version: string;
}

export const UPSTREAM_FILES: UpstreamFile[] = [
  {
    source: 'frontex',
    path: 'frontex/frontex-detections-monthly-2009-01_2025-04.csv',
    origin: 'GitHub repository iom/gdidata, data/frontex.rda (IOM Global Data Institute), converted to CSV',
    version: 'file of 19 June 2025; Frontex data as of 3 June 2025, January 2009 to April 2025',
  },
  {
    source: 'iom',
    path: 'iom-missing-migrants/iom-mmp-europe-bound-2014-2026.csv',
    origin: 'GitHub repository giocopp/Missing-Migrants-Count, data/raw/iom_europe.csv (CC BY 4.0)',
    version: 'file of May 2026; incidents 19 January 2014 to 3 May 2026',
  },
  {
    source: 'iom',
    path: 'iom-missing-migrants/MissingMigrants-Global-2026-05-06.csv',
    origin: 'IOM Missing Migrants Project, incident download (missingmigrants.iom.int/downloads)',
    version: 'downloaded 6 May 2026; 2026 incidents',
  },
];

export interface VersionedUpstreamFile extends UpstreamFile {
  sha256: string;
}
