/**
 * One small parser and serializer per kind of view parameter. Each parser is tolerant and total: it never
 * throws, and says whether the raw text was a valid value, present but unusable, or absent, so the page
 * composing several parameters can fall back to its default one parameter at a time. Vocabularies,
 * defaults and limits are passed in by the page (they come from the data), so this module knows no feature.
 */

export type ParamResult<T> = { kind: 'valid'; value: T } | { kind: 'invalid'; raw: string } | { kind: 'missing' };

// Method syntax (not properties) on purpose: it lets a codec with a generic parse (a list of the page's
// layer names, say) stand in the registry next to the others. A serializer that needs no context may
// leave the second argument out.
export interface ParamCodec<T, Context> {
  parse(raw: string | null, context: Context): ParamResult<T>;
  serialize(value: T, context: Context): string;
}

const valid = <T>(value: T): ParamResult<T> => ({ kind: 'valid', value });
const invalid = (raw: string): ParamResult<never> => ({ kind: 'invalid', raw });
const MISSING: ParamResult<never> = { kind: 'missing' };

/** The parsed value, or the fallback when the parameter was missing or unusable. */
export function valueOr<T, F = T>(result: ParamResult<T>, fallback: F): T | F {
  return result.kind === 'valid' ? result.value : fallback;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

// --- atlas -------------------------------------------------------------------------------------------

export interface Camera {
  centerLon: number;
  centerLat: number;
  zoom: number;
}

const NUMBER = /^-?\d{1,3}(\.\d{1,6})?$/;

/** "lon,lat,zoom" (c=25.8,38.6,5.9): within the world's bounds and the map's zoom limits. */
export const cameraCodec = {
  parse(raw: string | null, limits: { minZoom: number; maxZoom: number }): ParamResult<Camera> {
    if (raw === null) return MISSING;
    const parts = raw.split(',');
    if (parts.length !== 3 || !parts.every((part) => NUMBER.test(part))) return invalid(raw);
    const [centerLon, centerLat, zoom] = parts.map(Number) as [number, number, number];
    const inBounds = centerLon >= -180 && centerLon <= 180 && centerLat >= -85 && centerLat <= 85;
    if (!inBounds || zoom < limits.minZoom || zoom > limits.maxZoom) return invalid(raw);
    return valid({ centerLon, centerLat, zoom });
  },
  serialize: (camera: Camera): string =>
    `${round(camera.centerLon, 4)},${round(camera.centerLat, 4)},${round(camera.zoom, 2)}`,
};

/** Rounds a camera as the URL does, so it survives a round trip exactly. */
export function roundCamera<C extends Camera>(camera: C): C {
  return {
    ...camera,
    centerLon: round(camera.centerLon, 4),
    centerLat: round(camera.centerLat, 4),
    zoom: round(camera.zoom, 2),
  };
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** "YYYY-MM" inside the data's months (from=2016-04, to=2017-03). */
export const monthCodec = {
  parse(raw: string | null, range: { firstMonth: string; lastMonth: string }): ParamResult<string> {
    if (raw === null) return MISSING;
    if (!MONTH.test(raw) || raw < range.firstMonth || raw > range.lastMonth) return invalid(raw);
    return valid(raw);
  },
  serialize: (month: string): string => month,
};

const MONTH_RANGE_MAX_CHARS = 16;

/**
 * Two months joined by "..", inside the data's months and in order (vs=2015-04..2016-03): the atlas's
 * reference window. A reversed, garbled or out-of-range pair is invalid as a whole.
 */
export const monthRangeCodec = {
  parse(
    raw: string | null,
    range: { firstMonth: string; lastMonth: string },
  ): ParamResult<{ startMonth: string; endMonth: string }> {
    if (raw === null) return MISSING;
    if (raw.length !== MONTH_RANGE_MAX_CHARS) return invalid(raw);
    const [startMonth = '', endMonth = '', ...rest] = raw.split('..');
    if (rest.length > 0) return invalid(raw);
    const start = monthCodec.parse(startMonth, range);
    const end = monthCodec.parse(endMonth, range);
    if (start.kind !== 'valid' || end.kind !== 'valid' || startMonth > endMonth) return invalid(raw);
    return valid({ startMonth, endMonth });
  },
  serialize: (window: { startMonth: string; endMonth: string }): string => `${window.startMonth}..${window.endMonth}`,
};

/**
 * A set of names from a fixed list, written in the list's order (layers=routes,incidents). Unknown names
 * are dropped; an empty or all-unknown list is invalid, and "none" is the explicit empty set.
 */
export const nameSetCodec = {
  parse<T extends string>(raw: string | null, names: { allowed: readonly T[] }): ParamResult<T[]> {
    if (raw === null) return MISSING;
    if (raw === 'none') return valid([]);
    const listed = raw.split(',');
    const kept = names.allowed.filter((name) => listed.includes(name));
    return kept.length > 0 ? valid(kept) : invalid(raw);
  },
  serialize<T extends string>(value: readonly T[], names: { allowed: readonly T[] }): string {
    const kept = names.allowed.filter((name) => value.includes(name));
    return kept.length ? kept.join(',') : 'none';
  },
};

const SELECTED_ID = /^[A-Za-z0-9][A-Za-z0-9._,-]{0,119}$/;

/** "kind:id" (sel=measure:eu-turkey-statement); the id is a plain slug or a comma-joined list of them. */
export const selectionCodec = {
  parse<K extends string>(raw: string | null, kinds: { allowed: readonly K[] }): ParamResult<{ kind: K; id: string }> {
    if (raw === null) return MISSING;
    const colon = raw.indexOf(':');
    const kind = raw.slice(0, colon);
    const id = raw.slice(colon + 1);
    if (colon <= 0 || !(kinds.allowed as readonly string[]).includes(kind) || !SELECTED_ID.test(id))
      return invalid(raw);
    return valid({ kind: kind as K, id });
  },
  serialize: <K extends string>(selected: { kind: K; id: string }): string => `${selected.kind}:${selected.id}`,
};

// --- timelines ---------------------------------------------------------------------------------------

/** The parts of a chart view, each with the values it may take. */
export interface ChartViewParts {
  period: string;
  scale: string;
  layout: string;
}

const CHART_VIEW_MAX_CHARS = 60;

/**
 * "period,scale,layout" in any order (rates=quarter,log,combined). Each part found overrides the chart's
 * default; unknown parts, and a period the chart does not offer, are ignored. Nothing usable: invalid.
 */
export const chartViewCodec = {
  parse<V extends ChartViewParts>(
    raw: string | null,
    chart: { defaults: V; choices: { readonly [P in keyof ChartViewParts]: readonly V[P][] } },
  ): ParamResult<V> {
    if (raw === null) return MISSING;
    if (raw.length > CHART_VIEW_MAX_CHARS) return invalid(raw);
    const view = { ...chart.defaults };
    let found = false;
    for (const part of raw.split(',')) {
      for (const key of ['period', 'scale', 'layout'] as const) {
        const value = chart.choices[key].find((choice) => choice === part);
        if (value === undefined) continue;
        view[key] = value;
        found = true;
      }
    }
    return found ? valid(view) : invalid(raw);
  },
  serialize: (view: ChartViewParts): string => `${view.period},${view.scale},${view.layout}`,
};

// --- measures ----------------------------------------------------------------------------------------

/** A number from a short list, written exactly as listed (window=24; not "24.0", " 24" or "2.4e1"). */
export const numberChoiceCodec = {
  parse<N extends number>(raw: string | null, numbers: { allowed: readonly N[] }): ParamResult<N> {
    if (raw === null) return MISSING;
    const found = numbers.allowed.find((n) => String(n) === raw);
    return found === undefined ? invalid(raw) : valid(found);
  },
  serialize: (value: number): string => String(value),
};

/** One name from the page's list (region=central-mediterranean); anything else is invalid. */
export const choiceCodec = {
  parse<T extends string>(raw: string | null, names: { allowed: readonly T[] }): ParamResult<T> {
    if (raw === null) return MISSING;
    const found = names.allowed.find((name) => name === raw);
    return found === undefined ? invalid(raw) : valid(found);
  },
  serialize: (value: string): string => value,
};
