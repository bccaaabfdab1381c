import { describe, expect, it } from 'vitest';
import { replaceTapResults } from '../../scripts/benchTap.ts';

const FULL_RUN = [
  '# Benchmark results',
  '',
  '## Budgets',
  '',
  '| budget | value | result |',
  '| --- | --- | --- |',
  '| Lighthouse performance home (mobile) ≥ 95 | 100 | pass |',
  '| Atlas tap → map ready: longest script task ≤ 200 ms | 250 | **miss** |',
  '| Atlas tap → map ready: script blocking ≤ 500 ms | 900 | **miss** |',
  '| Story: step change ≤ 16 ms of script (p95) | 3.4 | pass |',
  '',
  '## Atlas tap probe (old)',
  '',
  '- tap → map ready 3000 ms',
  '',
  '## Story page',
  '',
  '- step change, script: median 2 ms',
  '',
  '## Largest modules and data files (atlas)',
  '',
  '- /_astro/map.js: 478 KB gzip',
  '',
].join('\n');

describe('replaceTapResults (BENCH_ONLY=tap)', () => {
  const updated = replaceTapResults(
    FULL_RUN,
    ['## Atlas tap probe (new)', '', '- tap → map ready 2000 ms', ''],
    [
      { name: 'Atlas tap → map ready: longest script task ≤ 200 ms', value: 150, ok: true },
      { name: 'Atlas tap → map ready: script blocking ≤ 500 ms', value: 600, ok: false },
    ],
  );

  it('replaces the tap section and keeps every section after it', () => {
    expect(updated).toContain('## Atlas tap probe (new)\n\n- tap → map ready 2000 ms\n\n## Story page');
    expect(updated).not.toContain('(old)');
    expect(updated).toContain('## Story page\n\n- step change, script: median 2 ms');
    expect(updated).toContain('- /_astro/map.js: 478 KB gzip');
  });

  it("replaces the tap probe's budget rows in place and keeps the others", () => {
    const rows = updated
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| budget') && !line.startsWith('| ---'));
    expect(rows).toEqual([
      '| Lighthouse performance home (mobile) ≥ 95 | 100 | pass |',
      '| Atlas tap → map ready: longest script task ≤ 200 ms | 150 | pass |',
      '| Atlas tap → map ready: script blocking ≤ 500 ms | 600 | **miss** |',
      '| Story: step change ≤ 16 ms of script (p95) | 3.4 | pass |',
    ]);
  });
});
