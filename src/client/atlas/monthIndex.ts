// Months as the atlas's controls count them: indexes from January of the payload's first year (the range
// inputs, the brush, the play step). Kept in one place so the controls, summary and details agree.
import type { AtlasPayload } from '../../lib/atlas/payload.ts';
import { indexToMonth, monthToIndex } from '../../lib/time/months.ts';

export interface MonthIndex {
  index(month: string): number;
  month(index: number): string;
}

export function payloadMonthIndex(payload: AtlasPayload): MonthIndex {
  const origin = Number(payload.firstMonth.slice(0, 4));
  return {
    index: (month) => monthToIndex(month, origin),
    month: (i) => indexToMonth(i, origin),
  };
}
