// The first-load probe of npm run bench (scripts/distBytes.ts): a page's HTML, stylesheets and static imports are
// counted; a module reached only through import() is listed as on demand, not counted.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { moduleImports, staticBytes } from '../../scripts/distBytes.ts';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dist-bytes-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('staticBytes', () => {
  it('counts the static import graph and lists import() targets as on demand', () => {
    const files = {
      'embed/x/index.html':
        '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/page.js"></script>',
      '_astro/a.css': 'body{margin:0}',
      '_astro/page.js': 'import{a}from"./shared.js";const m=()=>import(`./exportImage.abc.js`);',
      '_astro/shared.js': 'export const a=1;',
      '_astro/exportImage.abc.js': 'import"./shared.js";export const big="x".repeat(1e5);',
    };
    const dir = site(files);
    const bytes = staticBytes(dir, '/embed/x/');
    expect(bytes.files.sort()).toEqual(['/_astro/a.css', '/_astro/page.js', '/_astro/shared.js']);
    expect(bytes.lazy).toEqual(['/_astro/exportImage.abc.js']);
    const counted = ['embed/x/index.html', '_astro/a.css', '_astro/page.js', '_astro/shared.js'] as const;
    expect(bytes.rawBytes).toBe(counted.reduce((t, f) => t + Buffer.byteLength(files[f]), 0));
    expect(bytes.gzipBytes).toBe(counted.reduce((t, f) => t + gzipSync(files[f]).length, 0));
  });

  it('fails on a script the page names that is not in dist/', () => {
    const dir = site({ 'p/index.html': '<script type="module" src="/_astro/gone.js"></script>' });
    expect(() => staticBytes(dir, '/p/')).toThrow('/p/: /_astro/gone.js is not in');
  });

  it('reads minified imports, re-exports and bare side-effect imports', () => {
    expect(moduleImports('import"./a.js";export*from"./b.js";import{x as y}from"../c.js"', '/_astro/d/m.js')).toEqual({
      static: ['/_astro/d/a.js', '/_astro/c.js', '/_astro/d/b.js'],
      dynamic: [],
    });
  });
});
