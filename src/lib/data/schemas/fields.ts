/**
 * Column-level zod schemas shared by every table. Each one takes the raw CSV text of a cell and either
 * returns a typed value or adds one issue whose message names the rule the value broke; readCsv adds the
 * file, line, column and value.
 */
import { z } from 'zod';
import { parsePartialDate, isRealDate } from '../../time/partialDates.ts';

type Ctx = z.core.$RefinementCtx<string>;

function fail(ctx: Ctx, message: string): never {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER as never;
}

export const requiredText = (maxLength = 2000) =>
  z.string().transform((raw, ctx) => {
    const value = raw.trim();
    if (value === '') return fail(ctx, 'is required and must not be empty');
    if (value.length > maxLength) return fail(ctx, `must be at most ${maxLength} characters`);
    return value;
  });

export const optionalText = z.string().transform((raw) => raw.trim());

/** Upstream files write unknown counts as NA or leave them empty. */
const UNKNOWN = new Set(['', 'NA']);

function parseCount(raw: string, ctx: Ctx): number {
  const value = raw.trim();
  if (!/^-?\d+(\.\d+)?$/.test(value)) return fail(ctx, 'must be a number');
  const n = Number(value);
  if (n < 0) return fail(ctx, 'must not be negative');
  if (!Number.isInteger(n)) return fail(ctx, 'must be a whole number');
  return n;
}

export const count = z.string().transform((raw, ctx) => {
  if (raw.trim() === '') return fail(ctx, 'is required (a whole number ≥ 0)');
  return parseCount(raw, ctx);
});

/** A count that may be unknown (NA or empty) → null. */
export const optionalCount = z
  .string()
  .transform((raw, ctx): number | null => (UNKNOWN.has(raw.trim()) ? null : parseCount(raw, ctx)));

/**
 * IOM writes a few negative "missing" or "survivors" counts as corrections to an earlier record (people
 * first counted missing were later found dead and counted there). They are kept as published; only the
 * dead-and-missing total, which the site sums, must be ≥ 0.
 */
export const optionalSignedCount = z.string().transform((raw, ctx): number | null => {
  const value = raw.trim();
  if (UNKNOWN.has(value)) return null;
  if (!/^-?\d+$/.test(value)) return fail(ctx, 'must be a whole number');
  return Number(value);
});

export const nonNegativeNumber = z.string().transform((raw, ctx) => {
  const value = raw.trim();
  if (!/^-?\d+(\.\d+)?$/.test(value)) return fail(ctx, 'must be a plain number (no thousands separators)');
  const n = Number(value);
  if (n < 0) return fail(ctx, 'must not be negative');
  return n;
});

const coordinate = (min: number, max: number, name: string) =>
  z.string().transform((raw, ctx) => {
    const value = raw.trim();
    if (!/^-?\d+(\.\d+)?$/.test(value)) return fail(ctx, `must be a ${name} in decimal degrees`);
    const n = Number(value);
    if (n < min || n > max) return fail(ctx, `${name} out of range (${min}…${max})`);
    return n;
  });
export const latitude = coordinate(-90, 90, 'latitude');
export const longitude = coordinate(-180, 180, 'longitude');

export const isoDay = z.string().transform((raw, ctx) => {
  const value = raw.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return fail(ctx, 'must be a date written YYYY-MM-DD');
  if (!isRealDate(+m[1]!, +m[2]!, +m[3]!)) return fail(ctx, 'is not a real calendar date');
  return value;
});

export const isoMonth = z.string().transform((raw, ctx) => {
  const value = raw.trim();
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  if (!m) return fail(ctx, 'must be a month written YYYY-MM');
  if (+m[2]! < 1 || +m[2]! > 12) return fail(ctx, 'is not a real calendar month');
  return value;
});

/** YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = z.string().transform((raw, ctx) => {
  const value = raw.trim();
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return fail(ctx, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD');
  if (!parsePartialDate(value)) return fail(ctx, 'is not a real calendar date');
  return value;
});

export const optionalPartialDate = z.string().transform((raw, ctx): string | null => {
  if (raw.trim() === '') return null;
  const value = raw.trim();
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value))
    return fail(ctx, 'must be empty or a date written YYYY, YYYY-MM or YYYY-MM-DD');
  if (!parsePartialDate(value)) return fail(ctx, 'is not a real calendar date');
  return value;
});

export const slug = z.string().transform((raw, ctx) => {
  const value = raw.trim();
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value))
    return fail(ctx, 'must be a lowercase slug (letters, digits and single hyphens)');
  if (value.length > 80) return fail(ctx, 'must be at most 80 characters');
  return value;
});

export function oneOf<const T extends readonly string[]>(values: T, what: string) {
  return z.string().transform((raw, ctx): T[number] => {
    const value = raw.trim();
    if (!(values as readonly string[]).includes(value))
      return fail(ctx, `unknown ${what}; expected one of ${values.join(', ')}`);
    return value as T[number];
  });
}

/** A `;`-separated list whose items each pass `check`; duplicates are refused. */
export function listOf<const T extends readonly string[]>(
  values: T,
  what: string,
  { allowEmpty }: { allowEmpty: boolean },
) {
  return z.string().transform((raw, ctx): T[number][] => {
    const items = raw
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (items.length === 0 && !allowEmpty) return fail(ctx, `must list at least one ${what}`);
    for (const item of items) {
      if (!(values as readonly string[]).includes(item))
        return fail(ctx, `unknown ${what} "${item}"; expected any of ${values.join(', ')}`);
    }
    if (new Set(items).size !== items.length) return fail(ctx, `lists a ${what} twice`);
    return items as T[number][];
  });
}

export const textList = z.string().transform((raw) =>
  raw
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== ''),
);

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export const httpUrl = z.string().transform((raw, ctx) => {
  const value = raw.trim();
  if (value === '') return fail(ctx, 'is required: every figure needs a source URL');
  if (!isHttpUrl(value)) return fail(ctx, 'must be a full http(s) URL');
  return value;
});

/** One or more URLs separated by " | ". */
export const sourceUrls = z.string().transform((raw, ctx) => {
  const urls = raw
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (urls.length === 0) return fail(ctx, 'must list at least one source URL');
  for (const url of urls) if (!isHttpUrl(url)) return fail(ctx, `"${url}" is not a full http(s) URL`);
  return urls;
});

/**
 * The day each source was last read, " | "-separated in the order of the row's source URLs: a reader can
 * tell how old the check is, and a page that later changes can be compared with what it said then.
 */
export const accessDates = z.string().transform((raw, ctx) => {
  const dates = raw
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (dates.length === 0) return fail(ctx, 'must give the day each source was read (YYYY-MM-DD)');
  for (const date of dates) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    if (!m || !isRealDate(+m[1]!, +m[2]!, +m[3]!)) return fail(ctx, `"${date}" is not a real date written YYYY-MM-DD`);
  }
  return dates;
});

export const confidence = z.string().transform((raw, ctx) => {
  const value = raw.trim();
  if (value !== 'high' && value !== 'medium' && value !== 'low') return fail(ctx, 'must be high, medium or low');
  return value as 'high' | 'medium' | 'low';
});

export const hexColour = z.string().transform((raw, ctx) => {
  const value = raw.trim();
  if (!/^#[0-9A-Fa-f]{6}$/.test(value)) return fail(ctx, 'must be a colour written #RRGGBB');
  return value;
});

/**
 * For a row's superRefine: a period must not end before it starts. ISO days and months both compare as
 * text, so one rule serves every table with a period_start and a period_end.
 */
export function checkPeriodOrder(row: { period_start: string; period_end: string }, ctx: z.RefinementCtx): void {
  if (row.period_end < row.period_start) {
    ctx.addIssue({
      code: 'custom',
      path: ['period_end'],
      message: `ends before it starts (period_start ${row.period_start})`,
    });
  }
}
