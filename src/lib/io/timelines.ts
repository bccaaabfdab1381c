/** Build-time timeline data: the payload the browser re-renders charts from. */
import { timelinePayload, type TimelinePayload } from '../timelines/payload.ts';
import { measureEvents } from '../timelines/series.ts';
import { getSiteData } from './siteData.ts';

let cache: TimelinePayload | undefined;
export function getTimelinePayload(): TimelinePayload {
  if (cache) return cache;
  const data = getSiteData();
  cache = timelinePayload(data.monthly, data.routes, measureEvents(data.measures));
  return cache;
}
