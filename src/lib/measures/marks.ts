/** One mark per family of measure types, shared by the map layers, the static map and the legend. */
import type { MeasureType } from '../data/schemas/curated.ts';

export interface MeasureMark {
  family: string;
  glyph: string;
  label: string;
}

const BARRIER: MeasureMark = { family: 'barrier', glyph: '■', label: 'Fence, wall or border closure' };
const SEA: MeasureMark = { family: 'sea', glyph: '▲', label: 'Naval operation or coast-guard support' };
const DEAL: MeasureMark = { family: 'deal', glyph: '◆', label: 'Agreement or funding with a third country' };
const LAW: MeasureMark = { family: 'law', glyph: '●', label: 'Law: criminalisation, asylum or visa rules' };
const RESCUE: MeasureMark = { family: 'rescue', glyph: '✚', label: 'Search-and-rescue restriction' };
const PUSHBACK: MeasureMark = { family: 'pushback', glyph: '▼', label: 'Pushbacks or expulsions' };
const EVENT: MeasureMark = { family: 'event', glyph: '✖', label: 'Deadly incident or political crisis' };

export const MEASURE_MARKS: Record<MeasureType, MeasureMark> = {
  fence_or_wall: BARRIER,
  border_closure: BARRIER,
  naval_operation: SEA,
  coast_guard_support: SEA,
  third_country_agreement: DEAL,
  funding_programme: DEAL,
  criminalisation_law: LAW,
  asylum_restriction: LAW,
  visa_policy: LAW,
  sar_restriction: RESCUE,
  pushbacks: PUSHBACK,
  deadly_incident: EVENT,
  political_crisis: EVENT,
};

export const MEASURE_MARK_LIST: MeasureMark[] = [BARRIER, SEA, DEAL, LAW, RESCUE, PUSHBACK, EVENT];
