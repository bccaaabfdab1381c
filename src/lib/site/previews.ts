/** Link previews: where each page's preview image lives, and the key figure its description carries. Pure. */
import type { RouteShift } from '../measures/shifts.ts';

/** The preview image of a page (1200×630 PNG, src/pages/previews/[slug].png.ts): "/" → /previews/home.png. */
export function previewImagePath(pagePath: string): string {
  const slug = pagePath.replace(/^\/|\/$/g, '').replaceAll('/', '-');
  return `/previews/${slug || 'home'}.png`;
}

/** The preview image of a route's headline card (its embed, /embed/route-card/<route>/). */
export function routeCardPreviewPath(routeId: string): string {
  return previewImagePath(`/route-card/${routeId}/`);
}

/** Inverse of previewImagePath for the slugs the build renders. */
export function previewSlug(pagePath: string): string {
  return previewImagePath(pagePath).replace(/^\/previews\/|\.png$/g, '');
}

/** An absolute address on the public site, or null when the build has no SITE_URL. */
export function absoluteUrl(path: string, site: URL | string | undefined): string | null {
  return site ? new URL(path, site).href : null;
}

const pctFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/**
 * A measure's key figure in words, from its before/after shift: the first route it targets that has a
 * detections change, e.g. "Detections on the Eastern Mediterranean route fell 97% in the 12 months after
 * the EU–Turkey Statement". null when no targeted route can be compared.
 */
export function measureKeyFigure(
  measureTitle: string,
  targetedRoutes: readonly string[],
  shifts: readonly RouteShift[],
  routeLabel: (routeId: string) => string,
): string | null {
  for (const routeId of targetedRoutes) {
    const shift = shifts.find((s) => s.routeId === routeId);
    const pct = shift?.detectionsChangePct;
    if (!shift || pct === null || pct === undefined) continue;
    const direction = pct < 0 ? 'fell' : pct > 0 ? 'rose' : 'did not change';
    const amount = pct === 0 ? '' : ` ${pctFormat.format(Math.abs(pct))}%`;
    return `Detections on the ${routeLabel(routeId)} route ${direction}${amount} in the ${shift.windowMonths} months after the ${measureTitle}`;
  }
  return null;
}
