// The data scripts as a curator runs them, in a scratch copy of the project's data/.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = resolve('.');
let scratch: string;

function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--experimental-strip-types', join(root, 'scripts', script), ...args], {
    cwd: scratch,
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout + result.stderr };
}

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'shifting-routes-'));
  cpSync(join(root, 'data'), join(scratch, 'data'), { recursive: true, filter: (src) => !src.includes('derived') });
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run data', () => {
  it('fails on a malformed curated row, naming file, line, column, value and rule', () => {
    const file = join(scratch, 'data/measures.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[1] = lines[1]!.replace(/^([^,]+,[^,]+,[^,]+,)\d{4}(-\d{2})?(-\d{2})?,/, '$12016-02-30,');
    writeFileSync(file, lines.join('\n'));
    const { code, out } = run('build-data.ts');
    expect(code).toBe(1);
    expect(out).toMatch(
      /data\/measures\.csv:2: column "date_start", value "2016-02-30": (is not a real calendar date|is not written at its date_precision)/,
    );
  });

  it('writes the derived tables and accounts for every row', () => {
    const { code, out } = run('build-data.ts');
    expect(code).toBe(0);
    expect(out).toContain('frontex-detections-monthly-2009-01_2025-04.csv: 34273 rows = 32975 kept + 1298 excluded');
  });
});

describe('npm run import:iom', () => {
  const download = join(root, 'tests/fixtures/iom-download/MissingMigrants-Global-2030-01-01.csv');

  it('copies a raw IOM download unchanged and merges it without duplicates', () => {
    const before = run('build-data.ts');
    const count = (out: string) => Number(/wrote (\d+) incidents/.exec(out)![1]);
    const first = run('import-iom.ts', download);
    expect(first.code).toBe(0);
    expect(first.out).toContain('1 added, 0 replaced, 1 unchanged');
    expect(count(first.out)).toBe(count(before.out) + 1);
    expect(
      readFileSync(join(scratch, 'data/sources/iom-missing-migrants/MissingMigrants-Global-2030-01-01.csv')),
    ).toEqual(readFileSync(download));
    // The data changelog names the merged file and what it changed.
    const changelog = readFileSync(join(scratch, 'data/CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(/## \d{4}-\d{2}-\d{2}: merged MissingMigrants-Global-2030-01-01\.csv/);
    expect(changelog).toContain('incident records: 1 added, 0 changed, 0 removed');
    const incidents = readFileSync(join(scratch, 'data/derived/incidents.csv'), 'utf8');
    expect(incidents.match(/^2030\.MMP0001,/gm)).toHaveLength(1);

    const again = run('import-iom.ts', download);
    expect(again.code).toBe(0);
    expect(again.out).toContain('already imported');
  });

  it('refuses a file that is not named by its download date', () => {
    const { code, out } = run('import-iom.ts', join(root, 'tests/fixtures/invalid/frontex-negative-count.csv'));
    expect(code).toBe(2);
    expect(out).toContain('MissingMigrants-Global-YYYY-MM-DD.csv');
  });
});
