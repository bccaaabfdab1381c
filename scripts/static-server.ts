// A small static file server for dist/: used by `npm start`, the browser tests and the benchmark. No
// dependencies, loopback only by default, and it never serves a file outside the root. Text is gzipped when
// the client accepts it, as static hosts do, so that what the benchmark measures is what readers download.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pbf': 'application/x-protobuf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/** Types worth compressing: text. Images and fonts are compressed already. */
export function compressible(contentType: string): boolean {
  return /^(text\/|application\/(json|geo\+json|xml|javascript))|^image\/svg\+xml/.test(contentType);
}

export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return /(^|,)\s*gzip\s*(;\s*q=(?!0(\.0+)?\s*(,|$))[\d.]+)?\s*(,|$)/i.test(acceptEncoding ?? '');
}

function resolveFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = resolve(root, `.${normalize(`/${decoded}`)}`);
  if (!candidate.startsWith(root)) return null;
  for (const path of [candidate, join(candidate, 'index.html')]) {
    try {
      if (statSync(path).isFile()) return path;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

interface HeaderRule {
  pattern: RegExp;
  set: [string, string][];
  detach: string[];
}

/** Reads a Netlify/Cloudflare-style _headers file, so local serving applies the same policy as a host. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const escaped = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${escaped}$`), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) continue;
    const entry = line.trim();
    if (entry.startsWith('!')) rule.detach.push(entry.slice(1).trim().toLowerCase());
    else {
      const colon = entry.indexOf(':');
      rule.set.push([entry.slice(0, colon).trim(), entry.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const name of rule.detach)
      for (const key of Object.keys(headers)) if (key.toLowerCase() === name) delete headers[key];
    for (const [name, value] of rule.set) headers[name] = value;
  }
  return headers;
}

export function startStaticServer(rootDir: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const root = resolve(rootDir);
  let rules: HeaderRule[] = [];
  try {
    rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
  } catch {
    // No _headers file: serve without extra headers.
  }
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = resolveFile(root, url.pathname);
    if (!file) {
      const notFound = resolveFile(root, '/404.html');
      res.writeHead(404, { 'Content-Type': TYPES['.html']! });
      if (notFound) createReadStream(notFound).pipe(res);
      else res.end('Not found');
      return;
    }
    if (!url.pathname.endsWith('/') && file.endsWith('index.html') && !url.pathname.endsWith('index.html')) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
      res.end();
      return;
    }
    const contentType = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = compressible(contentType) && acceptsGzip(req.headers['accept-encoding']);
    res.writeHead(200, {
      ...headersFor(rules, url.pathname),
      'Content-Type': contentType,
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    if (gzip) createReadStream(file).pipe(createGzip()).pipe(res);
    else createReadStream(file).pipe(res);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}
