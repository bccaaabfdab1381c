import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance, textShade } from '../../../src/lib/core/contrast.ts';

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself, in either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#D55E00', '#D55E00')).toBe(1);
    // WebAIM's checker gives #777777 on white 4.48:1.
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('rejects what is not #rrggbb', () => {
    expect(() => luminance('red')).toThrow(/not a #rrggbb colour: "red"/);
  });
});

describe('textShade', () => {
  it('keeps a colour that already reads', () => {
    expect(textShade('#0072b2', ['#ffffff'])).toBe('#0072b2');
  });

  it('darkens a light colour on light backgrounds, lightens a dark one on dark, just enough', () => {
    const onLight = textShade('#56B4E9', ['#fbfaf7', '#ffffff']);
    expect(contrastRatio(onLight, '#fbfaf7')).toBeGreaterThanOrEqual(4.5);
    expect(luminance(onLight)).toBeLessThan(luminance('#56B4E9'));
    const onDark = textShade('#0072B2', ['#141518', '#1d1f23']);
    expect(contrastRatio(onDark, '#1d1f23')).toBeGreaterThanOrEqual(4.5);
    expect(luminance(onDark)).toBeGreaterThan(luminance('#0072B2'));
    // Just enough: a shade less would not read.
    expect(contrastRatio(onDark, '#1d1f23')).toBeLessThan(5.2);
  });
});
