/**
 * Turns parsed story files into ResolvedStory[]: validates each file and step, resolves "previous step,
 * except …" into one full view state per step, and resolves number tokens and sources from the data.
 * Pure: takes the files' parsed JSON and the site data; src/lib/io/stories.ts reads the files.
 * Every error names the story file and the step: `src/content/stories/x.json: step "y": …`.
 */
import type { z } from 'zod';
import type { RouteId } from '../core/ids.ts';
import { escapeXml } from '../core/escape.ts';
import type { Measure, Place } from '../data/schemas/curated.ts';
import { stepSchema, storyFileSchema, type SourceFile, type StepFile, type ViewFile } from './schema.ts';
import { resolveTokens, tokenContext, TokenError, type TokenContext, type TokenData } from './tokens.ts';
import type { ResolvedStep, ResolvedStory, StorySource, StoryViewState } from './types.ts';

export class StoryValidationError extends Error {
  readonly file: string;
  readonly step: string | null;
  constructor(file: string, step: string | null, detail: string) {
    super(`${file}: ${step === null ? '' : `step ${step}: `}${detail}`);
    this.name = 'StoryValidationError';
    this.file = file;
    this.step = step;
  }
}

export interface StoryEntry {
  /** The file's path, as errors name it, e.g. src/content/stories/libya.json. */
  file: string;
  /** The story's slug: the file name without its extension. */
  slug: string;
  data: unknown;
}

export type StoryData = TokenData & { places: readonly Place[] };

