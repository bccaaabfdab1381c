/**
 * The measures the timelines name on their charts, with the short label drawn over the plot: the turning points
 * the route shares move around (editorial choice, kept few so the names never crowd; every other measure stays a
 * named, linked mark on the time axis). tests/data/keyMeasures.test.ts checks each id is in data/measures.csv.
 */
export const KEY_MEASURE_LABELS: Readonly<Record<string, string>> = {
  'hungary-serbia-fence': 'Hungary–Serbia fence',
  'eu-turkey-statement': 'EU–Turkey Statement',
  'italy-libya-mou': 'Italy–Libya MoU',
  'spain-morocco-joint-declaration-2022': 'Spain–Morocco declaration',
  'eu-tunisia-mou': 'EU–Tunisia MoU',
};
