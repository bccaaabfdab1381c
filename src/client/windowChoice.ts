// Measure pages: switch the before/after card between 6, 12 and 24 months. Without JavaScript the
// 12-month card shows and the download holds the others.
export function initWindowChoice(): void {
  const group = document.querySelector<HTMLElement>('[data-window-choice]');
  if (!group) return;
  group.hidden = false;
  const buttons = [...group.querySelectorAll<HTMLButtonElement>('[data-window]')];
  const panels = [...document.querySelectorAll<HTMLElement>('[data-window-panel]')];
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const n = button.dataset['window'];
      for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
      for (const panel of panels) panel.hidden = panel.dataset['windowPanel'] !== n;
    });
  }
}
