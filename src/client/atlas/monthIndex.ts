// Months as the atlas's controls count them: indexes from the payload's origin month (the range inputs, the
// brush, the play step), the same origin the summary and the map layers use.
import type { AtlasPayload } from '../../lib/atlas/payload.ts';
import { indexToMonth, monthToIndex } from '../../lib/time/months.ts';

export interface MonthIndex {
  index(month: string): number;
  month(index: number): string;
}

export function payloadMonthIndex(payload: Pick<AtlasPayload, 'originMonth'>): MonthIndex {
  return {
    index: (month) => monthToIndex(month, payload.originMonth),
    month: (i) => indexToMonth(i, payload.originMonth),
  };
}
