import { getAtlasPayload } from '../../lib/io/atlas.ts';

export const GET = () =>
  new Response(JSON.stringify(getAtlasPayload()), { headers: { 'Content-Type': 'application/json' } });
