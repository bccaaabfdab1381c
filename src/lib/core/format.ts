/** Number formatting shared by pages, charts and generated text. */
const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

export function formatCount(n: number): string {
  return integer.format(n);
}

const compact = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });

/** "1M", "250K": for axis ticks too long to fit their margin as full counts. */
export function formatCompactCount(n: number): string {
  return compact.format(n);
}
