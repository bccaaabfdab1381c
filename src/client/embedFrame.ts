// Browser code of every embed (src/layouts/EmbedLayout.astro): applies the publisher's options from the
// address, opens every link in a new tab (a framed page of the site would be refused), and reports the
// content's height to /embed.js on the host page (public/embed.js) so the frame never scrolls.
import { EMBED_MESSAGES, parseEmbedOptions, type EmbedOptions } from '../lib/site/embed.ts';

export function embedOptions(): EmbedOptions {
  return parseEmbedOptions(location.search);
}

/** static=1 in an embed: view scripts leave the build-time drawing as it is. Full pages ignore it. */
export function isStaticEmbed(): boolean {
  return document.body.classList.contains('embed') && embedOptions().static;
}

/** The layout renders data-theme="light"; dark forces dark, auto follows the reader's system (global.css). */
export function applyEmbedOptions(options: EmbedOptions = embedOptions()): void {
  const root = document.documentElement;
  if (options.theme === 'auto') delete root.dataset['theme'];
  else root.dataset['theme'] = options.theme;
  if (options.plain) root.dataset['plain'] = '';
  if (options.static) root.dataset['static'] = '';
}

function openInNewTab(link: Element): void {
  if (!link.hasAttribute('href')) return;
  link.setAttribute('target', '_blank');
  const rel = new Set((link.getAttribute('rel') ?? '').split(/\s+/).filter(Boolean));
  rel.add('noopener');
  link.setAttribute('rel', [...rel].join(' '));
}

/**
 * Names each data cell by its column's header (data-label), so that a frame narrower than the table shows each
 * row as labelled figures instead of scrolling sideways (EmbedLayout.astro). A cell labelled at build time keeps
 * its label; rows a script draws later are labelled as they arrive.
 */
export function labelTableCells(): void {
  for (const table of document.querySelectorAll('table')) {
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
    for (const row of table.querySelectorAll('tbody tr')) {
      [...row.children].forEach((cell, i) => {
        if (cell.localName === 'td' && !cell.hasAttribute('data-label'))
          cell.setAttribute('data-label', headers[i] ?? '');
      });
    }
  }
}

/** Every link, now and added later (chart marks, the map's panel), opens the full site in a new tab. */
export function openLinksOutside(): void {
  for (const link of document.querySelectorAll('a')) openInNewTab(link);
  labelTableCells();
  new MutationObserver((records) => {
    if (records.some((r) => r.type === 'childList')) labelTableCells();
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.localName === 'a') openInNewTab(node);
        for (const link of node.querySelectorAll('a')) openInNewTab(link);
      }
      if (record.type === 'attributes' && record.target instanceof Element) openInNewTab(record.target);
    }
  }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
}

function contentHeightPx(): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

/** Posts the height on load, on every change of size, and whenever the host script asks. */
export function reportHeight(): void {
  if (window.parent === window) return;
  let last = -1;
  const post = (force = false) => {
    const heightPx = contentHeightPx();
    if (!force && heightPx === last) return;
    last = heightPx;
    // The height is not a secret, and the host's origin is unknown: any parent may read it.
    window.parent.postMessage({ type: EMBED_MESSAGES.height, heightPx }, '*');
  };
  new ResizeObserver(() => post()).observe(document.documentElement);
  window.addEventListener('load', () => post(true));
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && event.data?.type === EMBED_MESSAGES.ask) post(true);
  });
  post(true);
}

export function initEmbedFrame(): void {
  applyEmbedOptions();
  openLinksOutside();
  reportHeight();
  // Says the frame's links and options are in place (tests wait for it; nothing styles on it).
  document.documentElement.dataset['embedReady'] = '';
}
