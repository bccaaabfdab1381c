/**
 * Number tokens in story text, resolved at build time from the same tables as the charts, so no figure is
 * typed by hand and every one stays right when the data are refreshed:
 *
 *   {{detections route=central-mediterranean year=2016}}            Frontex detections (or from=YYYY-MM to=YYYY-MM)
 *   {{deaths route=central-mediterranean year=2016}}                 IOM dead and missing; route=libya: country of incident
 *   {{rate route=central-mediterranean year=2016}}                   dead and missing per 1,000 detections
 *   {{change measure=eu-turkey-statement route=eastern-mediterranean window=12}}   detections, after vs before
 *   {{change measure=… route=… window=12 of=deaths}}                 the same for dead and missing
 *   {{indicator id=libya-returns-2019}}                              a row of data/indicators.csv, with its unit
 *
 * Each renders with its unit and a link to its source. A period the source does not cover renders
 * "not recorded", never 0. A token that cannot be resolved (unknown kind, key or id, a window outside the
 * data) throws a TokenError, which the resolver turns into a build error naming the story file and step.
 */
import { ROUTE_IDS, type RegionId, type RouteId } from '../core/ids.ts';
import { formatCount } from '../core/format.ts';
import { escapeXml } from '../core/escape.ts';
import type { Indicator, Measure } from '../data/schemas/curated.ts';
import type { Incident } from '../data/schemas/derived.ts';
import type { MonthlySeries } from '../site/monthlySeries.ts';
import { isLibyaIncident } from '../site/aggregate.ts';
import { computeShifts, deathsPer1000, SHIFT_WINDOWS } from '../measures/shifts.ts';
import { firstMonthOf } from '../time/partialDates.ts';
import { formatMonth, monthOf, monthRange } from '../time/months.ts';
import { windowInWords } from '../time/words.ts';

export class TokenError extends Error {}

/** What tokens read: the site's monthly series and curated tables (a subset of SiteData). */
export interface TokenData {
  monthly: MonthlySeries;
  incidents: readonly Incident[];
  measures: readonly Measure[];
  indicators: readonly Indicator[];
}

export interface TokenContext extends TokenData {
  /** Dead and missing per month with Libya as the country of incident, on the deaths series' axis. */
  libyaDeadMissing: (number | null)[];
}

export function tokenContext(data: TokenData): TokenContext {
  const { months, deathsFirstMonth, deathsLastCompleteMonth } = data.monthly;
  const index = new Map(months.map((m, i) => [m, i]));
  const series: (number | null)[] = months.map((m) =>
    m >= deathsFirstMonth && m <= deathsLastCompleteMonth ? 0 : null,
  );
  for (const incident of data.incidents) {
    if (!isLibyaIncident(incident)) continue;
    const k = index.get(monthOf(incident.date));
    if (k !== undefined && series[k] !== null) series[k] = series[k]! + incident.dead_missing;
  }
  return { ...data, libyaDeadMissing: series };
}

export const TOKEN_UNITS = {
  detections: 'detections',
  deaths: 'dead and missing (a minimum estimate)',
  rate: 'dead and missing per 1,000 detections',
} as const;

export const TOKEN_SOURCES = {
  detections: '/downloads/crossings-by-route-month.csv',
  deaths: '/downloads/deaths-by-route-year.csv',
  libyaDeaths: '/downloads/incidents.csv',
} as const;

const NOT_RECORDED = 'not recorded';
const TOKEN_PATTERN = /\{\{\s*([a-z]+)((?:\s+[a-z]+=[^\s}]+)*)\s*\}\}/g;
const ANY_TOKEN = /\{\{[^}]*\}?\}?/;
const HAND_TYPED_FIGURE = /\d{1,3}(?:,\d{3})+/;

export interface ResolvedToken {
  /** The figure with its unit, plain text: "181,376 detections". */
  text: string;
  /** The same as a link to its source. */
  html: string;
  /** The measure page a change token refers to. */
  measureId?: string;
}

