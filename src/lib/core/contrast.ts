/**
 * WCAG 2 contrast between colours, and a text shade of a colour that reads on given backgrounds: route colours
 * are chosen to tell lines apart, and several are too light (or, on a dark page, too dark) for text.
 */

/** The minimum contrast of normal-size text (WCAG 2, level AA). */
export const MIN_TEXT_CONTRAST = 4.5;

function channels(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: "${hex}"`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Contrast ratio, 1 to 21, whichever colour is lighter. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The colour itself if it already reads on every background; otherwise the nearest shade of it, mixed toward
 * black on light backgrounds or toward white on dark ones, in 2% steps, that reaches `minRatio` on all of them.
 */
export function textShade(colour: string, backgrounds: readonly string[], minRatio = MIN_TEXT_CONTRAST): string {
  const reads = (c: string) => backgrounds.every((bg) => contrastRatio(c, bg) >= minRatio);
  const dark = backgrounds.every((bg) => luminance(bg) < 0.5);
  const target = dark ? [255, 255, 255] : [0, 0, 0];
  const base = channels(colour);
  for (let step = 0; step <= 50; step++) {
    const mixed = toHex(base.map((c, i) => c + (target[i]! - c) * (step / 50)));
    if (reads(mixed)) return mixed;
  }
  return toHex(target);
}
