/** Number formatting shared by pages, charts and generated text. */
const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

export function formatCount(n: number): string {
  return integer.format(n);
}
