// What the downloads share: the view's table read from the page (so a download always equals what is on
// screen, after any re-render), the view's state in words, and saving a file.
import type { ShareConfig } from '../../lib/site/share.ts';

export interface DownloadMeta {
  config: ShareConfig;
  permalink: string;
  accessedDay: string;
}

/**
 * The first matching element not hidden by the view (a measure card keeps one table per window, all but one
 * `hidden`); a table inside a closed "Show the data as a table" still counts as shown.
 */
export function firstShown<E extends Element>(selector: string): E | null {
  const all = [...document.querySelectorAll<E>(selector)];
  return all.find((el) => !el.closest('[hidden]')) ?? all[0] ?? null;
}

/** A cell's value: its data-csv attribute where the cell holds more than the value (tags, note links), else its text. */
function cellText(cell: Element): string {
  return (cell.getAttribute('data-csv') ?? cell.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function readTable(config: ShareConfig): { headers: string[]; rows: string[][] } {
  const table = firstShown<HTMLTableElement>(config.tableSelector);
  if (!table) throw new Error('this view has no data table');
  const headers = [...table.querySelectorAll('thead th')].map(cellText);
  const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map(cellText));
  // Flags a row carries beside its name (a measure card's "targeted", "cut short") become columns of their own.
  const flagNames = [...new Set([...table.querySelectorAll<HTMLElement>('tbody [data-csv-flags]')].flatMap(flagsOf))];
  if (flagNames.length === 0) return { headers, rows };
  const trs = [...table.querySelectorAll('tbody tr')];
  return {
    headers: [headers[0]!, ...flagNames, ...headers.slice(1)],
    rows: rows.map((row, i) => {
      const flags = flagsOf(trs[i]!.querySelector<HTMLElement>('[data-csv-flags]'));
      return [row[0]!, ...flagNames.map((f) => (flags.includes(f) ? 'yes' : '')), ...row.slice(1)];
    }),
  };
}

function flagsOf(el: HTMLElement | null): string[] {
  return (el?.dataset['csvFlags'] ?? '').split(',').filter(Boolean);
}

/** The view's state in words from its pressed buttons or shown window: "Per: quarter · Scale: linear". */
export function stateInWords(config: ShareConfig): string {
  if (!config.stateSelector) return '';
  return [...document.querySelectorAll<HTMLElement>(config.stateSelector)]
    .map((el) => {
      const group = el.closest('[role="group"]')?.getAttribute('aria-label');
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      return group && group !== text ? `${group}: ${text}` : text;
    })
    .filter(Boolean)
    .join(' · ');
}

export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  // Embeds open every link in a new tab (<base target="_blank">); a download stays in the frame.
  a.target = '_self';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
