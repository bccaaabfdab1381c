// The keyboard's way onto the map: a list of what the map shows in the current window and view (routes,
// measures in force, the largest incidents, places). Choosing an item commits the same selection a click
// on the map does, so the details panel, the map's highlight and `sel=` in the URL follow alike.
import { featuresInView, type FeatureGroups, type ListedFeature } from '../../lib/atlas/featureList.ts';
import type { AtlasPayload } from '../../lib/atlas/payload.ts';
import type { AtlasState } from '../../lib/atlas/state.ts';
import { ATLAS_IDS } from '../../lib/atlas/elementIds.ts';
import { cameraForWidth } from '../../lib/atlas/views.ts';
import { byId, el } from './dom.ts';
import type { AtlasStore } from './state.ts';

const GROUP_TITLES: Record<keyof FeatureGroups, string> = {
  routes: 'Routes',
  measures: 'Measures and events in force',
  incidents: 'Largest incidents (dead and missing)',
  places: 'Places',
};

const itemKey = (f: Pick<ListedFeature, 'kind' | 'id'>) => `${f.kind}:${f.id}`;

export interface FeatureList {
  render(state: AtlasState): void;
}

export function createFeatureList(payload: AtlasPayload, store: AtlasStore): FeatureList {
  const host = byId(ATLAS_IDS.features);
  const map = byId(ATLAS_IDS.map);
  // Script-only: without it the list stays hidden (the summary table below carries the figures).
  host.closest('details')?.removeAttribute('hidden');
  let shown = '';

  function button(feature: ListedFeature, selectedKey: string): HTMLButtonElement {
    const b = el('button', feature.label, { type: 'button', 'data-feature': itemKey(feature) });
    if (itemKey(feature) === selectedKey) b.setAttribute('aria-current', 'true');
    b.addEventListener('click', () =>
      store.commit({ ...store.state, selected: { kind: feature.kind, id: feature.id } }),
    );
    return b;
  }

  // Built only while its <details> is open: a closed list costs nothing on each change of the window (about
  // 4 ms a step before, most of the time-window budget); opening it builds it for the state of that moment.
  const details = host.closest('details');
  let pending: AtlasState | null = null;
  details?.addEventListener('toggle', () => {
    if (details.open && pending) draw(pending);
  });
  // The summary's click (mouse, Enter or Space) comes before the details opens: the list is there when the
  // keyboard's next Tab looks for it, without waiting for the toggle event.
  details?.querySelector('summary')?.addEventListener('click', () => {
    if (!details.open && pending) draw(pending);
  });

  function draw(state: AtlasState): void {
    pending = null;
    const size = { widthPx: map.clientWidth, heightPx: map.clientHeight };
    const groups = featuresInView(payload, cameraForWidth(state, size.widthPx), size);
    const selectedKey = state.selected ? itemKey(state.selected) : '';
    // Rebuild only when the list changes (Play and panning commit often), and keep focus on the same item.
    const key = `${selectedKey}#${JSON.stringify(groups)}`;
    if (key === shown) return;
    shown = key;
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.['feature'];
    const parts: HTMLElement[] = [];
    for (const [group, items] of Object.entries(groups) as [keyof FeatureGroups, ListedFeature[]][]) {
      if (items.length === 0) continue;
      const list = el('ul');
      for (const item of items) {
        const li = el('li');
        li.append(button(item, selectedKey));
        list.append(li);
      }
      parts.push(el('h3', `${GROUP_TITLES[group]} (${items.length})`), list);
    }
    if (parts.length === 0) parts.push(el('p', 'Nothing on the map in this window and view.', { class: 'muted' }));
    host.replaceChildren(...parts);
    if (focused) host.querySelector<HTMLElement>(`[data-feature="${CSS.escape(focused)}"]`)?.focus();
  }

  return {
    render(state) {
      if (details && !details.open) pending = state;
      else draw(state);
    },
  };
}
