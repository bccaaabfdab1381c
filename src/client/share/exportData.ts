// The CSV of exactly the view on screen: its data table as columns, markers as columns of their own, with
// the sources and a link to the full dataset as comment lines. Loaded only when the reader asks for it.
import { tableColumns, viewCsv, viewFileName } from '../../lib/site/viewCsv.ts';
import { readTable, saveFile, stateInWords, type DownloadMeta } from './viewData.ts';

export function viewCsvText(meta: DownloadMeta): string {
  const { config } = meta;
  const table = readTable(config);
  const columns = tableColumns(table.headers, table.rows, config.markers);
  const state = stateInWords(config);
  return viewCsv({
    title: config.title,
    headers: columns.headers,
    rows: columns.rows,
    sources: config.sourceLines,
    notes: [
      ...(state ? [`View: ${state}`] : []),
      `Permalink: ${meta.permalink}`,
      `Shifting Routes, version ${config.version}${config.contentLicence ? `, ${config.contentLicence}` : ''}; accessed ${meta.accessedDay}`,
    ],
    datasetUrl: `${config.siteUrl ?? location.origin}/data/`,
  });
}

export function downloadCsv(meta: DownloadMeta): void {
  const text = viewCsvText(meta);
  saveFile(new Blob([text], { type: 'text/csv;charset=utf-8' }), viewFileName(meta.config.title, 'csv'));
}
