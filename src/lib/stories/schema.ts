/**
 * The story files' schema (src/content/stories/*.json): the single source of their types, shared by the Astro
 * content collection (src/content.config.ts) and the build-time loader (src/lib/io/stories.ts).
 *
 * A step's `view` may leave out any field: it then keeps the previous step's value ("previous step, except …").
 * The first step must set `bounds` and `window`; src/lib/stories/resolve.ts turns every step into a full state.
 */
import { z } from 'zod';
import { ATLAS_LAYERS } from '../atlas/state.ts';
import { REGION_IDS, ROUTE_IDS } from '../core/ids.ts';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, hyphens)');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month, YYYY-MM');
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD');
const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-85).max(85);

export const windowSchema = z.strictObject({ from: month, to: month });

export const viewSchema = z.strictObject({
  /** [west, south, east, north] in degrees. */
  bounds: z.tuple([longitude, latitude, longitude, latitude]).optional(),
  window: windowSchema.optional(),
  layers: z.array(z.enum(ATLAS_LAYERS)).optional(),
  routes: z.array(z.enum(ROUTE_IDS)).optional(),
  /** Measure and place ids are checked against data/measures.csv and data/places.csv by the resolver. */
  measures: z.array(z.string()).optional(),
  places: z.array(z.string()).optional(),
  /** A reference window to compare with; null clears the previous step's. */
  compare: windowSchema.nullable().optional(),
});

/** A source as a link, or named by a row of the data (its title and address then come from the table). */
export const sourceSchema = z.union([
  z.strictObject({
    title: z.string().min(1),
    url: z.string().regex(/^(https?:\/\/|\/)/, 'must be http(s) or a site path'),
  }),
  z.strictObject({ measure: z.string().min(1) }),
  z.strictObject({ indicator: z.string().min(1) }),
]);

export const stepSchema = z.strictObject({
  id: slug,
  heading: z.string().min(1),
  /** Paragraphs; `[text](url)` links and `{{kind key=value …}}` number tokens (src/lib/stories/tokens.ts). */
  text: z.array(z.string().min(1)).min(1),
  sources: z.array(sourceSchema).min(1, 'every step needs at least one source'),
  view: viewSchema,
  /** What the map shows, in words: read instead of the map by screen readers. */
  mapDescription: z.string().min(1),
});

export const storyFileSchema = z.strictObject({
  title: z.string().min(1),
  region: z.enum(REGION_IDS),
  summary: z.string().min(1).max(300),
  updated: isoDay,
  steps: z.array(z.unknown()).min(1),
});

/** The whole file, steps included: what the Astro content collection checks. */
export const storyCollectionSchema = storyFileSchema.extend({ steps: z.array(stepSchema).min(1) });

export type StoryFile = z.output<typeof storyFileSchema>;
export type StepFile = z.output<typeof stepSchema>;
export type ViewFile = z.output<typeof viewSchema>;
export type SourceFile = z.output<typeof sourceSchema>;
