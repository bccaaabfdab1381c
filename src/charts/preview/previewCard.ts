/**
 * Link-preview cards (1200×630, the size chat apps and social sites crop to): a title, a key figure with its
 * unit, an optional drawing (a chart or the static map, as an SVG string the site already makes) and the
 * source line, drawn as one SVG string. src/lib/io/previewImage.ts turns it into a PNG at build time.
 */
import { escapeXml } from '../../lib/core/escape.ts';
import { svgFrameMarkup } from '../svg.ts';

export const PREVIEW_SIZE = { widthPx: 1200, heightPx: 630 } as const;
/** The font the PNG renderer is given (shipped by the dejavu-fonts-ttf package): no system font is used. */
export const PREVIEW_FONT = 'DejaVu Sans';

export interface PreviewCard {
  /** The page or view, e.g. "Before and after: EU–Turkey Statement". */
  title: string;
  /** One line under the title: the key figure in words, with its unit. */
  subtitle?: string;
  /** An SVG drawing of the view (a whole svg element with a viewBox, as svgFrame writes it), placed on the right. */
  drawingSvg?: string;
  /** Sources, e.g. "Frontex (detections, not people) · IOM Missing Migrants Project (minimum estimate)". */
  sourceLine: string;
}

/** Splits text into lines of at most `maxChars`, on spaces; a last line that would overflow ends in "…". */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  // The ellipsis says text was cut; drop the last word when the line has no room for it.
  kept[maxLines - 1] = `${last.length < maxChars ? last : last.replace(/\s*\S*$/, '')}…`;
  return kept;
}

function textLines(lines: string[], x: number, y: number, sizePx: number, attrs: string): string {
  return lines
    .map((l, i) => `<text x="${x}" y="${y + i * sizePx * 1.25}" font-size="${sizePx}" ${attrs}>${escapeXml(l)}</text>`)
    .join('');
}

/** The drawing's viewBox size and its markup without the root element, to be placed inside the card. */
function unwrapDrawing(svg: string): { widthPx: number; heightPx: number; body: string } | null {
  const viewBox = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  const open = svg.indexOf('>');
  const close = svg.lastIndexOf('</');
  if (!viewBox || open < 0 || close < open) return null;
  return { widthPx: Number(viewBox[1]), heightPx: Number(viewBox[2]), body: svg.slice(open + 1, close) };
}

/** The card as an SVG string; with a drawing the text takes the left 40% and the drawing the rest. */
export function previewCardSvg(card: PreviewCard): string {
  const { widthPx: w, heightPx: hh } = PREVIEW_SIZE;
  const pad = 56;
  const drawing = card.drawingSvg ? unwrapDrawing(card.drawingSvg) : null;
  const textWidth = drawing ? 480 : w - 2 * pad;
  const charsPerLine = Math.floor(textWidth / 23);
  const title = wrapText(card.title, charsPerLine, 4);
  const subtitle = card.subtitle ? wrapText(card.subtitle, Math.floor(textWidth / 15), 4) : [];
  const subtitleY = pad + 70 + title.length * 48;
  let placed = '';
  if (drawing) {
    // Fit the drawing into the box right of the text, centred, keeping its proportions.
    const boxX = pad + textWidth + 24;
    const boxW = w - boxX - pad;
    const boxH = hh - 2 * pad - 60;
    const scale = Math.min(boxW / drawing.widthPx, boxH / drawing.heightPx);
    const x = boxX + (boxW - drawing.widthPx * scale) / 2;
    const y = pad + (boxH - drawing.heightPx * scale) / 2;
    placed = `<g transform="translate(${x.toFixed(1)} ${y.toFixed(1)}) scale(${scale.toFixed(4)})">${drawing.body}</g>`;
  }
  const body = [
    `<rect width="${w}" height="${hh}" fill="#fbfaf7"/>`,
    `<rect width="${w}" height="10" fill="#0072B2"/>`,
    `<text x="${pad}" y="${pad + 20}" font-size="24" font-weight="bold" fill="#0072B2">Shifting Routes</text>`,
    textLines(title, pad, pad + 80, 38, 'font-weight="bold" fill="#1d1d1f"'),
    textLines(subtitle, pad, subtitleY, 24, 'fill="#3a3a3c"'),
    placed,
    textLines(wrapText(card.sourceLine, 90, 2), pad, hh - pad + 4, 18, 'fill="#5a5a5e"'),
  ].join('');
  return svgFrameMarkup(
    {
      widthPx: w,
      heightPx: hh,
      label: { title: card.title, ...(card.subtitle ? { description: card.subtitle } : {}), idPrefix: 'preview' },
      // The renderer needs a size in pixels, not the 100% width the site's inline drawings use.
      attrs: { width: w, height: hh, 'font-family': PREVIEW_FONT },
    },
    body,
  );
}
