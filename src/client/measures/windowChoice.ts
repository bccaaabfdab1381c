// Measure pages and their embed: the before/after card's window (6, 12 or 24 months). On the measure page the
// choice is a set of links to the page built for each window, which need no script; this script only honours the
// query form (?window=24) on the page that opens on the default window. In the embed the choice is a set of
// buttons, shown by this script, that switch the card in place and keep the choice in the URL.
import { DEFAULT_SHIFT_WINDOW, parseShiftWindow } from '../../lib/measures/shifts.ts';
import { readViewQuery } from '../../lib/url/params.ts';
import { setViewParam } from '../viewUrl.ts';

export function initWindowChoice(): void {
  const group = document.querySelector<HTMLElement>('[data-window-choice]');
  if (!group) return;
  const choices = [...group.querySelectorAll<HTMLElement>('[data-window]')];
  const panels = [...document.querySelectorAll<HTMLElement>('[data-window-panel]')];
  const show = (n: number) => {
    for (const choice of choices) {
      const chosen = choice.dataset['window'] === String(n);
      if (choice instanceof HTMLButtonElement) choice.setAttribute('aria-pressed', String(chosen));
      else if (chosen) choice.setAttribute('aria-current', 'page');
      else choice.removeAttribute('aria-current');
    }
    for (const panel of panels) panel.hidden = panel.dataset['windowPanel'] !== String(n);
  };
  if (group.dataset['windowQuery'] !== undefined) {
    const linked = parseShiftWindow(readViewQuery(location.search).window);
    if (linked) show(linked);
  }
  const buttons = choices.filter((c): c is HTMLButtonElement => c instanceof HTMLButtonElement);
  if (buttons.length === 0) return;
  group.hidden = false;
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const n = Number(button.dataset['window']);
      show(n);
      setViewParam('window', n === DEFAULT_SHIFT_WINDOW ? null : String(n));
    });
  }
}
