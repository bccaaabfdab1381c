/**
 * Every colour the maps draw with, for both themes: the WebGL map (client/atlas/map.ts with map/layers.ts), the
 * static SVG map (map/staticMap.ts), the atlas timeline strip and the CSS behind the map all read them from here.
 * Route colours are data (data/routes.csv, `colour`), not design tokens, so they are not repeated here.
 *
 * It lives in src/map and not in src/lib: colours are drawing, and nothing in the data layer needs one. CSS cannot
 * import a module, so src/styles/global.css keeps its `--map-*` custom properties and tests/map/palette.test.ts
 * checks they equal the values below (CSS_MAP_PROPERTIES).
 */

export type Theme = 'light' | 'dark';

export interface MapPalette {
  /** Water: the map's background. */
  sea: string;
  land: string;
  /** Country borders (dashed on the WebGL map). */
  border: string;
  /** The outline of the land. */
  coast: string;
  /** Place and country labels and place dots; the glyphs of measures on the WebGL map. */
  text: string;
  /** The outline behind labels and route lines, so they read over any background. */
  halo: string;
  /** The diamonds of measures on the static map. */
  measure: string;
  /** The outline of measure glyphs on the WebGL map. */
  measureHalo: string;
  /** Incidents that belong to no route. */
  otherIncident: string;
  /** The dead-and-missing strip of the atlas timeline. */
  deadMissing: string;
}

// Where the two maps had drifted apart, the colour readers saw won: the static map is drawn only in the light
// theme, so the light coast and text come from it; the dark values come from the WebGL map, the only dark map.
export const PALETTE: Readonly<Record<Theme, Readonly<MapPalette>>> = {
  light: {
    sea: '#dfe7ee',
    land: '#f4f1ea',
    border: '#b9b3a8',
    coast: '#c9c3b8',
    text: '#2a2a2a',
    halo: '#ffffff',
    measure: '#3a3a3a',
    measureHalo: '#ffffff',
    otherIncident: '#8a8a8a',
    deadMissing: '#D55E00',
  },
  dark: {
    sea: '#1b2530',
    land: '#2c2f33',
    border: '#4d5157',
    coast: '#3b3f45',
    text: '#ebebe8',
    halo: '#141518',
    measure: '#ebebe8',
    measureHalo: '#ffffff',
    otherIncident: '#9a9a9a',
    deadMissing: '#D55E00',
  },
};

/**
 * The CSS custom properties global.css must declare in `:root`, and the light-theme colour each must equal. Only
 * light: the static map, which the CSS sits behind, is always drawn in the light theme.
 */
export const CSS_MAP_PROPERTIES: Readonly<Record<string, keyof MapPalette>> = {
  '--map-sea': 'sea',
};

/** '#rrggbb' → [r, g, b], for deck.gl, which takes colours as byte arrays. */
export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
