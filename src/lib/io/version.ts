/** The site version written into download sidecars and the footer: package version + commit. */
import { execSync } from 'node:child_process';
import { readText } from './datasets.ts';

let cached: string | undefined;
export function siteVersion(): string {
  if (cached) return cached;
  const { version } = JSON.parse(readText('package.json')) as { version: string };
  let commit = 'uncommitted';
  try {
    commit = execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    // Not a git checkout (e.g. a source tarball): the package version alone identifies the build.
  }
  cached = `${version}+${commit}`;
  return cached;
}
