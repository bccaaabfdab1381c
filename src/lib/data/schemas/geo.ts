/** Schema of data/route-paths.geojson: one feature per route, lines in lon/lat order. */
import { z } from 'zod';
import { ROUTE_IDS } from '../../core/ids.ts';

const position = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
  .or(z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90), z.number()]));
const line = z.array(position).min(2, 'a line needs at least two positions');

export const routePathFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({
    route_id: z.enum(ROUTE_IDS, { message: `unknown route id; expected one of ${ROUTE_IDS.join(', ')}` }),
    label: z.string().optional(),
    description: z.string().optional(),
  }),
  geometry: z.discriminatedUnion('type', [
    z.object({ type: z.literal('LineString'), coordinates: line }),
    z.object({ type: z.literal('MultiLineString'), coordinates: z.array(line).min(1) }),
  ]),
});
export const routePathsSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(routePathFeatureSchema).min(1),
});
export type RoutePathFeature = z.output<typeof routePathFeatureSchema>;
