// Link-preview images (1200×630 PNG), one per page of the site, rendered at build time offline
// (src/charts/preview/previewCard.ts → src/lib/io/previewImage.ts). PageHead names them in og:image.
import type { APIRoute, GetStaticPaths } from 'astro';
import { previewCardSvg, type PreviewCard } from '../../charts/preview/previewCard.ts';
import { beforeAfterBarsSvg } from '../../charts/preview/beforeAfter.ts';
import { toSvgString } from '../../charts/svg.ts';
import { CHART_TEXT, ROUTE_CHART_KINDS } from '../../charts/figures/timelineSpecs.ts';
import { timelineFigures } from '../../charts/figures/timelineFigures.ts';
import { getSiteData } from '../../lib/io/siteData.ts';
import { pngResponse, svgToPng } from '../../lib/io/previewImage.ts';
import { measureShifts } from '../../lib/measures/measureShifts.ts';
import { DEFAULT_SHIFT_WINDOW } from '../../lib/measures/shifts.ts';
import { measureKeyFigure, previewSlug } from '../../lib/site/previews.ts';
import { formatCount } from '../../lib/core/format.ts';

const SOURCE_LINE =
  'Frontex (detections, not people) · IOM Missing Migrants Project (minimum estimates) · Shifting Routes';

function measureCards(): [string, PreviewCard][] {
  const data = getSiteData();
  const label = (id: string) => data.routes.find((r) => r.id === id)?.label ?? id;
  return data.measures.map((measure) => {
    const shifts = measureShifts(measure, data.monthly).byWindow.get(DEFAULT_SHIFT_WINDOW) ?? [];
    const keyFigure = measureKeyFigure(measure.title, measure.routes, shifts, label);
    const target = shifts.find((s) => s.routeId === measure.routes[0]);
    const drawingSvg =
      target?.detectionsBefore != null && target.detectionsAfter != null
        ? beforeAfterBarsSvg(
            [
              { label: `${DEFAULT_SHIFT_WINDOW} months before`, value: target.detectionsBefore },
              { label: `${DEFAULT_SHIFT_WINDOW} months after`, value: target.detectionsAfter },
            ],
            `Detections, ${label(target.routeId)} route`,
          )
        : undefined;
    const card: PreviewCard = {
      title: `Before and after: ${measure.title}`,
      subtitle: keyFigure ?? measure.summary,
      sourceLine: SOURCE_LINE,
      ...(drawingSvg ? { drawingSvg } : {}),
    };
    return [previewSlug(`/measures/${measure.id}/`), card];
  });
}

/** One card per route: its headline figures, as its embedded card shows them. */
function routeCards(): [string, PreviewCard][] {
  const data = getSiteData();
  return data.headlines.map((h) => {
    const route = data.routes.find((r) => r.id === h.routeId)!;
    const detections =
      h.detectionsInYear === null
        ? 'No Frontex series for this route'
        : `Detections in ${h.detectionsYear}: ${formatCount(h.detectionsInYear)} (Frontex; detections, not people)`;
    const deaths =
      h.deadMissingInYear === null
        ? `Dead and missing in ${h.deathsYear}: not recorded under this route`
        : `Dead and missing in ${h.deathsYear}: ${formatCount(h.deadMissingInYear)} (IOM; minimum estimate)`;
    return [
      previewSlug(`/route-card/${route.id}/`),
      { title: `${route.label}: headline figures`, subtitle: `${detections}. ${deaths}.`, sourceLine: SOURCE_LINE },
    ];
  });
}

function timelineCards(): [string, PreviewCard][] {
  const routeCharts = ROUTE_CHART_KINDS.map((kind): [string, PreviewCard] => [
    previewSlug(`/timelines/${kind}/`),
    { title: CHART_TEXT[kind].heading, subtitle: CHART_TEXT[kind].note, sourceLine: SOURCE_LINE },
  ]);
  const figures = timelineFigures(getSiteData()).map((figure): [string, PreviewCard] => [
    previewSlug(`/timelines/${figure.id}/`),
    {
      title: figure.heading,
      ...(figure.summary[0] ? { subtitle: figure.summary[0] } : {}),
      drawingSvg: toSvgString(figure.chart),
      sourceLine: SOURCE_LINE,
    },
  ]);
  return [...routeCharts, ...figures];
}

function pageCards(): [string, PreviewCard][] {
  const page = (path: string, title: string, subtitle: string): [string, PreviewCard] => [
    previewSlug(path),
    { title, subtitle, sourceLine: SOURCE_LINE },
  ];
  return [
    page(
      '/',
      'Shifting Routes',
      'How border enforcement moves migration routes toward Europe, and what it costs in lives',
    ),
    page(
      '/atlas/',
      'Atlas of shifting routes',
      'Detections, deaths and disappearances, and measures in force, month by month',
    ),
    page('/routes/', 'Route stories', 'How each route toward Europe shifted, and the measures along the way'),
    page('/timelines/', 'Timelines', 'Detections and deaths on each route toward Europe, with the measures in force'),
    page('/measures/', 'Measures', 'Border enforcement and counter-smuggling measures, before and after'),
    page('/data/', 'Data and downloads', 'Every figure traceable to Frontex, IOM and curated, sourced tables'),
    page('/about/', 'About and method', 'Who publishes Shifting Routes, how the figures are made, and their limits'),
  ];
}

export const getStaticPaths = (() =>
  [...pageCards(), ...timelineCards(), ...measureCards(), ...routeCards()].map(([slug, card]) => ({
    params: { slug },
    props: { card },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  pngResponse(svgToPng(previewCardSvg((props as { card: PreviewCard }).card)));
