// The measures list: filter by region and type, kept in the URL (?region=…&type=…) so a filtered list
// can be linked. Unknown values in the URL are ignored. Without JavaScript every measure is listed.
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

  const params = new URLSearchParams(location.search);
  const allowed = (select: HTMLSelectElement, value: string | null) =>
    value !== null && [...select.options].some((o) => o.value === value) ? value : '';
  region.value = allowed(region, params.get('region'));
  type.value = allowed(type, params.get('type'));

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
    const next = new URLSearchParams();
    if (region.value) next.set('region', region.value);
    if (type.value) next.set('type', type.value);
    const query = next.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  };
  region.addEventListener('change', apply);
  type.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
