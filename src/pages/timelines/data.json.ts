import { getTimelinePayload } from '../../lib/io/timelines.ts';

export const GET = () =>
  new Response(JSON.stringify(getTimelinePayload()), { headers: { 'Content-Type': 'application/json' } });
