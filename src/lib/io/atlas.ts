/** Build-time atlas data: the payload and details the browser fetches, and the first-paint figures. */
import { buildAtlasPayload, buildIncidentDetails, type AtlasPayload } from '../atlas/payload.ts';
import { defaultAtlasState } from '../atlas/views.ts';
import type { AtlasLimits, AtlasState } from '../atlas/state.ts';
import { ZOOM_LIMITS } from '../atlas/views.ts';
import { getBasemap } from './basemapData.ts';
import { getSiteData } from './siteData.ts';

let payloadCache: AtlasPayload | undefined;
export function getAtlasPayload(): AtlasPayload {
  payloadCache ??= buildAtlasPayload(
    getSiteData(),
    getBasemap().countries.features.map((f) => ({
      name: f.properties.name,
      lon: f.geometry.coordinates[0]!,
      lat: f.geometry.coordinates[1]!,
    })),
  );
  return payloadCache;
}

export function getIncidentDetails() {
  return buildIncidentDetails(getSiteData());
}

export function getAtlasDefaults(): { defaults: AtlasState; limits: AtlasLimits } {
  const payload = getAtlasPayload();
  return {
    defaults: defaultAtlasState(getSiteData().detectionsCompleteYear),
    limits: { firstMonth: payload.originMonth, lastMonth: payload.lastMonth, ...ZOOM_LIMITS },
  };
}
