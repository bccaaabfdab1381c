// The story's link preview (1200×630 PNG, build time): its title, summary and the map of its first step.
import type { APIRoute, GetStaticPaths } from 'astro';
import { previewCardSvg } from '../../../charts/preview/previewCard.ts';
import { pngResponse, svgToPng } from '../../../lib/io/previewImage.ts';
import { getStories } from '../../../lib/io/stories.ts';
import { stepStaticMapSvg } from '../../../components/stories/storyViews.ts';
import type { ResolvedStory } from '../../../lib/stories/types.ts';

export const PREVIEW_SOURCES = 'Frontex (detections, not people) · IOM Missing Migrants Project (minimum estimate)';

export const getStaticPaths = (() =>
  getStories().map((story) => ({ params: { story: story.slug }, props: { story } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ story: ResolvedStory }> = ({ props }) => {
  const { story } = props;
  const svg = previewCardSvg({
    title: story.title,
    subtitle: `Route story in ${story.steps.length} steps. ${story.summary}`,
    drawingSvg: stepStaticMapSvg(story.steps[0]!, 'preview'),
    sourceLine: PREVIEW_SOURCES,
  });
  return pngResponse(svgToPng(svg));
};
