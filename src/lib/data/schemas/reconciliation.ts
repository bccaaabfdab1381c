/**
 * Row schema of data/published-figures.csv: figures that Frontex and IOM (or the press quoting them)
 * published, kept so /data/ can set each one beside the value the site computes for the same route and
 * period. The site's value is never stored here: it is computed at build time from the same tables as
 * the charts, so the comparison stays true when the data are refreshed.
 */
import { z } from 'zod';
import { ROUTE_IDS } from '../../core/ids.ts';
import {
  checkPeriodOrder,
  isoMonth,
  listOf,
  nonNegativeNumber,
  oneOf,
  optionalText,
  requiredText,
  slug,
  textList,
} from './fields.ts';

export const PUBLISHED_METRICS = ['detections', 'dead_missing'] as const;
export type PublishedMetric = (typeof PUBLISHED_METRICS)[number];

/** How the publisher qualified its number: "885,386", "about 764,000", "more than 23,000", "at least 5,079". */
export const PUBLISHED_QUALIFIERS = ['exact', 'about', 'more_than', 'at_least'] as const;

const optionalHttpUrl = z.string().transform((raw, ctx) => {
  const value = raw.trim();
  if (value === '') return null;
  if (!/^https?:\/\/[^\s/]+\.[^\s]+$/.test(value)) {
    ctx.addIssue({ code: 'custom', message: 'must be empty or a full http(s) URL' });
    return z.NEVER;
  }
  return value;
});

export const publishedFigureRowSchema = z
  .object({
    id: slug,
    metric: oneOf(PUBLISHED_METRICS, 'metric'),
    routes: listOf(ROUTE_IDS, 'route id', { allowEmpty: false }),
    /** For dead and missing: only incidents IOM filed under these routes (empty: every IOM route of the routes). */
    iom_routes: textList,
    period_start: isoMonth,
    period_end: isoMonth,
    published_value: nonNegativeNumber,
    qualifier: oneOf(PUBLISHED_QUALIFIERS, 'qualifier'),
    quote: requiredText(400),
    source: requiredText(300),
    source_url: optionalHttpUrl,
    note: optionalText,
  })
  .superRefine((row, ctx) => {
    checkPeriodOrder(row, ctx);
    if (row.metric === 'detections' && row.iom_routes.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['iom_routes'], message: 'applies to dead_missing only' });
    }
  });
export type PublishedFigure = z.output<typeof publishedFigureRowSchema>;
export const PUBLISHED_FIGURE_COLUMNS = [
  'id',
  'metric',
  'routes',
  'iom_routes',
  'period_start',
  'period_end',
  'published_value',
  'qualifier',
  'quote',
  'source',
  'source_url',
  'note',
] as const;
