/** Where every dataset lives, relative to the project root (the directory npm scripts run in). */
export const PATHS = {
  routes: 'data/routes.csv',
  measures: 'data/measures.csv',
  indicators: 'data/indicators.csv',
  places: 'data/places.csv',
  mirrorDomains: 'data/mirror-domains.csv',
  routeNeighbours: 'data/route-neighbours.csv',
  coverageNotes: 'data/coverage-notes.csv',
  routePaths: 'data/route-paths.geojson',
  publishedFigures: 'data/published-figures.csv',
  changelog: 'data/CHANGELOG.md',
  checksums: 'data/sources/CHECKSUMS.sha256',
  frontex: 'data/sources/frontex/frontex-detections-monthly-2009-01_2025-04.csv',
  iomExtract: 'data/sources/iom-missing-migrants/iom-mmp-europe-bound-2014-2026.csv',
  iomDir: 'data/sources/iom-missing-migrants',
  derivedDir: 'data/derived',
  incidents: 'data/derived/incidents.csv',
  crossings: 'data/derived/crossings-by-route-month.csv',
  exclusions: 'data/derived/exclusions.csv',
  summary: 'data/derived/summary.json',
} as const;

/** Raw IOM downloads are named by their download date, so a name sort is a date sort. */
export const IOM_DOWNLOAD_PATTERN = /^MissingMigrants-Global-\d{4}-\d{2}-\d{2}\.csv$/;
