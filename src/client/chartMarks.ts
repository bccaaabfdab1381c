// The linked marks of a chart (measures on a time axis) are one Tab stop: the chart renders the first with
// tabindex 0 and the rest with -1 (roving tabindex); here the arrow keys, Home and End move focus between them.
// One listener on the document serves every chart, including those the timelines redraw.
const MARKS = '[data-roving-marks]';

function move(current: Element, key: string): Element | null {
  const group = current.closest(MARKS);
  if (!group) return null;
  const marks = [...group.querySelectorAll(':scope > a[href]')];
  const at = marks.indexOf(current);
  if (at < 0) return null;
  if (key === 'Home') return marks[0] ?? null;
  if (key === 'End') return marks.at(-1) ?? null;
  const step = key === 'ArrowRight' || key === 'ArrowDown' ? 1 : key === 'ArrowLeft' || key === 'ArrowUp' ? -1 : 0;
  return step === 0 ? null : (marks[Math.min(marks.length - 1, Math.max(0, at + step))] ?? null);
}

let installed = false;

export function initChartMarks(): void {
  if (installed) return;
  installed = true;
  document.addEventListener('keydown', (event) => {
    const target = event.target;
    if (!(target instanceof Element) || !target.matches(`${MARKS} > a[href]`)) return;
    const next = move(target, event.key);
    if (!next) return;
    event.preventDefault();
    if (next === target) return;
    target.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    (next as SVGElement).focus();
  });
}
