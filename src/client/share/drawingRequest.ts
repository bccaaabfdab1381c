// A view whose image is not the svg on screen (the atlas: its static map shows build-time pictures, and its
// incidents are an <img>) answers this event, dispatched on the view's drawing element, with the drawing to
// export. An event rather than a shared registry: the page's scripts and the lazy export chunk need not share
// a module instance.
export const DRAWING_REQUEST_EVENT = 'share-drawing-request';

export interface ExportDrawing {
  markup: string;
  widthPx: number;
  heightPx: number;
}

export interface DrawingRequestDetail {
  provide(drawing: Promise<ExportDrawing>): void;
}

/** The drawing a view provides for export, or null when it lets the panel read its svg elements. */
export function requestDrawing(container: Element): Promise<ExportDrawing> | null {
  let provided: Promise<ExportDrawing> | null = null;
  container.dispatchEvent(
    new CustomEvent<DrawingRequestDetail>(DRAWING_REQUEST_EVENT, {
      bubbles: true,
      detail: { provide: (drawing) => (provided = drawing) },
    }),
  );
  return provided;
}
