/** Where the site links to a route's story: its own, or (Western Mediterranean) the story that tells it. */
import type { RegionId } from '../core/ids.ts';

/** The Western Mediterranean is the first half of the Atlantic story (the westward shift). */
const TOLD_IN: Partial<Record<RegionId, string>> = { 'western-mediterranean': 'atlantic' };

export function storyPath(slug: string, stepId?: string): string {
  return stepId ? `/routes/${slug}/${stepId}/` : `/routes/${slug}/`;
}

/** The story path for a route card, or null when no story tells the route (the eastern borders). */
export function storyPathForRegion(region: RegionId, storySlugs: readonly string[]): string | null {
  const slug = storySlugs.includes(region) ? region : TOLD_IN[region];
  return slug && storySlugs.includes(slug) ? storyPath(slug) : null;
}
