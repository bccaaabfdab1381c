/**
 * What a measure's figures are read against: the routes that could plausibly take displaced crossings
 * (data/route-neighbours.csv) and the changes in a source's coverage (data/coverage-notes.csv).
 */
import type { RouteId } from '../core/ids.ts';
import type { CoverageNote, RouteNeighbour } from '../data/schemas/curated.ts';

/**
 * The neighbours of the targeted routes, each once, in table order, leaving out routes the measure targets
 * itself (their change is already the measure's own).
 */
export function neighboursOf(targeted: readonly RouteId[], neighbours: readonly RouteNeighbour[]): RouteNeighbour[] {
  const seen = new Set<RouteId>();
  return neighbours.filter((n) => {
    if (!targeted.includes(n.route) || targeted.includes(n.neighbour) || seen.has(n.neighbour)) return false;
    seen.add(n.neighbour);
    return true;
  });
}

/** Coverage notes on a route whose period overlaps the months from…to (YYYY-MM, inclusive). */
export function coverageNotesFor(
  notes: readonly CoverageNote[],
  routeId: RouteId,
  fromMonth: string,
  toMonth: string,
): CoverageNote[] {
  return notes.filter((n) => n.route === routeId && n.period_start <= toMonth && n.period_end >= fromMonth);
}
