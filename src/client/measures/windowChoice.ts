// Measure pages: switch the before/after card between 6, 12 and 24 months, and keep the choice in the URL
// (?window=24) so it can be linked and embedded. Without JavaScript the 12-month card shows and the download
// holds the others.
import { DEFAULT_SHIFT_WINDOW, parseShiftWindow } from '../../lib/measures/shifts.ts';
import { readViewQuery } from '../../lib/url/params.ts';
import { setViewParam } from '../viewUrl.ts';

export function initWindowChoice(): void {
  const group = document.querySelector<HTMLElement>('[data-window-choice]');
  if (!group) return;
  group.hidden = false;
  const buttons = [...group.querySelectorAll<HTMLButtonElement>('[data-window]')];
  const panels = [...document.querySelectorAll<HTMLElement>('[data-window-panel]')];
  const show = (n: number) => {
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset['window'] === String(n)));
    for (const panel of panels) panel.hidden = panel.dataset['windowPanel'] !== String(n);
  };
  const linked = parseShiftWindow(readViewQuery(location.search).window);
  if (linked) show(linked);
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const n = Number(button.dataset['window']);
      show(n);
      setViewParam('window', n === DEFAULT_SHIFT_WINDOW ? null : String(n));
    });
  }
}
