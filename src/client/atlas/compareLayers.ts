// Compare mode on the WebGL map: which layers the reference window adds, the width scale and, on a phone,
// which window the one map shows (the before/after toggle, compareToggle.ts). The layers themselves are the
// pure builders of src/map/layers.ts; this module only chooses their inputs.
import type { Layer } from '@deck.gl/core';
import type { AtlasPayload, CountryLabelPoint } from '../../lib/atlas/payload.ts';
import { shownPlaceLabelBoxes } from '../../lib/atlas/labelPlacement.ts';
import { effectiveWidthScale, windowMonthIndexes, type AtlasState } from '../../lib/atlas/state.ts';
import { compareWindows, fittedMaxDetectionsPerMonth, placedChangeLabels } from '../../lib/atlas/compare.ts';
import { routeWidthScale, type RouteWidthScale } from '../../lib/atlas/routeWidths.ts';
import { routesPerMonthInWindow } from '../../lib/atlas/summary.ts';
import {
  measureShiftRingsLayer,
  measuresStartingAcross,
  referenceIncidentsLayer,
  routeReferenceLayers,
} from '../../map/layers.ts';
import type { RouteChangeLabel } from '../../map/labels.ts';
import { hexToRgb, type MapPalette } from '../../map/palette.ts';
import { shownWindow } from './compareToggle.ts';
import { frameAroundCamera } from '../../lib/atlas/routeLabelAnchors.ts';
import { ATLAS_IDS } from '../../lib/atlas/elementIds.ts';
import { byId } from './dom.ts';

/** Compare mode's deck.gl layers, by their id in the per-frame schedule (layerSchedule.ts DECK_LAYER_ORDER). */
export type CompareLayerId = 'routes-reference' | 'incidents-reference' | 'measures-compare-rings';

export interface CompareLayers {
  /** Empty lists outside compare mode, and for the reference window on a phone (one window at a time). */
  layers: Record<CompareLayerId, Layer[]>;
  /** The change of each route, placed for the camera drawn (HTML text over the map: labelOverlay.ts). */
  changeLabels: RouteChangeLabel[];
  scale: RouteWidthScale;
  /** What the main routes and incidents layers show: the current window, or the reference one ("before" on a phone). */
  routesPerMonth: Map<string, number | null>;
  incidentsWindow: [number, number];
  /** The window(s) drawn: both on a wide screen, one on a phone (the map's data-compare-shown, read by tests). */
  shown: 'both' | 'before' | 'after' | 'none';
  /** The change labels drawn, "Route: −97%" joined by "; " (the map's data-change-labels, read by tests). */
  labelTexts: string;
}

export function compareLayers(
  payload: AtlasPayload,
  state: AtlasState,
  perMonth: Map<string, number | null>,
  fixedScale: RouteWidthScale,
  colours: MapPalette,
  /** The map's camera as drawn now (the store hears of a move only once it ends). */
  camera: Pick<AtlasState, 'centerLon' | 'centerLat' | 'zoom'>,
  /** The country labels' points (the basemap's): the change labels keep clear of those shown. */
  countries: readonly CountryLabelPoint[],
): CompareLayers {
  const current = windowMonthIndexes(state, payload.originMonth);
  if (!state.compare) {
    const scale =
      effectiveWidthScale(state) === 'fitted'
        ? routeWidthScale(fittedMaxDetectionsPerMonth(null, perMonth.values()))
        : fixedScale;
    return {
      layers: {
        'routes-reference': [],
        'incidents-reference': [],
        'measures-compare-rings': [],
      },
      changeLabels: [],
      scale,
      routesPerMonth: perMonth,
      incidentsWindow: current,
      shown: 'none',
      labelTexts: '',
    };
  }
  const reference = windowMonthIndexes(state.compare, payload.originMonth);
  const summary = compareWindows(payload, state, state.compare);
  const referencePerMonth = routesPerMonthInWindow(payload, ...reference);
  const scale =
    effectiveWidthScale(state) === 'fitted'
      ? routeWidthScale(fittedMaxDetectionsPerMonth(summary, perMonth.values()))
      : fixedScale;
  const on = (layer: 'routes' | 'incidents' | 'measures' | 'places') => state.layers.includes(layer);
  // Placed for the camera drawn, clear of the measure marks and of the place and country labels shown (the map
  // places them again when a move ends). Inside the map's frame, so that on a phone's
  // narrow map no label is cut by its edge; the size is the map box's.
  const { zoom } = camera;
  const mapBox = byId(ATLAS_IDS.map);
  const size = { widthPx: mapBox.clientWidth, heightPx: mapBox.clientHeight };
  // A box not laid out (0 px) has no frame to keep to.
  const frame = size.widthPx > 0 && size.heightPx > 0 ? frameAroundCamera(camera, zoom, size) : undefined;
  const placeLabels = shownPlaceLabelBoxes(
    on('places') ? payload.places : [],
    countries.map((c) => ({ ...c, minZoom: payload.countryLabelMinZoom[c.name] })),
    zoom,
  );
  const labels: RouteChangeLabel[] = placedChangeLabels(payload, state, summary, zoom, frame, placeLabels);
  const shown = shownWindow();
  const textRgb = hexToRgb(colours.text);
  const both = shown === 'both';
  const layers: Record<CompareLayerId, Layer[]> = {
    'routes-reference': both
      ? routeReferenceLayers(payload, {
          visible: on('routes'),
          perMonth: referencePerMonth,
          scale,
          edgeColour: textRgb,
        })
      : [],
    'incidents-reference': both
      ? [
          referenceIncidentsLayer(payload.incidents, {
            startIndex: reference[0],
            endIndex: reference[1],
            visible: on('incidents'),
            ringColour: textRgb,
          }),
        ]
      : [],
    'measures-compare-rings': [
      measureShiftRingsLayer(measuresStartingAcross(payload.measures, [current, reference]), {
        visible: on('measures'),
        colour: hexToRgb(colours.measure),
      }),
    ],
  };
  return {
    layers,
    changeLabels: labels,
    scale,
    routesPerMonth: shown === 'before' ? referencePerMonth : perMonth,
    incidentsWindow: shown === 'before' ? reference : current,
    shown,
    labelTexts: labels
      .map((l) => `${summary.routes.find((r) => r.routeId === l.routeId)!.label}: ${l.text}`)
      .join('; '),
  };
}
