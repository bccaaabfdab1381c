// Browser code: every script that keeps its view in the query string writes it here, so the URL is replaced
// the same way everywhere and open "Embed this view" boxes hear of the change. The parameters and their
// parsers are listed once, in src/lib/url/params.ts.
import { readableQuery, type ViewParamName } from '../lib/url/params.ts';

const VIEW_CHANGE = 'shifting-routes:view-change';

/** Replaces the query string (without a history entry) and tells listeners the view changed. */
export function replaceViewQuery(query: string): void {
  const search = query.replace(/^\?/, '');
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
  document.dispatchEvent(new Event(VIEW_CHANGE));
}

/** Sets parameters, or removes those back at their default (null), keeping the others. */
export function setViewParams(values: Partial<Record<ViewParamName, string | null>>): void {
  const params = new URLSearchParams(location.search);
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined) params.delete(name);
    else params.set(name, value);
  }
  // Commas stay readable in shared links: "?rates=quarter,log,combined".
  replaceViewQuery(readableQuery(params));
}

/** Sets one parameter, or removes it when the view is back at its default (null), keeping the others. */
export function setViewParam(name: ViewParamName, value: string | null): void {
  setViewParams({ [name]: value });
}

export function onViewChange(listener: () => void): void {
  document.addEventListener(VIEW_CHANGE, listener);
}

/**
 * Replaces the address's fragment (a story's active step) without a history entry: never pushState nor an
 * assignment to location.hash, so Back still leaves the page. An empty id removes the fragment.
 */
export function replaceViewHash(id: string): void {
  const hash = id ? `#${encodeURIComponent(id)}` : '';
  if (location.hash === hash) return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}
