import { getIncidentDetails } from '../../lib/io/atlas.ts';

export const GET = () =>
  new Response(JSON.stringify(getIncidentDetails()), { headers: { 'Content-Type': 'application/json' } });
