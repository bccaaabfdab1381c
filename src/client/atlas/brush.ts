// The atlas's compact timeline as a brush: drag to draw a window, drag the window to move it, arrow keys
// to step it. It only reports windows; the store (state.ts) owns the state and controls.ts tells the brush
// what to show.
import { monthAtPx, pxAtMonth, SPARKLINE } from '../../charts/atlas/windowSparkline.ts';

/** How far a finger must move sideways before the brush follows it. */
const TOUCH_SLOP_PX = 10;

export interface Brush {
  show(startIndex: number, endIndex: number): void;
  /** Compare mode's reference window as a second (dashed) box, or none. */
  showReference(window: [number, number] | null): void;
}

export function initBrush(
  host: HTMLElement,
  onWindow: (startIndex: number, endIndex: number) => void,
  onReference: (startIndex: number, endIndex: number) => void = () => {},
): Brush {
  const svg = host.querySelector('svg')!;
  const rect = svg.querySelector<SVGRectElement>('.window-rect')!;
  const referenceRect = svg.querySelector<SVGRectElement>('.reference-rect')!;
  const months = Number(svg.dataset['months']);
  let current: [number, number] = [0, 0];
  let reference: [number, number] | null = null;

  const toSvgX = (clientX: number) => {
    const box = svg.getBoundingClientRect();
    return ((clientX - box.left) / box.width) * SPARKLINE.widthPx;
  };

  let drag: { mode: 'draw' | 'move' | 'move-reference'; anchor: number; startWindow: [number, number] } | null = null;
  // A finger on the strip may be scrolling the page (touch-action: pan-y): the brush waits until it has
  // moved sideways more than down, then starts from where it first touched.
  let touchStart: { x: number; y: number; pointerId: number } | null = null;
  function begin(clientX: number, pointerId: number) {
    const k = monthAtPx(toSvgX(clientX), months);
    const inside = k >= current[0] && k <= current[1];
    // The reference box moves when grabbed where it does not overlap the current window.
    if (!inside && reference && k >= reference[0] && k <= reference[1]) {
      drag = { mode: 'move-reference', anchor: k, startWindow: [...reference] as [number, number] };
      host.setPointerCapture(pointerId);
      return;
    }
    drag = { mode: inside ? 'move' : 'draw', anchor: k, startWindow: [...current] as [number, number] };
    host.setPointerCapture(pointerId);
    if (!inside) onWindow(k, k);
  }
  host.addEventListener('pointerdown', (event) => {
    if (event.pointerType === 'touch') touchStart = { x: event.clientX, y: event.clientY, pointerId: event.pointerId };
    else begin(event.clientX, event.pointerId);
  });
  host.addEventListener('pointermove', (event) => {
    if (touchStart) {
      const dx = Math.abs(event.clientX - touchStart.x);
      if (dx < TOUCH_SLOP_PX || dx <= Math.abs(event.clientY - touchStart.y)) return;
      begin(touchStart.x, touchStart.pointerId);
      touchStart = null;
    }
    if (!drag) return;
    const k = monthAtPx(toSvgX(event.clientX), months);
    if (drag.mode === 'draw') onWindow(Math.min(drag.anchor, k), Math.max(drag.anchor, k));
    else {
      const length = drag.startWindow[1] - drag.startWindow[0];
      const start = Math.max(0, Math.min(months - 1 - length, drag.startWindow[0] + k - drag.anchor));
      (drag.mode === 'move' ? onWindow : onReference)(start, start + length);
    }
  });
  const end = () => {
    drag = null;
    touchStart = null;
  };
  host.addEventListener('pointerup', end);
  host.addEventListener('pointercancel', end);

  host.addEventListener('keydown', (event) => {
    const step = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
    if (!step) return;
    event.preventDefault();
    const [s, e] = current;
    if (event.shiftKey) onWindow(s, Math.max(s, Math.min(months - 1, e + step)));
    else if (s + step >= 0 && e + step <= months - 1) onWindow(s + step, e + step);
  });

  return {
    showReference(window) {
      reference = window;
      referenceRect.setAttribute('visibility', window ? 'visible' : 'hidden');
      if (!window) return;
      referenceRect.setAttribute('x', String(pxAtMonth(window[0], months)));
      referenceRect.setAttribute('width', String(pxAtMonth(window[1] + 1, months) - pxAtMonth(window[0], months)));
    },
    show(startIndex, endIndex) {
      current = [startIndex, endIndex];
      rect.setAttribute('x', String(pxAtMonth(startIndex, months)));
      rect.setAttribute('width', String(pxAtMonth(endIndex + 1, months) - pxAtMonth(startIndex, months)));
    },
  };
}
