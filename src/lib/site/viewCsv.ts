/**
 * The CSV of exactly one view: the rows and columns of the view's data table, with the source line and a
 * link to the full dataset as `#` comment lines above the header, so the file says where its numbers come from.
 */

export interface ViewCsvInput {
  title: string;
  headers: readonly string[];
  rows: readonly (readonly string[])[];
  /** Source lines, each written as "# Source: …". */
  sources: readonly string[];
  /** Further comment lines (the view's state, notes, the site version). */
  notes?: readonly string[];
  /** The full dataset on the site, absolute. */
  datasetUrl: string;
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A comment line never spans two lines, whatever the text holds. */
function comment(text: string): string {
  return `# ${text.replace(/\s*[\r\n]+\s*/g, ' ')}`;
}

export function viewCsv(input: ViewCsvInput): string {
  const lines = [
    comment(input.title),
    ...input.sources.map((s) => comment(`Source: ${s}`)),
    ...(input.notes ?? []).map(comment),
    comment(`Full dataset: ${input.datasetUrl}`),
    input.headers.map(csvField).join(','),
    ...input.rows.map((row) => row.map(csvField).join(',')),
  ];
  return `${lines.join('\n')}\n`;
}

/** A file name from a view's title: "Deaths per 1,000 detections" → "deaths-per-1-000-detections". */
export function viewFileName(title: string, extension: string): string {
  const stem = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return `shifting-routes-${stem || 'view'}.${extension}`;
}

/** A marker a table writes after a value ("12.3 (not plotted)", "4.1*"), moved into a column of its own. */
export interface CellMarker {
  suffix: string;
  /** The name of the column that says "yes" where the marker was. */
  column: string;
}

/**
 * The view's table as CSV columns: numbers without thousands separators, a dash (no value) left empty,
 * and each marker in a yes/empty column after the value it marked, so a spreadsheet reads plain numbers.
 */
export function tableColumns(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  markers: readonly CellMarker[],
): { headers: string[]; rows: string[][] } {
  const markerOf = (text: string) => markers.find((m) => text.endsWith(m.suffix));
  // Only columns where a marker occurs get a marker column, one per marker kind found.
  const found = headers.map((_, j) => markers.filter((m) => j > 0 && rows.some((row) => markerOf(row[j] ?? '') === m)));
  const value = (text: string) => {
    const marker = markerOf(text);
    const bare = (marker ? text.slice(0, text.length - marker.suffix.length) : text).trim();
    if (bare === '–' || bare === '—') return '';
    return /^[−-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(bare) ? bare.replaceAll(',', '').replace('−', '-') : bare;
  };
  return {
    headers: headers.flatMap((header, j) => [header, ...found[j]!.map((m) => `${header}: ${m.column}`)]),
    rows: rows.map((row) =>
      row.flatMap((text, j) => [value(text), ...(found[j] ?? []).map((m) => (markerOf(text) === m ? 'yes' : ''))]),
    ),
  };
}
