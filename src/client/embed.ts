// Browser code for embedding: links back to the full view carry the current view, and "Embed" boxes write
// an <iframe> snippet for the view on screen. Both read the query string only when needed, so every
// component that writes its state to the URL is followed without being told.
import { embedSnippet, viewQuery, type SnippetKind } from '../lib/site/embed.ts';
import { onViewChange } from './viewUrl.ts';

export function followViewInLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-full-view]')) {
    const update = () => {
      link.href = `${link.dataset['fullView']}${viewQuery(location.search, '*')}${link.dataset['fullViewHash'] ?? ''}`;
    };
    update();
    for (const type of ['pointerdown', 'focus', 'click']) link.addEventListener(type, update);
  }
}

export function initEmbedCodes(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-embed-code]')) {
    const field = box.querySelector<HTMLTextAreaElement>('textarea')!;
    const button = box.querySelector<HTMLButtonElement>('button')!;
    const status = box.querySelector<HTMLElement>('[data-embed-status]')!;
    const params = box.dataset['embedParams'] === '*' ? '*' : (box.dataset['embedParams'] ?? '').split(',');
    const kind = (): SnippetKind =>
      box.querySelector<HTMLInputElement>('input[value="plain"]')?.checked ? 'plain' : 'responsive';
    const render = () => {
      const src = `${location.origin}${box.dataset['embedPath']}${viewQuery(location.search, params)}`;
      field.value = embedSnippet(kind(), src, box.dataset['embedTitle'] ?? '', Number(box.dataset['embedHeight']));
    };
    render();
    box.addEventListener('toggle', render);
    box.addEventListener('change', render);
    onViewChange(render);
    button.hidden = false;
    button.addEventListener('click', async () => {
      render();
      try {
        await navigator.clipboard.writeText(field.value);
        status.textContent = 'Copied. Paste it into your page.';
      } catch {
        field.select();
        status.textContent = 'Select the code and copy it.';
      }
    });
  }
}
