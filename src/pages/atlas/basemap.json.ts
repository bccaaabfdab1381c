import { getBasemap } from '../../lib/io/basemapData.ts';

export const GET = () =>
  new Response(JSON.stringify(getBasemap()), { headers: { 'Content-Type': 'application/json' } });
