/** The basemap, prepared once per build from Natural Earth (world-atlas) and shared by the page and endpoint. */
import { prepareBasemap, type Basemap } from '../atlas/basemap.ts';
import { BASEMAP_OPTIONS, loadBasemapTopology } from './basemap.ts';

let cache: Basemap | undefined;
export function getBasemap(): Basemap {
  cache ??= prepareBasemap(loadBasemapTopology(), BASEMAP_OPTIONS);
  return cache;
}