function zodDetail(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? `"${i.path.join('.')}" ` : ''}${i.message}`).join('; ');
}

const LINK = /\[([^\]]+)\]\(((?:https?:\/\/|\/)[^)\s]+)\)/g;

/** One paragraph of literal text as HTML: escaped, with `[text](url)` links. */
function literalHtml(text: string): { html: string; plain: string } {
  let html = '';
  let plain = '';
  let last = 0;
  for (const m of text.matchAll(LINK)) {
    html += escapeXml(text.substring(last, m.index));
    plain += text.substring(last, m.index);
    html += `<a href="${escapeXml(m[2]!)}">${escapeXml(m[1]!)}</a>`;
    plain += m[1];
    last = m.index + m[0].length;
  }
  return { html: html + escapeXml(text.substring(last)), plain: plain + text.substring(last) };
}

function renderText(paragraphs: readonly string[], ctx: TokenContext) {
  const html: string[] = [];
  const plain: string[] = [];
  const measureIds: string[] = [];
  for (const paragraph of paragraphs) {
    let h = '';
    let p = '';
    for (const part of resolveTokens(paragraph, ctx)) {
      if ('literal' in part) {
        const lit = literalHtml(part.literal);
        h += lit.html;
        p += lit.plain;
      } else {
        h += part.token.html;
        p += part.token.text;
        if (part.token.measureId) measureIds.push(part.token.measureId);
      }
    }
    html.push(`<p>${h}</p>`);
    plain.push(p);
  }
  return { html: html.join('\n'), plainText: plain.join('\n\n'), measureIds };
}

function resolveSource(source: SourceFile, data: StoryData): StorySource {
  if ('measure' in source) {
    const measure = data.measures.find((m) => m.id === source.measure);
    if (!measure) throw new TokenError(`unknown measure "${source.measure}" in sources`);
    return { title: measure.title, url: `/measures/${measure.id}/` };
  }
  if ('indicator' in source) {
    const row = data.indicators.find((r) => r.id === source.indicator);
    if (!row) throw new TokenError(`unknown indicator "${source.indicator}" in sources`);
    return { title: row.source_title, url: row.source_url };
  }
  return source;
}

/**
 * Each address once, first mention first: several indicator rows of a step often cite one report or wire, and
 * a reader should not see it listed three times. Two addresses under one title stay two entries.
 */
function uniqueByUrl(sources: readonly StorySource[]): StorySource[] {
  const seen = new Set<string>();
  return sources.filter((source) => !seen.has(source.url) && seen.add(source.url));
}

/** The previous step's state with this step's fields laid over it; the first step starts from nothing. */
function mergeView(previous: StoryViewState | null, view: ViewFile): StoryViewState {
  if (!previous && (!view.bounds || !view.window))
    throw new TokenError('the first step must set "bounds" and "window" (later steps inherit them)');
  const window = view.window ?? { from: previous!.startMonth, to: previous!.endMonth };
  const compare = view.compare === undefined ? (previous?.compare ?? null) : view.compare && { ...view.compare };
  return {
    bounds: view.bounds ?? previous!.bounds,
    startMonth: window.from,
    endMonth: window.to,
    layers: view.layers ?? previous?.layers ?? ['routes', 'measures', 'places'],
    highlight: {
      routes: (view.routes ?? previous?.highlight.routes ?? []) as RouteId[],
      measures: view.measures ?? previous?.highlight.measures ?? [],
      places: view.places ?? previous?.highlight.places ?? [],
    },
    compare: compare && 'from' in compare ? { startMonth: compare.from, endMonth: compare.to } : null,
  };
}

function checkState(state: StoryViewState, data: StoryData, months: readonly string[]): void {
  const [first, last] = [months[0]!, months.at(-1)!];
  const windows: [string, string, string][] = [['window', state.startMonth, state.endMonth]];
  if (state.compare) windows.push(['compare', state.compare.startMonth, state.compare.endMonth]);
  for (const [name, from, to] of windows) {
    if (to < from) throw new TokenError(`${name} ${from}..${to} ends before it starts`);
    if (from < first || to > last)
      throw new TokenError(`${name} ${from}..${to} lies outside the data (${first} to ${last})`);
  }
  const [west, south, east, north] = state.bounds;
  if (west >= east || south >= north)
    throw new TokenError(`bounds [${state.bounds.join(', ')}] are not west, south, east, north`);
  for (const id of state.highlight.measures)
    if (!data.measures.some((m: Measure) => m.id === id)) throw new TokenError(`unknown measure "${id}"`);
  for (const id of state.highlight.places)
    if (!data.places.some((p) => p.id === id)) throw new TokenError(`unknown place "${id}"`);
}

function resolveStep(
  step: StepFile,
  previous: StoryViewState | null,
  data: StoryData,
  ctx: TokenContext,
): ResolvedStep {
  const state = mergeView(previous, step.view);
  checkState(state, data, ctx.monthly.months);
  const text = renderText(step.text, ctx);
  const sources = uniqueByUrl(step.sources.map((s) => resolveSource(s, data)));
  const measureSources = step.sources.flatMap((s) => ('measure' in s ? [s.measure] : []));
  return {
    id: step.id,
    heading: step.heading,
    html: text.html,
    plainText: text.plainText,
    sources,
    measureIds: [...new Set([...measureSources, ...text.measureIds, ...state.highlight.measures])],
    state,
    mapDescription: step.mapDescription,
  };
}

/** A step named for errors: its id when it has one, else its position. */
function stepName(raw: unknown, index: number): string {
  const id = raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  return typeof id === 'string' && id ? `"${id}"` : `${index + 1} (no id)`;
}

export function resolveStory(
  entry: StoryEntry,
  data: StoryData,
  ctx: TokenContext = tokenContext(data),
): ResolvedStory {
  const parsed = storyFileSchema.safeParse(entry.data);
  if (!parsed.success) throw new StoryValidationError(entry.file, null, zodDetail(parsed.error));
  const story = parsed.data;
  const seen = new Set<string>();
  const steps: ResolvedStep[] = [];
  story.steps.forEach((raw, index) => {
    const name = stepName(raw, index);
    const step = stepSchema.safeParse(raw);
    if (!step.success) throw new StoryValidationError(entry.file, name, zodDetail(step.error));
    if (seen.has(step.data.id)) throw new StoryValidationError(entry.file, name, 'duplicate step id');
    seen.add(step.data.id);
    try {
      steps.push(resolveStep(step.data, steps.at(-1)?.state ?? null, data, ctx));
    } catch (error) {
      if (error instanceof TokenError) throw new StoryValidationError(entry.file, name, error.message);
      throw error;
    }
  });
  const starts = steps.map((s) => s.state.startMonth).sort();
  const ends = steps.map((s) => s.state.endMonth).sort();
  return {
    slug: entry.slug,
    title: story.title,
    region: story.region,
    summary: story.summary,
    updated: story.updated,
    period: { startMonth: starts[0]!, endMonth: ends.at(-1)! },
    steps,
  };
}

/** Every story, in the order given; slugs must be unique. */
export function resolveStories(entries: readonly StoryEntry[], data: StoryData): ResolvedStory[] {
  const ctx = tokenContext(data);
  const slugs = new Set<string>();
  return entries.map((entry) => {
    if (slugs.has(entry.slug)) throw new StoryValidationError(entry.file, null, `duplicate story slug "${entry.slug}"`);
    slugs.add(entry.slug);
    return resolveStory(entry, data, ctx);
  });
}
