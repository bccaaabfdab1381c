// A static=1 atlas embed: no atlas script runs and the picture stays the build's drawing of the default view
// (AtlasView.astro), whose incidents are an <img> the image download cannot read. The download asks for the
// drawing (drawingRequest.ts); this answers with the default view drawn from the atlas data, fetched only then.
import type { AtlasConfig } from './controller.ts';
import { DRAWING_REQUEST_EVENT, type DrawingRequestDetail } from '../share/drawingRequest.ts';

export function provideStaticDrawing(root: HTMLElement): void {
  const config = JSON.parse(root.dataset['config'] ?? '{}') as AtlasConfig;
  root.addEventListener(DRAWING_REQUEST_EVENT, (event) => {
    (event as CustomEvent<DrawingRequestDetail>).detail.provide(
      import('./exportMap.ts').then((m) => m.atlasDrawingFromData(config.dataUrl, config.defaults, config.basemapUrl)),
    );
  });
}
