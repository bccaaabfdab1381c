/**
 * Build-time loaders for provenance: the published figures the site is reconciled against, the checksums
 * of the upstream files, and the data changelog.
 */
import { DataValidationError } from '../data/csv.ts';
import type { PublishedFigure } from '../data/schemas/reconciliation.ts';
import { checkIomRoutes } from '../site/reconciliation.ts';
import { UPSTREAM_FILES, type UpstreamFile, type VersionedUpstreamFile } from '../site/sources.ts';
import { loadCurated, readCsv, readText } from './datasets.ts';
import { IOM_DOWNLOAD_PATTERN, PATHS } from './paths.ts';

let figuresCache: PublishedFigure[] | undefined;
export function loadPublishedFigures(): PublishedFigure[] {
  if (figuresCache) return figuresCache;
  const rows = readCsv(PATHS.publishedFigures, 'publishedFigures');
  checkIomRoutes(rows, loadCurated().routes, PATHS.publishedFigures);
  figuresCache = rows.map((r) => r.value);
  return figuresCache;
}

/** Every file in CHECKSUMS.sha256 with its origin and version; an unlisted data file fails the build. */
export function upstreamFiles(): VersionedUpstreamFile[] {
  const lines = readText(PATHS.checksums).trim().split('\n');
  const files: VersionedUpstreamFile[] = [];
  lines.forEach((line, index) => {
    const [sha256, path] = line.split(/\s+/) as [string, string];
    if (path.endsWith('SOURCE.md')) return;
    const known = UPSTREAM_FILES.find((f) => f.path === path);
    const name = path.split('/').at(-1) ?? '';
    // A download added later by `npm run import:iom` is described from its name, which carries its date.
    const described: UpstreamFile | undefined =
      known ??
      (IOM_DOWNLOAD_PATTERN.test(name)
        ? {
            source: 'iom',
            path,
            origin: 'IOM Missing Migrants Project, incident download (missingmigrants.iom.int/downloads)',
            version: `downloaded ${name.replace(/^MissingMigrants-Global-|\.csv$/g, '')}`,
          }
        : undefined);
    if (!described) {
      throw new DataValidationError([
        {
          file: PATHS.checksums,
          line: index + 1,
          column: 'path',
          value: path,
          message: 'has no origin and version in UPSTREAM_FILES (src/lib/site/sources.ts)',
        },
      ]);
    }
    files.push({ ...described, sha256 });
  });
  return files;
}

export function changelogText(): string {
  return readText(PATHS.changelog);
}
