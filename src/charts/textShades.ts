/**
 * Route names in charts are written in a text shade of their route's colour: the colour itself where it reads,
 * darker on the light page and lighter on the dark one where it does not. The line or swatch beside the name
 * keeps the route colour itself. CSS cannot import a module, so src/styles/global.css declares the shades as
 * `--route-text-<id>` custom properties and tests/charts/textShades.test.ts checks they equal these.
 */
import { textShade } from '../lib/core/contrast.ts';

export type Theme = 'light' | 'dark';

/** The page and surface colours of each theme (`--bg`, `--surface` in global.css): text must read on both. */
export const THEME_BACKGROUNDS: Readonly<Record<Theme, readonly string[]>> = {
  light: ['#fbfaf7', '#ffffff'],
  dark: ['#141518', '#1d1f23'],
};

export function routeTextShade(colour: string, theme: Theme): string {
  return textShade(colour, THEME_BACKGROUNDS[theme]);
}
