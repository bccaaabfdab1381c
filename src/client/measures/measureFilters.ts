// The measures list: filter by region and type, kept in the URL (?region=…&type=…) so a filtered list
// can be linked. Unknown values in the URL are ignored. Without JavaScript every measure is listed.
import { measureFilterParams, parseMeasureFilters } from '../../lib/measures/filters.ts';
import { setViewParams } from '../viewUrl.ts';

export function initMeasureFilters(): void {
  const form = document.querySelector<HTMLFormElement>('[data-measure-filters]');
  if (!form) return;
  form.hidden = false;
  const region = form.querySelector<HTMLSelectElement>('[data-filter="region"]')!;
  const type = form.querySelector<HTMLSelectElement>('[data-filter="type"]')!;
  const count = form.querySelector<HTMLElement>('[data-filter-count]')!;
  const items = [...document.querySelectorAll<HTMLLIElement>('.measure-list li')];
  const marks = [...document.querySelectorAll<SVGAElement>('.measure-timeline a[data-measure]')];
  const visibleIds = new Set<string>();

  const offered = (select: HTMLSelectElement) => [...select.options].map((o) => o.value).filter(Boolean);
  const linked = parseMeasureFilters(location.search, { regions: offered(region), types: offered(type) });
  region.value = linked.region;
  type.value = linked.type;

  const apply = () => {
    visibleIds.clear();
    let shown = 0;
    for (const item of items) {
      const ok =
        (!region.value || (item.dataset['regions'] ?? '').split(' ').includes(region.value)) &&
        (!type.value || item.dataset['type'] === type.value);
      item.hidden = !ok;
      if (ok) {
        shown++;
        const href = item.querySelector('a')?.getAttribute('href') ?? '';
        visibleIds.add(href.split('/').filter(Boolean).at(-1) ?? '');
      }
    }
    for (const mark of marks) mark.style.opacity = visibleIds.has(mark.dataset['measure'] ?? '') ? '1' : '0.15';
    count.textContent = `${shown} shown`;
    setViewParams(measureFilterParams({ region: region.value, type: type.value }));
  };
  region.addEventListener('change', apply);
  type.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
