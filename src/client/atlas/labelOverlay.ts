// The map's text as HTML over the WebGL canvas (why: src/map/labels.ts): country and place names, the measures'
// marks and compare mode's change labels. One element per text, kept by id from one update to the next; on every
// camera move each shown text is moved with a CSS transform, which costs no layout.
// The text is aria-hidden: the feature list, the summary and the table under the map give it to assistive
// technology, and the map's frame is its one tab stop.
import './mapLabels.css';
import {
  labelAtPoint,
  labelTransforms,
  MAP_LABEL_KINDS,
  type LabelBox,
  type MapLabel,
  type MapLabelKind,
} from '../../map/labels.ts';

/** What the overlay needs of MapLibre's Map. */
export interface LabelMap {
  /** The map's frame: the text is laid over it, at its size (below MapLibre's controls). */
  getContainer(): HTMLElement;
  getZoom(): number;
  project(lonLat: [number, number]): { x: number; y: number };
  on(type: 'move' | 'resize', listener: () => void): unknown;
}

/** The palette colours the text is drawn in (src/map/palette.ts). */
export interface LabelColours {
  text: string;
  halo: string;
  measureHalo: string;
}

export interface LabelOverlay {
  /** Replaces one kind's labels; elements whose id stays are kept. */
  set(kind: MapLabelKind, labels: readonly MapLabel[]): void;
  /** The kinds not drawn (their layer is switched off). */
  hide(kinds: readonly MapLabelKind[]): void;
  setColours(colours: LabelColours): void;
  /** The topmost shown label of these kinds that covers a point of the map's frame (CSS px), or null. */
  at(xPx: number, yPx: number, kinds: readonly MapLabelKind[]): LabelBox | null;
}

interface Shown {
  label: MapLabel;
  element: HTMLElement;
}

export function createLabelOverlay(map: LabelMap, colours: LabelColours): LabelOverlay {
  const frame = map.getContainer();
  const root = document.createElement('div');
  root.className = 'map-labels';
  root.setAttribute('aria-hidden', 'true');
  // One layer per kind, in drawing order: a later kind is drawn over an earlier one.
  const layers = new Map<MapLabelKind, { element: HTMLElement; shown: Shown[] }>(
    MAP_LABEL_KINDS.map((kind) => {
      const element = document.createElement('div');
      root.append(element);
      return [kind, { element, shown: [] }];
    }),
  );
  frame.append(root);

  let hidden: readonly MapLabelKind[] = [];
  let size = { widthPx: frame.clientWidth, heightPx: frame.clientHeight };
  const place = (kinds: readonly MapLabelKind[] = MAP_LABEL_KINDS) => {
    const view = { zoom: map.getZoom(), hiddenKinds: hidden, ...size, project: map.project.bind(map) };
    for (const kind of kinds) {
      const { shown } = layers.get(kind)!;
      labelTransforms(
        shown.map((s) => s.label),
        view,
      ).forEach((transform, i) => {
        const { element } = shown[i]!;
        // Written only when changed: a camera move runs this every frame for every text.
        if (element.hidden !== (transform === null)) element.hidden = transform === null;
        if (transform !== null && element.style.transform !== transform) element.style.transform = transform;
      });
    }
  };
  const setColours = (c: LabelColours) => {
    // Set through the CSSOM, which the site's content security policy allows (it rules out style attributes).
    root.style.setProperty('--map-label-text', c.text);
    root.style.setProperty('--map-label-halo', c.halo);
    root.style.setProperty('--map-label-measure-halo', c.measureHalo);
  };

  setColours(colours);
  map.on('move', () => place());
  map.on('resize', () => {
    size = { widthPx: frame.clientWidth, heightPx: frame.clientHeight };
    place();
  });

  return {
    set(kind, labels) {
      const layer = layers.get(kind)!;
      const byId = new Map(layer.shown.map((s) => [s.label.id, s.element]));
      layer.shown = labels.map((label) => {
        const element = byId.get(label.id) ?? document.createElement('span');
        byId.delete(label.id);
        const className = ['map-label', `map-label-${kind}`, ...(label.modifiers ?? [])].join(' ');
        if (element.className !== className) element.className = className;
        if (element.textContent !== label.text) element.textContent = label.text;
        element.dataset['label'] = label.id;
        return { label, element };
      });
      for (const gone of byId.values()) gone.remove();
      // In the labels' order, so that of two overlapping texts the later one is drawn on top. Left alone when the
      // order holds (a window change during Play): moving elements would restyle every one of them.
      const children = layer.element.children;
      const inOrder = children.length === layer.shown.length && layer.shown.every((s, i) => children[i] === s.element);
      if (!inOrder) layer.element.append(...layer.shown.map((s) => s.element));
      place([kind]);
    },
    hide(kinds) {
      if (kinds.length === hidden.length && kinds.every((k) => hidden.includes(k))) return;
      hidden = [...kinds];
      place();
    },
    setColours,
    at(xPx, yPx, kinds) {
      const origin = root.getBoundingClientRect();
      const boxes = MAP_LABEL_KINDS.filter((kind) => kinds.includes(kind)).flatMap((kind) =>
        layers.get(kind)!.shown.flatMap(({ label, element }) => {
          if (element.hidden) return [];
          const r = element.getBoundingClientRect();
          return [
            {
              kind,
              id: label.id,
              left: r.left - origin.left,
              top: r.top - origin.top,
              right: r.right - origin.left,
              bottom: r.bottom - origin.top,
            },
          ];
        }),
      );
      return labelAtPoint(boxes, xPx, yPx);
    },
  };
}
