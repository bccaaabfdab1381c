/**
 * Route stories as the pages use them, after the build has validated and resolved their source files
 * (src/content/stories/, see src/lib/stories/ and src/lib/io/stories.ts): every step carries its WHOLE view
 * state, so a step looks the same however the reader reaches it, and its numbers are already resolved.
 */
import type { AtlasLayer } from '../atlas/state.ts';
import type { RegionId, RouteId } from '../core/ids.ts';

/** [west, south, east, north] in degrees: fitted to any screen, so a step frames the same area on a phone. */
export type Bounds = [number, number, number, number];

export interface StoryViewState {
  bounds: Bounds;
  /** The time window, YYYY-MM, inclusive. */
  startMonth: string;
  endMonth: string;
  layers: AtlasLayer[];
  highlight: { routes: RouteId[]; measures: string[]; places: string[] };
  /** A reference window to compare with (the atlas's `vs`), or null. */
  compare: { startMonth: string; endMonth: string } | null;
}

export interface StorySource {
  title: string;
  url: string;
}

export interface ResolvedStep {
  /** Stable slug: the step's URL (/routes/<story>/<id>/) and its anchor (#<id>). */
  id: string;
  heading: string;
  /** The step's text as HTML, every number token already resolved, rendered with its unit and source link. */
  html: string;
  /** The same text without markup, for previews and descriptions. */
  plainText: string;
  sources: StorySource[];
  /** Measure pages this step links to. */
  measureIds: string[];
  state: StoryViewState;
  /** In words, what the map shows in this step (read by screen readers instead of the map). */
  mapDescription: string;
}

export interface ResolvedStory {
  slug: string;
  title: string;
  /** The route or focus area the story follows. */
  region: RegionId;
  /** One sentence for cards and link previews. */
  summary: string;
  /** YYYY-MM-DD. */
  updated: string;
  /** The months the story covers, from its steps' windows. */
  period: { startMonth: string; endMonth: string };
  steps: ResolvedStep[];
}
