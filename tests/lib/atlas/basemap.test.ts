// The basemap built from the real Natural Earth 1:10m topology with the atlas's own settings.
import { gzipSync } from 'node:zlib';
import { geoContains } from 'd3';
import type { Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { basemapPartUrl, BASEMAP_PARTS, prepareBasemap, type Basemap } from '../../../src/lib/atlas/basemap.ts';
import { BASEMAP_OPTIONS, loadBasemapTopology } from '../../../src/lib/io/basemap.ts';

const { bbox } = BASEMAP_OPTIONS;
let basemap: Basemap;

beforeAll(() => {
  basemap = prepareBasemap(loadBasemapTopology(), BASEMAP_OPTIONS);
});

function allPositions(b: Basemap): Position[] {
  const out: Position[] = [];
  for (const f of b.land.features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons) for (const ring of polygon) out.push(...ring);
  }
  for (const f of b.borders.features) {
    const lines = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const line of lines) out.push(...line);
  }
  for (const f of b.countries.features) out.push(f.geometry.coordinates);
  return out;
}

const onLand = (lon: number, lat: number) => basemap.land.features.some((f) => geoContains(f, [lon, lat]));

describe('prepareBasemap on countries-10m', () => {
  it('keeps every coordinate inside the bbox, rounded to at most 3 decimals', () => {
    const positions = allPositions(basemap);
    expect(positions.length).toBeGreaterThan(10_000);
    const outside = positions.filter(
      ([lon, lat]) => lon! < bbox.minLon || lon! > bbox.maxLon || lat! < bbox.minLat || lat! > bbox.maxLat,
    );
    expect(outside).toEqual([]);
    const unrounded = positions.filter((p) => p.some((v) => Math.abs(v * 1000 - Math.round(v * 1000)) > 1e-6));
    expect(unrounded).toEqual([]);
  });

  it('keeps small islands and the land they sit on, and leaves the sea as sea', () => {
    expect(onLand(12.6, 35.5), 'Lampedusa').toBe(true);
    expect(onLand(26.3, 39.2), 'Lesbos').toBe(true);
    expect(onLand(14.4, 35.9), 'Malta').toBe(true);
    expect(onLand(14.0, 37.5), 'Sicily').toBe(true);
    expect(onLand(10.0, 25.0), 'Sahara').toBe(true);
    expect(onLand(18.5, 37.0), 'open Ionian Sea').toBe(false);
    expect(onLand(-25.0, 40.0), 'open Atlantic').toBe(false);
    expect(onLand(51.0, 42.0), 'Caspian Sea').toBe(false);
  });

  it('closes every ring and keeps at least four positions in it', () => {
    for (const f of basemap.land.features) {
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const ring of polygons.flat()) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[ring.length - 1]).toEqual(ring[0]);
      }
    }
  });

  it('draws internal borders, including the Greek–Turkish border along the Evros', () => {
    const lines = basemap.borders.features.flatMap((f) =>
      f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates,
    );
    const nearEvros = lines.flat().filter(([lon, lat]) => lon! > 26 && lon! < 26.7 && lat! > 40.7 && lat! < 41.7);
    expect(nearEvros.length).toBeGreaterThan(10);
  });

  it('labels the countries of the atlas once each, on land', () => {
    const names = basemap.countries.features.map((f) => f.properties.name);
    for (const name of ['Italy', 'Greece', 'Turkey', 'Libya', 'Tunisia', 'Malta', 'Niger', 'Morocco', 'Poland']) {
      expect(names).toContain(name);
    }
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain('Vatican');
    for (const f of basemap.countries.features) {
      const [lon, lat] = f.geometry.coordinates;
      expect(onLand(lon!, lat!), f.properties.name).toBe(true);
    }
  });

  it('fits in 150 KB gzipped', () => {
    const gzipKb = gzipSync(JSON.stringify(basemap)).length / 1024;
    expect(gzipKb).toBeLessThanOrEqual(150);
  });
});

describe('basemapPartUrl', () => {
  it('names each part a file of its own beside the whole basemap', () => {
    const urls = BASEMAP_PARTS.map((part) => basemapPartUrl('/atlas/basemap.json', part));
    expect(urls).toEqual(['/atlas/basemap-land.json', '/atlas/basemap-borders.json', '/atlas/basemap-countries.json']);
  });

  it('refuses a URL that does not end in .json rather than return the whole file for a part', () => {
    expect(() => basemapPartUrl('/atlas/basemap', 'land')).toThrow(/must end in \.json/);
  });
});
