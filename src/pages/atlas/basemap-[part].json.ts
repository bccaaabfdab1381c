// One part of the basemap per file (basemapPartUrl): the WebGL map's MapLibre worker fetches land and borders
// itself, and the map's main thread only the country label points.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { BASEMAP_PARTS } from '../../lib/atlas/basemap.ts';
import { getBasemap } from '../../lib/io/basemapData.ts';

export const getStaticPaths = (() =>
  BASEMAP_PARTS.map((part) => ({ params: { part }, props: { part } }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(JSON.stringify(getBasemap()[props.part]), { headers: { 'Content-Type': 'application/json' } });
