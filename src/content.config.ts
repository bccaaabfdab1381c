// Astro content collections. `stories`: one JSON file per route story; the schema is shared with the
// build-time loader (src/lib/io/stories.ts), which also resolves steps, number tokens and ids against the data.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { storyCollectionSchema } from './lib/stories/schema.ts';

const stories = defineCollection({
  loader: glob({ pattern: '*.json', base: './src/content/stories' }),
  schema: storyCollectionSchema,
});

export const collections = { stories };
