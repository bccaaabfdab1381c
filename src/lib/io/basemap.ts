/** Build-time (Node) edge of the basemap: reads Natural Earth 1:10m countries from world-atlas. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BasemapOptions, CountriesTopology } from '../atlas/basemap.ts';

/**
 * The atlas's basemap settings. The bbox is wider than any view of the atlas so that panning never shows an
 * edge. The weights were tuned on the real data (tests/lib/basemap.test.ts checks the outcome): Lampedusa,
 * Linosa, Malta, Lesbos and the Evros stay recognisable at zoom 7 while the JSON stays under 150 KB gzipped.
 */
export const BASEMAP_OPTIONS: BasemapOptions = {
  bbox: { minLon: -30, minLat: -5, maxLon: 65, maxLat: 62 },
  minWeightMercDeg2: 0.0005,
  detailBbox: { minLon: -20, minLat: 26, maxLon: 45, maxLat: 56 },
  outsideDetailWeightFactor: 4,
  smallIslandAreaMercDeg2: 0.05,
  maxIslandWeightBoost: 30,
  minRingAreaMercDeg2: 0.0005,
  coordinateDecimals: 3,
  edgeStepDeg: 1,
  labelMinShareInside: 0.5,
  labelMinAreaInsideKm2: 500_000,
  labelMinCountryAreaKm2: 300,
  labelExclude: ['Cyprus U.N. Buffer Zone', 'Baikonur', 'Dhekelia', 'Akrotiri'],
};

const require = createRequire(import.meta.url);

export function loadBasemapTopology(): CountriesTopology {
  const path = require.resolve('world-atlas/countries-10m.json');
  return JSON.parse(readFileSync(path, 'utf8')) as CountriesTopology;
}
