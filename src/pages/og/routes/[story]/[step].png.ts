// A step's link preview (1200×630 PNG, build time): the step's heading, its text and its own map, so a link to
// one step shows that step when pasted into a chat or a post.
import type { APIRoute, GetStaticPaths } from 'astro';
import { previewCardSvg } from '../../../../charts/preview/previewCard.ts';
import { pngResponse, svgToPng } from '../../../../lib/io/previewImage.ts';
import { getStories } from '../../../../lib/io/stories.ts';
import { stepStaticMapSvg } from '../../../../components/stories/storyViews.ts';
import type { ResolvedStep, ResolvedStory } from '../../../../lib/stories/types.ts';
import { PREVIEW_SOURCES } from '../[story].png.ts';

export const getStaticPaths = (() =>
  getStories().flatMap((story) =>
    story.steps.map((step, index) => ({ params: { story: story.slug, step: step.id }, props: { story, step, index } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ story: ResolvedStory; step: ResolvedStep; index: number }> = ({ props }) => {
  const { story, step, index } = props;
  const svg = previewCardSvg({
    title: step.heading,
    subtitle: `Step ${index + 1} of ${story.steps.length}, ${story.title}. ${step.plainText}`,
    drawingSvg: stepStaticMapSvg(step, 'preview'),
    sourceLine: PREVIEW_SOURCES,
  });
  return pngResponse(svgToPng(svg));
};
