/**
 * The one boundary where CSV text becomes typed rows. Every table is parsed here against its zod row
 * schema; any broken cell stops the whole read with file, line, column, value and the rule it broke.
 */
import Papa from 'papaparse';
import type { z } from 'zod';

export interface DataIssue {
  file: string;
  /** 1-based line in the file where the record starts (the header is line 1). */
  line: number;
  column: string;
  value: string;
  message: string;
}

export function formatIssue(issue: DataIssue): string {
  const shown = issue.value.length > 80 ? `${issue.value.slice(0, 77)}...` : issue.value;
  return `${issue.file}:${issue.line}: column "${issue.column}", value "${shown}": ${issue.message}`;
}

export class DataValidationError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[]) {
    const shown = issues.slice(0, 25).map(formatIssue);
    const more = issues.length > 25 ? `\n…and ${issues.length - 25} more` : '';
    super(`Invalid data (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${shown.join('\n')}${more}`);
    this.name = 'DataValidationError';
    this.issues = issues;
  }
}

export interface ParsedRow<T> {
  line: number;
  value: T;
}

/** A schema over one CSV record: every field arrives as a string keyed by its header. */
export type RowSchema = z.ZodType<unknown, Record<string, string>>;

export function parseCsvRecords(
  text: string,
  file: string,
): { header: string[]; records: { line: number; cells: string[] }[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: { line: number; cells: string[] }[] = [];
  let previousCursor = 0;
  let lineAtCursor = 1;
  let issues: DataIssue[] = [];
  Papa.parse<string[]>(body, {
    header: false,
    // Never guess: a table full of ';' and '|' inside cells would fool papaparse's delimiter sniffing.
    delimiter: ',',
    skipEmptyLines: false,
    step: (result) => {
      const start = previousCursor;
      const end = result.meta.cursor;
      const line = lineAtCursor;
      for (let i = start; i < end; i++) if (body.charCodeAt(i) === 10) lineAtCursor++;
      previousCursor = end;
      for (const error of result.errors) {
        issues.push({ file, line, column: '(row)', value: '', message: `CSV syntax: ${error.message}` });
      }
      const cells = result.data;
      if (cells.length === 1 && cells[0] === '') return; // blank line
      records.push({ line, cells });
    },
  });
  if (issues.length > 0) throw new DataValidationError(issues);
  const header = records.shift();
  if (!header)
    throw new DataValidationError([{ file, line: 1, column: '(header)', value: '', message: 'file is empty' }]);
  issues = [];
  return { header: header.cells.map((h) => h.trim()), records };
}

/**
 * Parses CSV text against a row schema. Unknown extra columns are tolerated (upstream files add
 * columns over time); a missing required column is an error on line 1.
 */
export function parseCsv<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  requiredColumns: readonly string[],
): ParsedRow<z.output<S>>[] {
  const { header, records } = parseCsvRecords(text, file);
  const issues: DataIssue[] = [];
  for (const column of requiredColumns) {
    if (!header.includes(column)) {
      issues.push({ file, line: 1, column, value: header.join(','), message: `missing column "${column}"` });
    }
  }
  if (issues.length > 0) throw new DataValidationError(issues);

  const rows: ParsedRow<z.output<S>>[] = [];
  for (const { line, cells } of records) {
    if (cells.length !== header.length) {
      issues.push({
        file,
        line,
        column: '(row)',
        value: cells.join(',').slice(0, 80),
        message: `has ${cells.length} fields but the header has ${header.length}`,
      });
      continue;
    }
    const record: Record<string, string> = {};
    header.forEach((name, i) => (record[name] = cells[i]!));
    const result = schema.safeParse(record);
    if (result.success) {
      rows.push({ line, value: result.data });
    } else {
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? '(row)');
        issues.push({ file, line, column, value: record[column] ?? '', message: issue.message });
      }
    }
  }
  if (issues.length > 0) throw new DataValidationError(issues);
  return rows;
}

/** Rows with a duplicated key: every repeat is reported with the line of its first appearance. */
export function checkUnique<T>(rows: ParsedRow<T>[], file: string, column: string, key: (row: T) => string): void {
  const firstLine = new Map<string, number>();
  const issues: DataIssue[] = [];
  for (const row of rows) {
    const k = key(row.value);
    const seen = firstLine.get(k);
    if (seen !== undefined) {
      issues.push({ file, line: row.line, column, value: k, message: `duplicate id (first used on line ${seen})` });
    } else firstLine.set(k, row.line);
  }
  if (issues.length > 0) throw new DataValidationError(issues);
}

/** Serializes rows to RFC 4180 CSV with a fixed column order; every column must be a field of the row type. */
export function toCsv<Row extends object>(columns: readonly (keyof Row & string)[], rows: readonly Row[]): string {
  const escape = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    const s = Array.isArray(v) ? v.join(';') : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => escape(row[c])).join(','));
  return `${lines.join('\n')}\n`;
}
