// Small DOM helpers for the atlas: data strings only ever reach the page through textContent.
import type { AtlasElementId } from '../../lib/atlas/elementIds.ts';

/** An element of the atlas page by its id from ATLAS_IDS; a missing one is an error, not a null. */
export function byId<T extends HTMLElement>(id: AtlasElementId): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el as T;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

export function prefersReducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}
