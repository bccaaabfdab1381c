// Browser code of the "Share, embed, download" panels: tabs (WAI-ARIA tabs pattern, arrow keys), the
// permalink and citation, kept up to date with the view. The image and data downloads import their code only
// when a button is pressed, so the page's own script stays small.
import { citationBibtex, citationText } from '../../lib/site/citation.ts';
import { permalinkOf, type ShareConfig } from '../../lib/site/share.ts';
import { isoDayOf } from '../../lib/time/partialDates.ts';
import { onViewChange } from '../viewUrl.ts';

function initTabs(panel: HTMLElement): void {
  const tabs = [...panel.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const select = (tab: HTMLButtonElement, focus: boolean) => {
    for (const t of tabs) {
      const selected = t === tab;
      t.setAttribute('aria-selected', String(selected));
      t.tabIndex = selected ? 0 : -1;
      document.getElementById(t.getAttribute('aria-controls')!)!.hidden = !selected;
    }
    if (focus) tab.focus();
  };
  for (const tab of tabs) {
    tab.addEventListener('click', () => select(tab, false));
    tab.addEventListener('keydown', (event) => {
      const i = tabs.indexOf(tab);
      const next = {
        ArrowRight: tabs[(i + 1) % tabs.length],
        ArrowLeft: tabs[(i - 1 + tabs.length) % tabs.length],
        Home: tabs[0],
        End: tabs[tabs.length - 1],
      }[event.key];
      if (!next) return;
      event.preventDefault();
      select(next, true);
    });
  }
  select(tabs[0]!, false);
}

async function copy(text: string, field: HTMLTextAreaElement | null, status: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied.';
  } catch {
    field?.select();
    status.textContent = 'Select the text and copy it.';
  }
}

function initPanel(panel: HTMLElement): void {
  const config = JSON.parse(panel.dataset['share']!) as ShareConfig;
  const status = panel.querySelector<HTMLElement>('[data-share-status]')!;
  const link = panel.querySelector<HTMLAnchorElement>('[data-share-permalink]')!;
  const field = (kind: string) => panel.querySelector<HTMLTextAreaElement>(`[data-share-cite="${kind}"]`)!;
  const permalink = () => permalinkOf(config, location.origin, location.search);
  const render = () => {
    const input = {
      viewTitle: config.title,
      permalink: permalink(),
      accessedDay: isoDayOf(new Date()),
      siteVersion: config.version,
      sources: config.sources,
      upstreamFiles: config.upstreamFiles,
      publisher: config.publisher,
    };
    link.href = input.permalink;
    field('text').value = citationText(input);
    field('bibtex').value = citationBibtex(input);
  };
  initTabs(panel);
  render();
  panel.addEventListener('toggle', render);
  onViewChange(render);
  for (const button of panel.querySelectorAll<HTMLButtonElement>('[data-share-copy]')) {
    const kind = button.dataset['shareCopy']!;
    button.addEventListener('click', () => {
      render();
      void copy(
        kind === 'permalink' ? permalink() : field(kind).value,
        kind === 'permalink' ? null : field(kind),
        status,
      );
    });
  }
  for (const button of panel.querySelectorAll<HTMLButtonElement>('[data-share-download]')) {
    const format = button.dataset['shareDownload'] as 'png' | 'svg' | 'csv';
    button.addEventListener('click', async () => {
      status.textContent = 'Preparing the download…';
      try {
        const meta = { config, permalink: permalink(), accessedDay: isoDayOf(new Date()) };
        if (format === 'csv') (await import('./exportData.ts')).downloadCsv(meta);
        else await (await import('./exportImage.ts')).downloadImage(format, meta);
        status.textContent = `${format.toUpperCase()} downloaded.`;
      } catch (error) {
        status.textContent = `The download failed: ${(error as Error).message}`;
      }
    });
  }
}

export function initSharePanels(): void {
  for (const panel of document.querySelectorAll<HTMLElement>('details[data-share]')) {
    if (panel.dataset['shareReady']) continue;
    panel.dataset['shareReady'] = 'true';
    initPanel(panel);
  }
}
