// The atlas's drawing for the image download (src/map/atlasExport.ts): the static map of the view in the
// address, with the layers on and a legend. Loaded only when the reader asks for an image.
import type { Basemap } from '../../lib/atlas/basemap.ts';
import type { AtlasPayload } from '../../lib/atlas/payload.ts';
import type { AtlasState } from '../../lib/atlas/state.ts';
import { atlasExportSvg } from '../../map/atlasExport.ts';
import type { ExportDrawing } from '../share/drawingRequest.ts';

export async function atlasDrawing(
  payload: AtlasPayload,
  state: AtlasState,
  basemapUrl: string,
): Promise<ExportDrawing> {
  const basemap = (await (await fetch(basemapUrl)).json()) as Basemap;
  const explicit = document.documentElement.dataset['theme'];
  const theme =
    explicit === 'light' || explicit === 'dark'
      ? explicit
      : matchMedia('(prefers-color-scheme: dark)').matches
        ? 'dark'
        : 'light';
  return atlasExportSvg({ payload, basemap, state, theme });
}

/**
 * The same drawing where the page has no atlas data (a static=1 embed runs no atlas script): the payload is
 * fetched now, on the reader's request, so the image carries the incidents and measures the picture shows.
 */
export async function atlasDrawingFromData(
  dataUrl: string,
  state: AtlasState,
  basemapUrl: string,
): Promise<ExportDrawing> {
  const payload = (await (await fetch(dataUrl)).json()) as AtlasPayload;
  return atlasDrawing(payload, state, basemapUrl);
}
