import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import {
  acceptsGzip,
  compressible,
  headersFor,
  parseHeadersFile,
  startStaticServer,
} from '../../scripts/static-server.ts';

const file = `/*
  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'
  X-Frame-Options: DENY

/embed/*
  ! Content-Security-Policy
  ! X-Frame-Options
  Content-Security-Policy: default-src 'self'; frame-ancestors *
`;

describe('_headers', () => {
  const rules = parseHeadersFile(file);
  it('applies the site-wide policy to ordinary pages', () => {
    expect(headersFor(rules, '/atlas/')).toEqual({
      'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'",
      'X-Frame-Options': 'DENY',
    });
  });
  it('lets embeddable pages be framed', () => {
    expect(headersFor(rules, '/embed/chart/')).toEqual({
      'Content-Security-Policy': "default-src 'self'; frame-ancestors *",
    });
  });
});

describe('compression', () => {
  it('gzips text for clients that accept it, and nothing else', () => {
    expect(compressible('text/html; charset=utf-8')).toBe(true);
    expect(compressible('application/json; charset=utf-8')).toBe(true);
    expect(compressible('image/svg+xml')).toBe(true);
    expect(compressible('image/png')).toBe(false);
    expect(compressible('font/woff2')).toBe(false);
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });

  it('serves the same bytes, compressed or not', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sr-static-'));
    const html = `<!doctype html><title>t</title>${'<p>route</p>'.repeat(500)}`;
    writeFileSync(join(root, 'index.html'), html);
    const server = await startStaticServer(root, 0);
    const { port } = server.address() as AddressInfo;
    const get = (encoding: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
        request({ host: '127.0.0.1', port, path: '/', headers: { 'Accept-Encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
        })
          .on('error', fail)
          .end();
      });
    try {
      const zipped = await get('gzip');
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.body.length).toBeLessThan(html.length / 10);
      expect(gunzipSync(zipped.body).toString()).toBe(html);
      const plain = await get('identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(html);
    } finally {
      server.close();
    }
  });
});
