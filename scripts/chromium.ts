import { existsSync } from 'node:fs';

/**
 * The Chromium the browser tests, scripts/test-all.ts and the benchmark drive: CHROME_PATH, else Debian's
 * /usr/bin/chromium. Browser tests never skip: no browser is an error.
 */
export function findChromium(): string {
  const candidates = [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chrome/Chromium binary.',
    );
  }
  return found;
}
