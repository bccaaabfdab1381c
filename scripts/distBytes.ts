// Bytes a built page loads before the reader does anything, read from dist/ alone (no browser, no Lighthouse):
// the page's HTML, its stylesheets and module scripts, and every module those import statically. Dynamic
// import() targets are left out and listed: they are the code a page loads only when asked (the image and data
// downloads, the atlas's WebGL map). Data a script fetches at run time is not counted (bench.ts measures it in the
// browser). `node --experimental-strip-types scripts/distBytes.ts` prints the embeds' figures.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface StaticBytes {
  files: string[];
  /** Modules imported only through import(): loaded when asked. */
  lazy: string[];
  rawBytes: number;
  gzipBytes: number;
}

/** Same-site paths of a page's module scripts and stylesheets. */
export function pageAssets(html: string): string[] {
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="(\/[^"]+)"/g)].map((m) => m[1]!);
  const styles = [
    ...html.matchAll(
      /<link[^>]*rel="stylesheet"[^>]*href="(\/[^"]+)"|<link[^>]*href="(\/[^"]+)"[^>]*rel="stylesheet"/g,
    ),
  ].map((m) => (m[1] ?? m[2])!);
  return [...scripts, ...styles];
}

/** A module's static and dynamic imports, resolved against its own path. */
export function moduleImports(source: string, modulePath: string): { static: string[]; dynamic: string[] } {
  const resolve = (spec: string) => posix.normalize(posix.join(posix.dirname(modulePath), spec));
  const relative = (spec: string) => spec.startsWith('./') || spec.startsWith('../');
  const staticSpecs = [
    ...source.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{},\s]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g),
    ...source.matchAll(/(?:^|[;}\s])export\s*(?:\*|\{[^}]*\})\s*from\s*["'`]([^"'`]+)["'`]/g),
  ].map((m) => m[1]!);
  const dynamicSpecs = [...source.matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]!);
  return {
    static: staticSpecs.filter(relative).map(resolve),
    dynamic: dynamicSpecs.filter(relative).map(resolve),
  };
}

export function staticBytes(distDir: string, pagePath: string): StaticBytes {
  const htmlFile = join(distDir, pagePath, 'index.html');
  const html = readFileSync(htmlFile);
  const seen = new Set<string>();
  const lazy = new Set<string>();
  const queue = pageAssets(html.toString('utf8'));
  let rawBytes = html.length;
  let gzipBytes = gzipSync(html).length;
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const file = join(distDir, path);
    if (!existsSync(file)) throw new Error(`${pagePath}: ${path} is not in ${distDir}`);
    const body = readFileSync(file);
    rawBytes += body.length;
    gzipBytes += gzipSync(body).length;
    if (!path.endsWith('.js')) continue;
    const imports = moduleImports(body.toString('utf8'), path);
    queue.push(...imports.static);
    for (const d of imports.dynamic) lazy.add(d);
  }
  return { files: [...seen], lazy: [...lazy].filter((l) => !seen.has(l)), rawBytes, gzipBytes };
}

/** The embeds and pages whose download code must stay out of the first load. */
export const DIST_PROBES = [
  { type: 'chart embed', path: '/embed/timelines/rates/' },
  { type: 'detections chart embed', path: '/embed/timelines/detections/' },
  { type: 'deaths chart embed', path: '/embed/timelines/deaths/' },
  { type: 'measure card embed', path: '/embed/measures/eu-turkey-statement/' },
  { type: 'route card embed', path: '/embed/route-card/central-mediterranean/' },
  { type: 'story step embed', path: '/embed/routes/central-mediterranean/mare-nostrum/' },
  { type: 'atlas embed', path: '/embed/atlas/' },
  { type: 'atlas', path: '/atlas/' },
] as const;

/** The image and data downloads' modules (and the atlas's drawing for them). */
export const DOWNLOAD_MODULE = /\/_astro\/(exportImage|exportData|exportMap|viewData)\.[\w-]+\.js$/;

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  for (const probe of DIST_PROBES) {
    const bytes = staticBytes('dist', probe.path);
    const eager = bytes.files.filter((f) => DOWNLOAD_MODULE.test(f));
    const lazy = bytes.lazy.filter((f) => DOWNLOAD_MODULE.test(f));
    console.log(
      `${probe.type} (${probe.path}): ${kb(bytes.gzipBytes)} KB gzip, ${kb(bytes.rawBytes)} KB raw, ${bytes.files.length} files; ` +
        `download modules loaded first: ${eager.length}, on demand: ${lazy.map((l) => posix.basename(l)).join(', ') || 'none'}`,
    );
  }
  console.log(`/embed.js: ${kb(gzipSync(readFileSync('dist/embed.js')).length)} KB gzip`);
}
