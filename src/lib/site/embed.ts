/** Embedding: which part of a URL a view carries, and the <iframe> snippet that shows it. Pure. */
import { escapeXml } from '../core/escape.ts';

/** The current query string, keeping only the named parameters ('*': all of them). */
export function viewQuery(search: string, params: readonly string[] | '*'): string {
  const all = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const [key, value] of all) if (params === '*' || params.includes(key)) kept.append(key, value);
  const query = kept.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}

/** HTML for a host page. The title names the frame for screen readers; the height fits the view without scrolling. */
export function iframeSnippet(src: string, title: string, heightPx: number): string {
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${Math.round(heightPx)}" style="border:0" loading="lazy"></iframe>`;
}
