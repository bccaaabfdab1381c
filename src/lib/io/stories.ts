/**
 * Build-time loader of the route stories: reads src/content/stories/*.json (the `stories` content collection,
 * src/content.config.ts), validates and resolves them against the site data once per build. A bad story
 * throws a StoryValidationError naming the file and the step, which fails the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveStories, type StoryEntry } from '../stories/resolve.ts';
import type { ResolvedStory } from '../stories/types.ts';
import { getSiteData } from './siteData.ts';

export const STORIES_DIR = 'src/content/stories';
/** The order of /routes/: the sea routes from the east-centre outwards, then the land and desert ones. */
export const STORY_ORDER = [
  'central-mediterranean',
  'eastern-mediterranean',
  'western-balkans',
  'sahel-agadez',
  'libya',
  'atlantic',
] as const;

export function readStoryEntries(dir: string = STORIES_DIR): StoryEntry[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  const rank = (slug: string) => {
    const i = (STORY_ORDER as readonly string[]).indexOf(slug);
    return i < 0 ? STORY_ORDER.length : i;
  };
  return files
    .map((name) => {
      const file = `${STORIES_DIR}/${name}`;
      const text = readFileSync(join(dir, name), 'utf8');
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (error) {
        throw new Error(`${file}: not valid JSON: ${(error as Error).message}`, { cause: error });
      }
      return { file, slug: name.replace(/\.json$/, ''), data };
    })
    .sort((a, b) => rank(a.slug) - rank(b.slug) || a.slug.localeCompare(b.slug));
}

let cache: ResolvedStory[] | undefined;
export function getStories(): ResolvedStory[] {
  cache ??= resolveStories(readStoryEntries(), getSiteData());
  return cache;
}

export function getStory(slug: string): ResolvedStory | undefined {
  return getStories().find((s) => s.slug === slug);
}

/** Static paths of the step pages and step embeds: one per step of every story, with the story as a prop. */
export function storyStepPaths() {
  return getStories().flatMap((story) =>
    story.steps.map((step, index) => ({ params: { story: story.slug, step: step.id }, props: { story, index } })),
  );
}
