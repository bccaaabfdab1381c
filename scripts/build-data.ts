// npm run data: validate every curated table, derive data/derived/ from data/sources/, and account for
// every upstream row. Any invalid row stops here with file, line, column, value and reason.
import { mkdirSync, writeFileSync } from 'node:fs';
import { toCsv, DataValidationError } from '../src/lib/data/csv.ts';
import { deriveAll } from '../src/lib/derive/pipeline.ts';
import { iomDownloadFiles, loadCurated, readText, type DerivedSummary } from '../src/lib/io/datasets.ts';
import { PATHS } from '../src/lib/io/paths.ts';
import { loadPublishedFigures, upstreamFiles } from '../src/lib/io/provenance.ts';
import { CROSSING_COLUMNS, EXCLUSION_COLUMNS, INCIDENT_COLUMNS } from '../src/lib/data/schemas/derived.ts';

try {
  const curated = loadCurated();
  const publishedFigures = loadPublishedFigures();
  const upstream = upstreamFiles();
  const source = (file: string) => ({ file, text: readText(file) });
  const downloads = iomDownloadFiles();
  const derived = deriveAll({
    routes: curated.routes,
    frontex: source(PATHS.frontex),
    iomExtract: source(PATHS.iomExtract),
    iomDownloads: downloads.map(source),
  });
  mkdirSync(PATHS.derivedDir, { recursive: true });
  writeFileSync(PATHS.incidents, toCsv(INCIDENT_COLUMNS, derived.incidents));
  writeFileSync(PATHS.crossings, toCsv(CROSSING_COLUMNS, derived.crossings));
  writeFileSync(PATHS.exclusions, toCsv(EXCLUSION_COLUMNS, derived.exclusions));
  const { incidents: _i, crossings: _c, exclusions: _e, ...rest } = derived;
  const summary: DerivedSummary = { ...rest, generatedFrom: [PATHS.frontex, PATHS.iomExtract, ...downloads] };
  writeFileSync(PATHS.summary, `${JSON.stringify(summary, null, 2)}\n`);

  console.log(
    `data: ${curated.routes.length} routes, ${curated.measures.length} measures, ${curated.indicators.length} indicators, ${curated.places.length} places, ${curated.routeNeighbours.length} route neighbours, ${curated.coverageNotes.length} coverage notes, ${publishedFigures.length} published figures valid`,
  );
  console.log(`data: ${upstream.length} upstream files, each with its origin, version and sha256`);
  for (const a of derived.accounts) {
    console.log(`data: ${a.file}: ${a.upstreamRows} rows = ${a.kept} kept + ${a.excluded} excluded`);
    if (a.kept + a.excluded !== a.upstreamRows) throw new Error(`rows unaccounted for in ${a.file}`);
  }
  for (const m of derived.merges) {
    console.log(`data: merged ${m.sourceFile}: ${m.added} added, ${m.replaced} replaced, ${m.unchanged} unchanged`);
  }
  console.log(
    `data: wrote ${derived.incidents.length} incidents, ${derived.crossings.length} route-months, ${derived.exclusions.length} exclusions`,
  );
} catch (error) {
  if (error instanceof DataValidationError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
