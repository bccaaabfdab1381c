// npm run import:iom -- path/to/MissingMigrants-Global-YYYY-MM-DD.csv
// Checks a raw IOM download, copies it unchanged into data/sources/iom-missing-migrants/, records its
// checksum, rebuilds the derived tables, which merge it into the incident table event by event, and appends
// what changed (records added, changed, removed) to the data changelog, data/CHANGELOG.md.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DataValidationError } from '../src/lib/data/csv.ts';
import { IOM_DOWNLOAD_PATTERN, PATHS } from '../src/lib/io/paths.ts';
import { parseTable } from '../src/lib/data/tables.ts';
import { changelogEntry, incidentChanges } from '../src/lib/derive/changelog.ts';
import type { Incident } from '../src/lib/data/schemas/derived.ts';

const input = process.argv[2];
if (!input) {
  console.error('usage: npm run import:iom -- path/to/MissingMigrants-Global-YYYY-MM-DD.csv');
  process.exit(2);
}
const name = basename(input);
if (!IOM_DOWNLOAD_PATTERN.test(name)) {
  console.error(
    `"${name}": name the file MissingMigrants-Global-YYYY-MM-DD.csv with its download date, so downloads merge in date order.`,
  );
  process.exit(2);
}
const bytes = readFileSync(input);
try {
  const rows = parseTable('iomRaw', bytes.toString('utf8'), input);
  console.log(`import: ${input}: ${rows.length} records in IOM's export format, all valid`);
} catch (error) {
  if (error instanceof DataValidationError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const target = join(PATHS.iomDir, name);
const hash = createHash('sha256').update(bytes).digest('hex');
if (existsSync(target)) {
  const existing = createHash('sha256').update(readFileSync(target)).digest('hex');
  if (existing === hash) {
    console.log(`import: ${target} is already imported (same content); nothing to do.`);
    process.exit(0);
  }
  console.error(
    `import: ${target} exists with different content; an upstream copy is never overwritten. Check the download date in the name.`,
  );
  process.exit(1);
}
const buildData = () =>
  execFileSync(process.execPath, ['--experimental-strip-types', join(import.meta.dirname, 'build-data.ts')], {
    stdio: 'inherit',
  });
const readIncidents = (): Incident[] =>
  parseTable('incidents', readFileSync(PATHS.incidents, 'utf8'), PATHS.incidents).map((r) => r.value);
// The table as it stands before the merge, for the changelog.
if (!existsSync(PATHS.incidents)) buildData();
const before = readIncidents();
copyFileSync(input, target);
appendFileSync('data/sources/CHECKSUMS.sha256', `${hash}  iom-missing-migrants/${name}\n`);
console.log(`import: copied to ${target}; rebuilding the derived tables`);
buildData();
const changes = incidentChanges(before, readIncidents());
const today = new Date().toISOString().slice(0, 10);
appendFileSync(PATHS.changelog, `\n${changelogEntry(today, name, hash, changes)}`);
console.log(
  `import: ${PATHS.changelog}: ${changes.added} added, ${changes.changed} changed, ${changes.removed} removed`,
);
