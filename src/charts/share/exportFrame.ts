/**
 * The frame of a downloaded image: the view's drawing with its title, subtitle, source line and the site's
 * name drawn in, so a PNG or SVG pasted into an article still says what it shows and where it comes from.
 * Pure string building: the browser passes the drawing it has on screen, already serialized.
 */
import { h, px, svgFrame, svgFrameMarkup, toSvgString, type SvgNode } from '../svg.ts';

export const EXPORT_FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';

export interface ExportColours {
  background: string;
  text: string;
  muted: string;
}

export interface ExportFrameInput {
  /** The drawing's width and height in CSS pixels, as on screen. */
  bodyWidthPx: number;
  bodyHeightPx: number;
  /** The drawing as SVG markup (nested svg elements placed in a box of bodyWidthPx × bodyHeightPx). */
  bodyMarkup: string;
  title: string;
  subtitle?: string;
  sourceLines: readonly string[];
  siteLine: string;
  colours: ExportColours;
}

const PADDING_PX = 16;
const TITLE_PX = 18;
const SUBTITLE_PX = 13;
const SOURCE_PX = 11;

/** Greedy word wrap by an average glyph width: good enough for system-ui at these sizes. */
export function wrapText(text: string, widthPx: number, fontPx: number): string[] {
  const maxChars = Math.max(10, Math.floor(widthPx / (fontPx * 0.55)));
  const lines: string[] = [];
  let line = '';
  // A word longer than a line (a permalink on a phone-width image) is cut into line-long pieces.
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => w.match(new RegExp(`.{1,${maxChars}}`, 'g')) ?? []);
  for (const word of words) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function textBlock(lines: string[], topPx: number, fontPx: number, attrs: Record<string, string | number>): SvgNode[] {
  const lineHeightPx = Math.round(fontPx * 1.3);
  return lines.map((line, i) =>
    h('text', { x: PADDING_PX, y: px(topPx + fontPx + i * lineHeightPx), 'font-size': fontPx, ...attrs }, line),
  );
}

export function exportFrameSvg(input: ExportFrameInput): { markup: string; widthPx: number; heightPx: number } {
  const widthPx = Math.ceil(input.bodyWidthPx + 2 * PADDING_PX);
  const textWidthPx = widthPx - 2 * PADDING_PX;
  const { colours } = input;
  let y = PADDING_PX;
  const blocks: SvgNode[] = [];
  const add = (lines: string[], fontPx: number, attrs: Record<string, string | number>, gapPx: number) => {
    blocks.push(...textBlock(lines, y, fontPx, attrs));
    y += lines.length * Math.round(fontPx * 1.3) + gapPx;
  };
  add(wrapText(input.title, textWidthPx, TITLE_PX), TITLE_PX, { 'font-weight': 700, fill: colours.text }, 4);
  if (input.subtitle) add(wrapText(input.subtitle, textWidthPx, SUBTITLE_PX), SUBTITLE_PX, { fill: colours.text }, 0);
  y += 8;
  const bodyTopPx = y;
  y += input.bodyHeightPx + 8;
  for (const line of input.sourceLines)
    add(wrapText(line, textWidthPx, SOURCE_PX), SOURCE_PX, { fill: colours.muted }, 2);
  add(wrapText(input.siteLine, textWidthPx, SOURCE_PX), SOURCE_PX, { 'font-weight': 700, fill: colours.text }, 0);
  const heightPx = Math.ceil(y + PADDING_PX);
  const markup = svgFrameMarkup(
    {
      widthPx,
      heightPx,
      label: { title: input.title, description: input.subtitle, idPrefix: 'export' },
      attrs: { width: widthPx, height: heightPx, 'font-family': EXPORT_FONT_FAMILY },
    },
    toSvgString(h('rect', { width: widthPx, height: heightPx, fill: colours.background })) +
      blocks.map(toSvgString).join('') +
      `<g transform="translate(${PADDING_PX} ${bodyTopPx})">${input.bodyMarkup}</g>`,
  );
  return { markup, widthPx, heightPx };
}

/**
 * A table drawn as SVG, for views that are a table rather than a chart (a measure's before/after card):
 * first column wider, numbers right-aligned, header text wrapped.
 */
export function tableSvg(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  widthPx: number,
  colours: ExportColours,
): { markup: string; heightPx: number } {
  const fontPx = 11;
  const rowPx = 18;
  const firstPx = Math.min(220, Math.round(widthPx * 0.28));
  const otherPx = (widthPx - firstPx) / Math.max(1, headers.length - 1);
  const colRight = (i: number) => (i === 0 ? 0 : firstPx + i * otherPx - 4);
  const headerLines = headers.map((text, i) => wrapText(text, i === 0 ? firstPx : otherPx - 6, fontPx));
  const headerPx = Math.max(...headerLines.map((l) => l.length)) * 14 + 6;
  const cell = (text: string, i: number, yPx: number, weight: number) =>
    h(
      'text',
      {
        x: px(colRight(i)),
        y: px(yPx),
        'font-size': fontPx,
        'font-weight': weight,
        'text-anchor': i === 0 ? 'start' : 'end',
        fill: colours.text,
      },
      text,
    );
  const head = headerLines.flatMap((lines, i) => lines.map((line, k) => cell(line, i, 12 + k * 14, 700)));
  const body = rows.flatMap((row, r) => [
    h('line', {
      x1: 0,
      x2: widthPx,
      y1: px(headerPx + r * rowPx),
      y2: px(headerPx + r * rowPx),
      stroke: colours.muted,
      'stroke-width': 0.5,
    }),
    ...row.map((text, i) => cell(text, i, headerPx + r * rowPx + 13, i === 0 ? 600 : 400)),
  ]);
  const heightPx = headerPx + rows.length * rowPx + 4;
  return {
    markup: toSvgString(
      svgFrame({ widthPx, heightPx, label: null, attrs: { width: widthPx, height: heightPx } }, head, body),
    ),
    heightPx,
  };
}
