/** Where a story, its steps and their drawings live on the site: one place for every page that links them. */
import { storyPath as storyPathOf } from './links.ts';
import type { ResolvedStep, ResolvedStory } from './types.ts';

/** The static step map's frame: the sticky map box keeps this ratio, so the WebGL map replaces it in place. */
export const STORY_MAP_SIZE = { widthPx: 800, heightPx: 640 } as const;

export const storyPath = (story: ResolvedStory) => storyPathOf(story.slug);
export const stepPath = (story: ResolvedStory, step: ResolvedStep) => storyPathOf(story.slug, step.id);
export const stepMapPath = (story: ResolvedStory, step: ResolvedStep) =>
  `/static-maps/routes/${story.slug}/${step.id}.svg`;
export const storyPreviewPath = (story: ResolvedStory) => `/og/routes/${story.slug}.png`;
export const stepPreviewPath = (story: ResolvedStory, step: ResolvedStep) => `/og/routes/${story.slug}/${step.id}.png`;
export const stepEmbedPath = (story: ResolvedStory, step: ResolvedStep) => `/embed/routes/${story.slug}/${step.id}/`;
