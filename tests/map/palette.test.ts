// One palette: the CSS declares the map colours it needs with the palette's values, and no drawing code in src/
// writes a palette colour itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSS_MAP_PROPERTIES, PALETTE, hexToRgb } from '../../src/map/palette.ts';

const SRC = join(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro|css)$/.test(entry.name) ? [path] : [];
  });
}

describe('the map palette', () => {
  it('gives both themes every colour, as #rrggbb', () => {
    expect(Object.keys(PALETTE.dark).sort()).toEqual(Object.keys(PALETTE.light).sort());
    for (const colour of [...Object.values(PALETTE.light), ...Object.values(PALETTE.dark)]) {
      expect(colour).toMatch(/^#[0-9a-f]{6}$/i);
    }
    expect(hexToRgb('#0a7fff')).toEqual([10, 127, 255]);
  });

  it('matches the map custom properties of global.css', () => {
    const css = readFileSync(join(SRC, 'styles/global.css'), 'utf8');
    const declared = [...css.matchAll(/(--map-[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()] as const);
    expect(declared.map(([name]) => name).sort()).toEqual(Object.keys(CSS_MAP_PROPERTIES).sort());
    for (const [name, value] of declared) {
      expect(value.toLowerCase(), name).toBe(PALETTE.light[CSS_MAP_PROPERTIES[name]!].toLowerCase());
    }
  });

  it('is the only place in src/ that writes a map colour', () => {
    const colours = new Set(
      [...Object.values(PALETTE.light), ...Object.values(PALETTE.dark)].map((c) => c.toLowerCase()),
    );
    const palettePath = join(SRC, 'map/palette.ts');
    const files = sourceFiles(SRC).filter((f) => f !== palettePath);
    expect(files.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const file of files) {
      // global.css repeats the map colours it needs under --map-* (checked above); its page colours are its own.
      if (file.endsWith('global.css')) continue;
      // textShades.ts repeats the page backgrounds of global.css (tests/charts/textShades.test.ts checks them);
      // the map's halo is the page colour on purpose, so the two share a value.
      if (file.endsWith(join('charts', 'textShades.ts'))) continue;
      const text = readFileSync(file, 'utf8').toLowerCase();
      for (const hex of text.match(/#[0-9a-f]{6}\b/g) ?? []) if (colours.has(hex)) found.push(`${file}: ${hex}`);
    }
    expect(found).toEqual([]);
  });
});
