/**
 * The measures list's filters in the URL (?region=…&type=…), composed from the registry's parsers
 * (src/lib/url/params.ts). A value the page does not offer is ignored on its own; "" means no filter.
 */
import { valueOr } from '../url/codecs.ts';
import { PARAM_CODECS, readViewQuery } from '../url/params.ts';

export interface MeasureFilters {
  region: string;
  type: string;
}

/** The filters linked in a query string, given the regions and types the page's menus offer. */
export function parseMeasureFilters(
  search: string,
  offered: { regions: readonly string[]; types: readonly string[] },
): MeasureFilters {
  const raw = readViewQuery(search);
  return {
    region: valueOr(PARAM_CODECS.region.parse(raw.region, { allowed: offered.regions }), ''),
    type: valueOr(PARAM_CODECS.type.parse(raw.type, { allowed: offered.types }), ''),
  };
}

/** Each filter's parameter value, or null (left out of the URL) when it shows everything. */
export function measureFilterParams(filters: MeasureFilters): { region: string | null; type: string | null } {
  return {
    region: filters.region ? PARAM_CODECS.region.serialize(filters.region) : null,
    type: filters.type ? PARAM_CODECS.type.serialize(filters.type) : null,
  };
}
