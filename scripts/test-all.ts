// npm test: data validation, unit and data tests, type check, lint, build, and browser tests in headless
// Chromium. Every step runs even after a failure, so one run shows everything that is wrong; the last
// line is the plain total CI reads: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './chromium.ts';

interface StepResult {
  name: string;
  passed: number;
  failed: number;
  note?: string;
}

const bin = (name: string) => `node_modules/.bin/${name}`;
const results: StepResult[] = [];

function run(command: string, args: string[]): boolean {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    // The tests build with a public address so the link-preview tags that need one are checked too; .invalid
    // is reserved and never resolves. A SITE_URL set by the caller wins.
    env: { SITE_URL: 'https://shifting-routes.invalid', ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return result.status === 0;
}

function step(name: string, command: string, args: string[]): boolean {
  const ok = run(command, args);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}

/** Runs vitest and counts its individual tests from the JSON report. */
function vitestStep(name: string, config: string, report: string): void {
  rmSync(report, { force: true });
  const ok = run(bin('vitest'), [
    'run',
    '-c',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (!existsSync(report)) {
    results.push({ name, passed: 0, failed: 1, note: 'vitest produced no report' });
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numTotalTests: number;
    testResults: { status: string }[];
  };
  const skipped = json.numPendingTests + json.numTodoTests;
  // A file that fails to load has no tests in it but is still a failure.
  const brokenFiles = json.testResults.filter((t) => t.status === 'failed').length;
  const failed = json.numFailedTests + skipped + (json.numFailedTests === 0 && !ok ? Math.max(1, brokenFiles) : 0);
  results.push({
    name,
    passed: json.numPassedTests,
    failed,
    ...(skipped ? { note: `${skipped} skipped or todo tests count as failures` } : {}),
  });
  if (json.numTotalTests === 0) results.push({ name: `${name}: at least one test`, passed: 0, failed: 1 });
}

mkdirSync('test-results', { recursive: true });

step('data validation (npm run data)', process.execPath, ['--experimental-strip-types', 'scripts/build-data.ts']);
vitestStep('unit and data tests', 'vitest.config.ts', 'test-results/unit.json');
step('type check (astro check)', bin('astro'), ['check']);
step('lint (eslint)', bin('eslint'), ['.']);
step('format (prettier --check)', bin('prettier'), ['--check', '.']);
const built = step('build (astro build)', bin('astro'), ['build']);

let chromeOk = true;
try {
  findChromium();
} catch (error) {
  chromeOk = false;
  console.error(`\n${(error as Error).message}`);
  results.push({ name: 'browser tests', passed: 0, failed: 1, note: 'no Chromium' });
}
if (chromeOk) {
  if (built) vitestStep('browser tests', 'vitest.browser.config.ts', 'test-results/browser.json');
  else results.push({ name: 'browser tests', passed: 0, failed: 1, note: 'not run: the build failed' });
}

const passed = results.reduce((s, r) => s + r.passed, 0);
const failed = results.reduce((s, r) => s + r.failed, 0);
console.log('\nSummary');
for (const r of results) {
  console.log(
    `  ${r.failed ? 'FAIL' : 'ok  '} ${r.name}: ${r.passed} passed, ${r.failed} failed${r.note ? ` (${r.note})` : ''}`,
  );
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
