/**
 * Build-time PNG rendering of the site's own SVG (link previews): resvg, with the DejaVu fonts from npm and no
 * system fonts, so the picture is the same on every machine and nothing is fetched.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(fontDir, f));

export function svgToPng(svg: string, widthPx?: number): Uint8Array {
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    ...(widthPx ? { fitTo: { mode: 'width' as const, value: widthPx } } : {}),
  });
  return resvg.render().asPng();
}

export function pngResponse(png: Uint8Array): Response {
  return new Response(png as unknown as BodyInit, { headers: { 'Content-Type': 'image/png' } });
}
