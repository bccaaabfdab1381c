/**
 * Every view parameter the site reads or writes in a query string, in one registry: its name, the pages
 * that use it, its default, and its codec (src/lib/url/codecs.ts). Pages compose these into their own views
 * (parseAtlasState, parseTimelineView, parseShiftWindow, parseMeasureFilters); browser scripts write them
 * through src/client/viewUrl.ts. A parameter added here without a codec, or a codec without an entry here,
 * fails the type check.
 */
import {
  cameraCodec,
  chartViewCodec,
  choiceCodec,
  monthCodec,
  monthRangeCodec,
  nameSetCodec,
  numberChoiceCodec,
  selectionCodec,
  type ParamCodec,
} from './codecs.ts';

/** The pages that keep a view in the URL; each also names its embed (/embed/atlas/, /embed/timelines/<chart>/, /embed/measures/<id>/). */
export type ViewPage = 'atlas' | 'timelines' | 'measures-list' | 'measure' | 'embed';

export interface ViewParam {
  pages: readonly ViewPage[];
  /** What the page shows when the parameter is missing or unusable. */
  default: string;
}

export const VIEW_PARAMS = {
  c: { pages: ['atlas'], default: 'the all-routes camera' },
  // The atlas's time window; on /timelines/ the period the route charts are narrowed to (whole data range by default).
  from: {
    pages: ['atlas', 'timelines'],
    default: 'atlas: January of the latest complete Frontex year; timelines: the first month of data',
  },
  to: {
    pages: ['atlas', 'timelines'],
    default: 'atlas: December of the latest complete Frontex year; timelines: the last month of data',
  },
  vs: { pages: ['atlas'], default: 'no reference window (compare mode off)' },
  widths: { pages: ['atlas'], default: 'fitted to the windows in compare mode, fixed otherwise' },
  layers: { pages: ['atlas'], default: 'every layer' },
  sel: { pages: ['atlas'], default: 'nothing selected' },
  detections: { pages: ['timelines'], default: 'month,linear,combined' },
  deaths: { pages: ['timelines'], default: 'month,linear,combined' },
  rates: { pages: ['timelines'], default: 'year,linear,combined' },
  route: { pages: ['timelines'], default: 'every route' },
  window: { pages: ['measure'], default: '12' },
  region: { pages: ['measures-list'], default: 'all regions' },
  type: { pages: ['measures-list'], default: 'all types' },
  // Options of every embed (src/lib/site/embed.ts parseEmbedOptions), set by the publisher in the snippet.
  theme: { pages: ['embed'], default: 'light (a white article stays white)' },
  plain: { pages: ['embed'], default: 'the title block shown (plain=1 hides it)' },
  static: { pages: ['embed'], default: 'the live view (static=1 keeps the build-time drawing only)' },
} as const satisfies Record<string, ViewParam>;

export type ViewParamName = keyof typeof VIEW_PARAMS;
export const VIEW_PARAM_NAMES = Object.keys(VIEW_PARAMS) as ViewParamName[];

/** The constraint every codec meets: parse anything, given its page's context. */
type AnyParamCodec = ParamCodec<unknown, never>;

export const PARAM_CODECS = {
  c: cameraCodec,
  from: monthCodec,
  to: monthCodec,
  vs: monthRangeCodec,
  widths: choiceCodec,
  layers: nameSetCodec,
  sel: selectionCodec,
  detections: chartViewCodec,
  deaths: chartViewCodec,
  rates: chartViewCodec,
  route: choiceCodec,
  window: numberChoiceCodec,
  region: choiceCodec,
  type: choiceCodec,
  theme: choiceCodec,
  plain: choiceCodec,
  static: choiceCodec,
} satisfies Record<ViewParamName, AnyParamCodec>;

/** Longer query strings are not links anyone shared: the whole query is ignored and the page shows its defaults. */
export const MAX_QUERY_CHARS = 4000;

export type RawViewQuery = { readonly [N in ViewParamName]: string | null };

/** The raw text of every registered parameter in a query string (null when absent); never throws. */
export function readViewQuery(search: string): RawViewQuery {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > MAX_QUERY_CHARS ? '' : search);
  } catch {
    params = new URLSearchParams();
  }
  return Object.fromEntries(VIEW_PARAM_NAMES.map((name) => [name, params.get(name)])) as RawViewQuery;
}

/** URLSearchParams text with commas and colons left readable in shared links ("?rates=quarter,log,combined"). */
export function readableQuery(params: URLSearchParams): string {
  return params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
}

/** A query string ("?a=b&c=d", or "" when empty) from parameter values; null leaves a parameter out. */
export function writeViewQuery(values: Partial<Record<ViewParamName, string | null>>): string {
  const params = new URLSearchParams();
  for (const name of VIEW_PARAM_NAMES) {
    const value = values[name];
    if (value !== null && value !== undefined) params.set(name, value);
  }
  const text = readableQuery(params);
  return text ? `?${text}` : '';
}
