// What the chart text tests measure in the page (tests/browser/charts.test.ts, no-js.test.ts): functions run by
// page.evaluate, so each is self-contained.

/** Issue 11: chart text is at least 11 CSS px on screen, from a 320 px phone to a desktop. */
export const MIN_CHART_TEXT_PX = 11;

/**
 * Runs in the page: every visible chart text that runs outside its SVG's viewBox, or whose size on screen is
 * under the minimum (the drawing's font size times the scale the page draws it at).
 */
export function chartTextProblems(minPx: number) {
  const outside: string[] = [];
  const small: string[] = [];
  for (const svg of document.querySelectorAll<SVGSVGElement>('svg.chart')) {
    if (svg.getClientRects().length === 0) continue;
    const box = svg.viewBox.baseVal;
    const scale = svg.getBoundingClientRect().width / box.width;
    for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
      if (!text.textContent?.trim()) continue;
      const b = text.getBBox();
      const where = `${svg.id || svg.querySelector('title')?.id}: "${text.textContent}"`;
      if (
        b.x < box.x - 0.5 ||
        b.y < box.y - 0.5 ||
        b.x + b.width > box.x + box.width + 0.5 ||
        b.y + b.height > box.y + box.height + 0.5
      )
        outside.push(`${where} at x ${b.x.toFixed(0)}–${(b.x + b.width).toFixed(0)}`);
      const sizePx = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (sizePx < minPx - 0.05) small.push(`${where} ${sizePx.toFixed(1)} px`);
    }
  }
  return { outside, small };
}

/** Runs in the page: whether it scrolls sideways. */
export function scrollsSideways() {
  return document.documentElement.scrollWidth > document.documentElement.clientWidth;
}

/** Runs in the page: per route chart, how many of its drawings are on screen (one, whichever width it is drawn at). */
export function visibleRouteChartDrawings() {
  return [...document.querySelectorAll<HTMLElement>('[data-route-chart]')].map((figure) => ({
    chart: figure.dataset['routeChart'],
    visible: [...figure.querySelectorAll('[data-chart-svgs] svg.chart')].filter(
      (svg) => svg.getClientRects().length > 0,
    ).length,
  }));
}
