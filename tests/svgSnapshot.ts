// SVG snapshot files, as Observable Plot keeps them in test/output/: a drawing change shows up in review as a
// diff of a file one can open. One element per line, so the diff points at the element that changed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

/** Breaks between elements only: text inside an element is never touched. */
export function svgSnapshotText(svg: string): string {
  return `${svg.replaceAll('><', '>\n<')}\n`;
}

/**
 * Compares `svg` with the file at `path`. Writes the file when it is missing or when UPDATE_SNAPSHOTS=1;
 * otherwise throws with the first differing line and how to accept the change.
 */
export function expectSvgSnapshot(svg: string, path: string): void {
  const actual = svgSnapshotText(svg);
  if (process.env['UPDATE_SNAPSHOTS'] === '1' || !existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  const expected = readFileSync(path, 'utf8');
  if (actual === expected) return;
  const a = actual.split('\n');
  const e = expected.split('\n');
  let line = 0;
  while (line < Math.max(a.length, e.length) && a[line] === e[line]) line++;
  const clip = (s: string | undefined) => (s === undefined ? '(no line)' : s.length > 300 ? `${s.slice(0, 300)}…` : s);
  throw new Error(
    `SVG snapshot ${relative(process.cwd(), path)} differs at line ${line + 1} ` +
      `(${e.length} lines expected, ${a.length} drawn):\n` +
      `  expected: ${clip(e[line])}\n` +
      `  drawn:    ${clip(a[line])}\n` +
      'If the change is intended, run the tests with UPDATE_SNAPSHOTS=1 and commit the file.',
  );
}