function parseArgs(raw: string): Map<string, string> {
  const args = new Map<string, string>();
  for (const part of raw.trim().split(/\s+/).filter(Boolean)) {
    const eq = part.indexOf('=');
    const key = part.substring(0, eq);
    if (args.has(key)) throw new TokenError(`"${key}" is given twice`);
    args.set(key, part.substring(eq + 1));
  }
  return args;
}

function expectKeys(args: Map<string, string>, allowed: readonly string[]): void {
  for (const key of args.keys())
    if (!allowed.includes(key)) throw new TokenError(`unknown key "${key}" (allowed: ${allowed.join(', ')})`);
}

function required(args: Map<string, string>, key: string): string {
  const value = args.get(key);
  if (value === undefined) throw new TokenError(`"${key}" is missing`);
  return value;
}

function routeArg(args: Map<string, string>, allowLibya: boolean): RegionId {
  const route = required(args, 'route');
  if ((ROUTE_IDS as readonly string[]).includes(route)) return route as RouteId;
  if (allowLibya && route === 'libya') return 'libya';
  throw new TokenError(`unknown route "${route}"`);
}

/** year=YYYY, or from=YYYY-MM to=YYYY-MM; the window must lie inside the site's month axis. */
function windowArg(args: Map<string, string>, ctx: TokenContext): { from: string; to: string } {
  const year = args.get('year');
  let from: string;
  let to: string;
  if (year !== undefined) {
    if (args.has('from') || args.has('to')) throw new TokenError('give either year= or from= and to=, not both');
    if (!/^\d{4}$/.test(year)) throw new TokenError(`year "${year}" must be YYYY`);
    from = formatMonth(Number(year), 1);
    to = formatMonth(Number(year), 12);
  } else {
    from = required(args, 'from');
    to = required(args, 'to');
    for (const m of [from, to]) if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(m)) throw new TokenError(`"${m}" must be YYYY-MM`);
    if (to < from) throw new TokenError(`window ${from}..${to} ends before it starts`);
  }
  const { months } = ctx.monthly;
  if (from < months[0]! || to > months.at(-1)!)
    throw new TokenError(`window ${from}..${to} lies outside the data (${months[0]} to ${months.at(-1)})`);
  return { from, to };
}

/** The sum of a series over a window, or null when any month of it is not covered (never a partial total). */
function windowSum(series: readonly (number | null)[] | undefined, months: string[], from: string, to: string) {
  if (!series) return null;
  let total = 0;
  for (const m of monthRange(from, to)) {
    const value = series[months.indexOf(m)];
    if (value === null || value === undefined) return null;
    total += value;
  }
  return total;
}

function link(href: string, text: string, title: string): string {
  return `<a class="story-figure" href="${escapeXml(href)}" title="${escapeXml(title)}">${escapeXml(text)}</a>`;
}

/**
 * A unit split into its name and its bracketed note: "dead and missing (a minimum estimate)" → name "dead and
 * missing", note "a minimum estimate". A token that needs brackets of its own puts the note inside them
 * instead of nesting brackets, so no token ever renders "((…))", "))" or two bracketed groups in a row.
 */
export function splitUnit(unit: string): { name: string; note: string | null } {
  const match = /^(.*?)\s*\(([^()]*)\)$/.exec(unit);
  return match ? { name: match[1]!, note: match[2]! } : { name: unit, note: null };
}

/** "not recorded (dead and missing, a minimum estimate; 12 months before and after)": one pair of brackets. */
function notRecorded(unit: string, ...more: string[]): string {
  const { name, note } = splitUnit(unit);
  return `${NOT_RECORDED} (${[note ? `${name}, ${note}` : name, ...more].join('; ')})`;
}

function figure(value: number | null, unit: string, href: string, title: string): ResolvedToken {
  const text = value === null ? notRecorded(unit) : `${formatCount(value)} ${unit}`;
  return { text, html: link(href, text, title) };
}

function deathsSeries(region: RegionId, ctx: TokenContext) {
  return region === 'libya' ? ctx.libyaDeadMissing : ctx.monthly.deadMissing.get(region);
}

