/** What a "Share, embed, download" panel tells its browser code about its view (src/components/shared/SharePanel.astro). */
import type { ViewParamName } from '../url/params.ts';
import type { SourceInfo, UpstreamFile } from './sources.ts';
import type { CellMarker } from './viewCsv.ts';
import { viewQuery } from './embed.ts';

export interface ShareConfig {
  title: string;
  drawing: 'svg' | 'table';
  drawingSelector: string;
  tableSelector: string;
  stateSelector: string | null;
  permalinkPath: string;
  permalinkParams: ViewParamName[] | '*';
  permalinkHash: string;
  /** The public address (SITE_URL) when the build has one; else the browser's own origin is used. */
  siteUrl: string | null;
  version: string;
  /** From data/site.json: who publishes the site and the licence of its figures; null when not configured. */
  publisher: string | null;
  contentLicence: string | null;
  sources: SourceInfo[];
  upstreamFiles: UpstreamFile[];
  sourceLines: string[];
  markers: CellMarker[];
}

/** The view's address with its state, on the public address when configured: what a citation points to. */
export function permalinkOf(config: ShareConfig, origin: string, search: string): string {
  return `${config.siteUrl ?? origin}${config.permalinkPath}${viewQuery(search, config.permalinkParams)}${config.permalinkHash}`;
}
