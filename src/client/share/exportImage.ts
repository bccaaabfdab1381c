// PNG and SVG of the view as shown: the site's own SVG drawing (the chart's visible svg elements, placed as on
// screen; the atlas draws its own view through drawingRequest.ts; a measure card's table drawn as one), with its computed colours and fonts
// written onto each element, framed with the title, sources and the site's name. PNG at 2× pixel density.
// Loaded only when the reader asks for an image.
import { exportFrameSvg, tableSvg, EXPORT_FONT_FAMILY, type ExportColours } from '../../charts/share/exportFrame.ts';
import { siteLine } from '../../lib/site/citation.ts';
import { viewFileName } from '../../lib/site/viewCsv.ts';
import { requestDrawing } from './drawingRequest.ts';
import { readTable, saveFile, stateInWords, type DownloadMeta } from './viewData.ts';

export const PIXEL_RATIO = 2;

// Presentation properties that CSS may set (classes, custom properties, currentColor): written inline so the
// file looks as the page does without the page's stylesheet.
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'display',
] as const;

function inlineStyles(original: SVGSVGElement, clone: SVGSVGElement): void {
  const originals = [original, ...original.querySelectorAll('*')];
  const clones = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((el, i) => {
    const target = clones[i] as SVGElement;
    const computed = getComputedStyle(el);
    // Presentation attributes, not a style attribute: the site's Content Security Policy forbids inline styles.
    // Lengths (font-size, stroke-width) stay as computed: inside an svg they are user units of its viewBox, which
    // the clone keeps, so text keeps its size relative to the drawing however wide the chart is drawn on screen
    // (measured: a label's width over a gridline's is the same on screen and in the export, 242 or 1222 px wide).
    for (const property of STYLE_PROPERTIES) target.setAttribute(property, computed.getPropertyValue(property));
    target.setAttribute('font-family', EXPORT_FONT_FAMILY);
  });
}

function colours(container: Element): ExportColours {
  const root = getComputedStyle(document.documentElement);
  const text = getComputedStyle(container).color;
  return {
    background: getComputedStyle(document.body).backgroundColor,
    text,
    muted: root.getPropertyValue('--muted').trim() || text,
  };
}

/** The visible svg elements of the drawing, each placed at its offset on screen (several for small multiples). */
function drawingBody(container: Element): { markup: string; widthPx: number; heightPx: number } {
  const svgs = [...container.querySelectorAll<SVGSVGElement>('svg')].filter(
    (svg) => svg.getClientRects().length > 0 && !svg.parentElement?.closest('svg'),
  );
  if (svgs.length === 0) throw new Error('the drawing is not on screen');
  const rects = svgs.map((svg) => svg.getBoundingClientRect());
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const serializer = new XMLSerializer();
  const markup = svgs
    .map((svg, i) => {
      const clone = svg.cloneNode(true) as SVGSVGElement;
      inlineStyles(svg, clone);
      const r = rects[i]!;
      clone.setAttribute('x', String(Math.round(r.left - left)));
      clone.setAttribute('y', String(Math.round(r.top - top)));
      clone.setAttribute('width', String(Math.round(r.width)));
      clone.setAttribute('height', String(Math.round(r.height)));
      // Shown or not on the page (the atlas hides its static map under the WebGL one), the drawing is the view.
      clone.setAttribute('visibility', 'visible');
      clone.removeAttribute('class');
      return serializer.serializeToString(clone);
    })
    .join('');
  return {
    markup,
    widthPx: Math.round(Math.max(...rects.map((r) => r.right)) - left),
    heightPx: Math.round(Math.max(...rects.map((r) => r.bottom)) - top),
  };
}

export async function viewSvg(meta: DownloadMeta): Promise<{ markup: string; widthPx: number; heightPx: number }> {
  const { config } = meta;
  const container = document.querySelector(config.drawingSelector);
  if (!container) throw new Error('the view is not on this page');
  const palette = colours(container);
  let body: { markup: string; widthPx: number; heightPx: number };
  const provided = requestDrawing(container);
  if (provided) body = await provided;
  else if (config.drawing === 'table') {
    const table = readTable(config);
    const widthPx = Math.max(560, Math.min(900, Math.round(container.getBoundingClientRect().width)));
    body = { ...tableSvg(table.headers, table.rows, widthPx, palette), widthPx };
  } else body = drawingBody(container);
  const state = stateInWords(config);
  return exportFrameSvg({
    bodyWidthPx: body.widthPx,
    bodyHeightPx: body.heightPx,
    bodyMarkup: body.markup,
    title: config.title,
    subtitle: state || undefined,
    sourceLines: config.sourceLines,
    siteLine: siteLine(config.version, meta.permalink, config.contentLicence),
    colours: palette,
  });
}

function toPng(svg: { markup: string; widthPx: number; heightPx: number }): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svg.markup], { type: 'image/svg+xml' }));
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = svg.widthPx * PIXEL_RATIO;
      canvas.height = svg.heightPx * PIXEL_RATIO;
      const context = canvas.getContext('2d')!;
      context.scale(PIXEL_RATIO, PIXEL_RATIO);
      context.drawImage(image, 0, 0, svg.widthPx, svg.heightPx);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be drawn'))), 'image/png');
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the drawing could not be read as an image'));
    };
    image.src = url;
  });
}

export async function downloadImage(format: 'png' | 'svg', meta: DownloadMeta): Promise<void> {
  const svg = await viewSvg(meta);
  const fileName = viewFileName(meta.config.title, format);
  if (format === 'svg') saveFile(new Blob([svg.markup], { type: 'image/svg+xml' }), fileName);
  else saveFile(await toPng(svg), fileName);
}