function detectionsToken(args: Map<string, string>, ctx: TokenContext): ResolvedToken {
  expectKeys(args, ['route', 'year', 'from', 'to']);
  const route = routeArg(args, false) as RouteId;
  const { from, to } = windowArg(args, ctx);
  const value = windowSum(ctx.monthly.detections.get(route), ctx.monthly.months, from, to);
  const title = `Frontex detections, ${route}, ${windowInWords(from, to)}`;
  return figure(value, TOKEN_UNITS.detections, TOKEN_SOURCES.detections, title);
}

function deathsToken(args: Map<string, string>, ctx: TokenContext): ResolvedToken {
  expectKeys(args, ['route', 'year', 'from', 'to']);
  const region = routeArg(args, true);
  const { from, to } = windowArg(args, ctx);
  const value = windowSum(deathsSeries(region, ctx), ctx.monthly.months, from, to);
  const where = region === 'libya' ? 'country of incident Libya' : region;
  const href = region === 'libya' ? TOKEN_SOURCES.libyaDeaths : TOKEN_SOURCES.deaths;
  return figure(value, TOKEN_UNITS.deaths, href, `IOM dead and missing, ${where}, ${windowInWords(from, to)}`);
}

function rateToken(args: Map<string, string>, ctx: TokenContext): ResolvedToken {
  expectKeys(args, ['route', 'year', 'from', 'to']);
  const route = routeArg(args, false) as RouteId;
  const { from, to } = windowArg(args, ctx);
  const detections = windowSum(ctx.monthly.detections.get(route), ctx.monthly.months, from, to);
  const deaths = windowSum(ctx.monthly.deadMissing.get(route), ctx.monthly.months, from, to);
  const rate = deaths === null ? null : deathsPer1000(deaths, detections);
  const text = rate === null ? notRecorded(TOKEN_UNITS.rate) : `${rate.toFixed(1)} ${TOKEN_UNITS.rate}`;
  const title = `IOM dead and missing per 1,000 Frontex detections, ${route}, ${windowInWords(from, to)}`;
  return { text, html: link(TOKEN_SOURCES.deaths, text, title) };
}

function changeToken(args: Map<string, string>, ctx: TokenContext): ResolvedToken {
  expectKeys(args, ['measure', 'route', 'window', 'of']);
  const measureId = required(args, 'measure');
  const measure = ctx.measures.find((m) => m.id === measureId);
  if (!measure) throw new TokenError(`unknown measure "${measureId}"`);
  const route = routeArg(args, false) as RouteId;
  const windowMonths = Number(args.get('window') ?? '12');
  if (!(SHIFT_WINDOWS as readonly number[]).includes(windowMonths))
    throw new TokenError(`window "${args.get('window')}" must be one of ${SHIFT_WINDOWS.join(', ')}`);
  const of = args.get('of') ?? 'detections';
  if (of !== 'detections' && of !== 'deaths') throw new TokenError(`of "${of}" must be detections or deaths`);
  const start = firstMonthOf(measure.date_start);
  if (!ctx.monthly.months.includes(start))
    throw new TokenError(`measure "${measureId}" starts (${start}) outside the data`);
  const shift = computeShifts(ctx.monthly, start, windowMonths, [route])[0]!;
  const isDetections = of === 'detections';
  const before = isDetections ? shift.detectionsBefore : shift.deadMissingBefore;
  const after = isDetections ? shift.detectionsAfter : shift.deadMissingAfter;
  const counted = isDetections
    ? [shift.monthsCounted.detectionsBefore, shift.monthsCounted.detectionsAfter]
    : [shift.monthsCounted.deathsBefore, shift.monthsCounted.deathsAfter];
  const unit = isDetections ? TOKEN_UNITS.detections : TOKEN_UNITS.deaths;
  const span = `${windowMonths} months before and after`;
  let text: string;
  // Only whole windows on both sides are compared: a side cut short by the data is "not recorded".
  if (before === null || after === null || before === 0 || counted.some((n) => n < windowMonths)) {
    text = notRecorded(unit, span);
  } else {
    const pct = Math.round(((after - before) / before) * 100);
    const direction = pct < 0 ? `down ${-pct}%` : pct > 0 ? `up ${pct}%` : 'unchanged';
    // The unit's own note joins the window in one pair of brackets: "… dead and missing (12 months before
    // and after; a minimum estimate)", never "(a minimum estimate) (12 months …)".
    const { name, note } = splitUnit(unit);
    text = `${direction}, from ${formatCount(before)} to ${formatCount(after)} ${name} (${[span, note].filter(Boolean).join('; ')})`;
  }
  const href = `/measures/${measureId}/?window=${windowMonths}`;
  return { text, html: link(href, text, `${measure.title}: ${route}`), measureId };
}

