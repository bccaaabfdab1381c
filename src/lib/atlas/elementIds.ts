// Every element id of the atlas page, in one place. The Astro components render them (`id={ATLAS_IDS.from}`)
// and the browser code looks them up (`byId(ATLAS_IDS.from)`), so renaming an id renames it on both sides
// and a misspelt one is a type error instead of a control that silently stops working. The browser tests
// and the benchmark select these ids by their literal values: change a value only together with them.
export const ATLAS_IDS = {
  /** The atlas root; its data-config carries the page config and data-map the map's state. */
  root: 'atlas',
  // Controls (AtlasControls.astro)
  windowWords: 'atlas-window-words',
  from: 'atlas-from',
  to: 'atlas-to',
  fromRange: 'atlas-from-range',
  toRange: 'atlas-to-range',
  play: 'atlas-play',
  // Compare mode and route widths (AtlasControls.astro)
  compareWith: 'atlas-compare-with',
  compareCustom: 'atlas-compare-custom',
  compareFrom: 'atlas-compare-from',
  compareTo: 'atlas-compare-to',
  compareWords: 'atlas-compare-words',
  widthScaleChoice: 'atlas-width-scale-choice',
  playHelp: 'atlas-play-help',
  viewsLabel: 'atlas-views-label',
  copyLink: 'atlas-copy-link',
  copyStatus: 'atlas-copy-status',
  // Map, timeline brush and details (AtlasView.astro)
  map: 'atlas-map',
  mapCanvas: 'atlas-map-canvas',
  mapStatus: 'atlas-map-status',
  /** The static map: its data-region and data-window name the picture shown (src/lib/atlas/staticViews.ts). */
  staticMap: 'atlas-static-map',
  staticCaption: 'atlas-static-caption',
  brush: 'atlas-brush',
  // The phone's before/after toggle in compare mode (AtlasView.astro)
  compareToggle: 'atlas-compare-toggle',
  compareBefore: 'atlas-compare-before',
  compareAfter: 'atlas-compare-after',
  detailsHeading: 'atlas-details-h',
  details: 'atlas-details',
  /** The one polite live region: settled changes and Play's "playing"/"paused" (client/atlas/announcer.ts). */
  announcer: 'atlas-announcer',
  // The compact time bar under the map on narrow screens (Play beside the timeline).
  timebar: 'atlas-timebar',
  playCompact: 'atlas-play-compact',
  // The keyboard's list of what the map shows (client/atlas/featureList.ts).
  featuresHeading: 'atlas-features-h',
  features: 'atlas-features',
  // Summary of the window (AtlasSummary.astro)
  summaryHeading: 'atlas-summary-h',
  summaryText: 'atlas-summary-text',
  visibleIncidents: 'atlas-visible-incidents',
  visibleDead: 'atlas-visible-dead',
  summaryBody: 'atlas-summary-body',
  summaryHead: 'atlas-summary-head',
  summaryWindow: 'atlas-summary-window',
  // Legend (AtlasLegend.astro)
  legendHeading: 'atlas-legend-h',
  legendCompare: 'atlas-legend-compare',
  legendScale: 'atlas-legend-scale',
  // The line-width key's box: the client redraws the key inside it for the scale in use.
  legendWidthKey: 'atlas-legend-width-key',
  // Prefix of the line-width key's title id (charts/atlas/widthLegend.ts adds "-title").
  widthScale: 'atlas-width-scale',
} as const;

export type AtlasElementId = (typeof ATLAS_IDS)[keyof typeof ATLAS_IDS];

/** Prefix of the ids inside the build-time static map's SVG (staticMapSvg's idPrefix). */
export const ATLAS_STATIC_MAP_ID_PREFIX = 'atlas-static';
