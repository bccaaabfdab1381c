/** Embedding: which part of a URL a view carries, the options an embed reads, and the snippets that show it. Pure. */
import { escapeXml } from '../core/escape.ts';
import { choiceCodec, valueOr } from '../url/codecs.ts';
import { readViewQuery, type ViewParamName } from '../url/params.ts';

/** Parameters that only shape the frame (set by the publisher), never the view: the full site drops them. */
export const EMBED_OPTION_PARAMS = ['theme', 'plain', 'static'] as const satisfies readonly ViewParamName[];

/** The current query string, keeping only the named parameters ('*': all view parameters, not the frame's options). */
export function viewQuery(search: string, params: readonly string[] | '*'): string {
  const all = new URLSearchParams(search);
  const kept = new URLSearchParams();
  const keep = (key: string) =>
    params === '*' ? !(EMBED_OPTION_PARAMS as readonly string[]).includes(key) : params.includes(key);
  for (const [key, value] of all) if (keep(key)) kept.append(key, value);
  const query = kept.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}

export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export interface EmbedOptions {
  /** light by default: an embed sits in someone else's (usually white) article, whatever the reader's system says. */
  theme: EmbedTheme;
  /** No title block: for publishers who set their own headline. */
  plain: boolean;
  /** Only the build-time drawing: no script changes the view. */
  static: boolean;
}

/** The frame's options from a query string; anything unusable falls back to the default. */
export function parseEmbedOptions(search: string): EmbedOptions {
  const raw = readViewQuery(search);
  const flag = (value: string | null) => valueOr(choiceCodec.parse(value, { allowed: ['1'] }), null) === '1';
  return {
    theme: valueOr(choiceCodec.parse(raw.theme, { allowed: EMBED_THEMES }), 'light'),
    plain: flag(raw.plain),
    static: flag(raw.static),
  };
}

/**
 * The messages between an embed and /embed.js on the host page (public/embed.js spells them out too; a unit
 * test keeps both equal). The embed reports its height; the host script asks frames that loaded before it did.
 */
export const EMBED_MESSAGES = { height: 'shifting-routes:height', ask: 'shifting-routes:ask-height' } as const;

/** HTML for a host page. The title names the frame for screen readers; the height fits the view without scrolling. */
export function iframeSnippet(src: string, title: string, heightPx: number): string {
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${Math.round(heightPx)}" style="border:0;width:100%" loading="lazy"></iframe>`;
}

/**
 * The recommended snippet: the same frame (its fixed height stays the fallback if the script is blocked) plus
 * /embed.js from the site, which sets each frame's height to its content's. Several embeds may each carry the
 * script: it runs once.
 */
export function responsiveSnippet(src: string, title: string, heightPx: number): string {
  const origin = new URL(src).origin;
  return `${iframeSnippet(src, title, heightPx).replace('<iframe ', '<iframe data-shifting-routes ')}\n<script src="${escapeXml(`${origin}/embed.js`)}" async></script>`;
}

export type SnippetKind = 'responsive' | 'plain';

export function embedSnippet(kind: SnippetKind, src: string, title: string, heightPx: number): string {
  return kind === 'responsive' ? responsiveSnippet(src, title, heightPx) : iframeSnippet(src, title, heightPx);
}