function indicatorToken(args: Map<string, string>, ctx: TokenContext): ResolvedToken {
  expectKeys(args, ['id']);
  const id = required(args, 'id');
  const row = ctx.indicators.find((r) => r.id === id);
  if (!row) throw new TokenError(`unknown indicator "${id}"`);
  // A rounded figure's "(about)" is said before it, where it reads, not bracketed after the unit.
  const { name, note } = splitUnit(row.unit);
  const text = note === 'about' ? `about ${formatCount(row.value)} ${name}` : `${formatCount(row.value)} ${row.unit}`;
  return { text, html: link(row.source_url, text, row.source_title) };
}

/** The token with a closing bracketed note turned into a comma clause: "3,104 dead and missing, a minimum estimate". */
function unbracketed(token: ResolvedToken): ResolvedToken {
  const match = /^(.*?)\s*\(([^()]*)\)$/.exec(token.text);
  if (!match) return token;
  const text = `${match[1]}, ${match[2]}`;
  const escaped = escapeXml(token.text);
  const at = token.html.lastIndexOf(escaped);
  const html = token.html.substring(0, at) + escapeXml(text) + token.html.substring(at + escaped.length);
  return { ...token, text, html };
}

const RESOLVERS: Record<string, (args: Map<string, string>, ctx: TokenContext) => ResolvedToken> = {
  detections: detectionsToken,
  deaths: deathsToken,
  rate: rateToken,
  change: changeToken,
  indicator: indicatorToken,
};

export function resolveToken(kind: string, rawArgs: string, ctx: TokenContext): ResolvedToken {
  const resolver = RESOLVERS[kind];
  if (!resolver) throw new TokenError(`unknown number token "${kind}" (known: ${Object.keys(RESOLVERS).join(', ')})`);
  return resolver(parseArgs(rawArgs), ctx);
}

/** Splits a paragraph into literal text and resolved tokens; a malformed `{{…}}` left over is an error. */
export function resolveTokens(
  paragraph: string,
  ctx: TokenContext,
): ({ literal: string } | { token: ResolvedToken; source: string })[] {
  const parts: ({ literal: string } | { token: ResolvedToken; source: string })[] = [];
  let last = 0;
  for (const match of paragraph.matchAll(TOKEN_PATTERN)) {
    parts.push({ literal: paragraph.substring(last, match.index) });
    try {
      parts.push({ token: resolveToken(match[1]!, match[2] ?? '', ctx), source: match[0] });
    } catch (error) {
      if (error instanceof TokenError) throw new TokenError(`${match[0]}: ${error.message}`);
      throw error;
    }
    last = match.index + match[0].length;
  }
  parts.push({ literal: paragraph.substring(last) });
  // A token the author closes with a bracket of their own, "(… {{deaths …}})", would end in "))": its own
  // bracketed note becomes a comma clause, "(… 3,104 dead and missing, a minimum estimate)".
  for (let i = 1; i < parts.length - 1; i++) {
    const part = parts[i]!;
    const next = parts[i + 1]!;
    if ('token' in part && 'literal' in next && next.literal.startsWith(')'))
      parts[i] = { ...part, token: unbracketed(part.token) };
  }
  for (const part of parts) {
    if ('literal' in part && ANY_TOKEN.test(part.literal))
      throw new TokenError(`malformed number token near "${ANY_TOKEN.exec(part.literal)![0]}"`);
    // A figure with a thousands separator in the prose was typed by hand: it must be a token.
    if ('literal' in part && HAND_TYPED_FIGURE.test(part.literal))
      throw new TokenError(
        `"${HAND_TYPED_FIGURE.exec(part.literal)![0]}" is typed by hand: write it as a number token`,
      );
  }
  return parts;
}
