// The map's place and country names as HTML text over the WebGL canvas (why: src/map/labels.ts). One element per
// name, created once; on every camera move each shown name is moved with a CSS transform, which costs no layout.
// The names are aria-hidden: the feature list and the summary under the map give them to assistive technology.
import './mapLabels.css';
import { labelTransforms, placeAtPoint, type LabelBox, type MapLabel } from '../../map/labels.ts';

/** What the overlay needs of MapLibre's Map. */
export interface LabelMap {
  /** The map's frame: the names are laid over it, at its size (below MapLibre's controls). */
  getContainer(): HTMLElement;
  getZoom(): number;
  project(lonLat: [number, number]): { x: number; y: number };
  on(type: 'move' | 'resize', listener: () => void): unknown;
}

export interface LabelOverlay {
  /** Place names show with the places layer. */
  setPlacesShown(shown: boolean): void;
  /** The palette's text and halo colours (the theme changed). */
  setColours(textColour: string, haloColour: string): void;
  /** The place whose shown name covers a point of the map's frame (CSS px), or null. */
  placeAt(xPx: number, yPx: number): string | null;
}

export function createLabelOverlay(
  map: LabelMap,
  labels: readonly MapLabel[],
  options: { placesShown: boolean; textColour: string; haloColour: string },
): LabelOverlay {
  const frame = map.getContainer();
  const root = document.createElement('div');
  root.className = 'map-labels';
  root.setAttribute('aria-hidden', 'true');
  const elements = labels.map((label) => {
    const element = document.createElement('span');
    element.className = `map-label map-label-${label.kind}`;
    element.textContent = label.text;
    element.dataset['label'] = label.id;
    element.hidden = true;
    root.append(element);
    return element;
  });
  frame.append(root);

  let placesShown = options.placesShown;
  let size = { widthPx: frame.clientWidth, heightPx: frame.clientHeight };
  const place = () => {
    const transforms = labelTransforms(labels, {
      zoom: map.getZoom(),
      placesShown,
      ...size,
      project: (lonLat) => map.project(lonLat),
    });
    transforms.forEach((transform, i) => {
      const element = elements[i]!;
      element.hidden = transform === null;
      if (transform !== null && element.style.transform !== transform) element.style.transform = transform;
    });
  };
  const setColours = (textColour: string, haloColour: string) => {
    // Set through the CSSOM, which the site's content security policy allows (it rules out style attributes).
    root.style.setProperty('--map-label-text', textColour);
    root.style.setProperty('--map-label-halo', haloColour);
  };

  setColours(options.textColour, options.haloColour);
  place();
  map.on('move', place);
  map.on('resize', () => {
    size = { widthPx: frame.clientWidth, heightPx: frame.clientHeight };
    place();
  });

  return {
    setPlacesShown(shown) {
      if (shown === placesShown) return;
      placesShown = shown;
      place();
    },
    setColours,
    placeAt(xPx, yPx) {
      const origin = root.getBoundingClientRect();
      const boxes: LabelBox[] = [];
      labels.forEach((label, i) => {
        const element = elements[i]!;
        if (label.kind !== 'place' || element.hidden) return;
        const r = element.getBoundingClientRect();
        boxes.push({
          id: label.id,
          left: r.left - origin.left,
          top: r.top - origin.top,
          right: r.right - origin.left,
          bottom: r.bottom - origin.top,
        });
      });
      return placeAtPoint(boxes, xPx, yPx);
    },
  };
}
