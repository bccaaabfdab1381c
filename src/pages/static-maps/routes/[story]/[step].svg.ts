// The static map of one story step (an SVG file drawn at build time): the story's first paint, its map
// without JavaScript and on paper, and the drawing of the step's embed and preview image.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStories } from '../../../../lib/io/stories.ts';
import { stepStaticMapSvg } from '../../../../components/stories/storyViews.ts';
import type { ResolvedStep } from '../../../../lib/stories/types.ts';

export const getStaticPaths = (() =>
  getStories().flatMap((story) =>
    story.steps.map((step) => ({ params: { story: story.slug, step: step.id }, props: { step } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ step: ResolvedStep }> = ({ props }) =>
  new Response(stepStaticMapSvg(props.step, `step-map-${props.step.id}`), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
