import { describe, expect, it } from 'vitest';
import { resolveToken, resolveTokens, tokenContext, TokenError } from '../../../src/lib/stories/tokens.ts';
import { storyData } from './fixtures.ts';

const ctx = tokenContext(storyData());
const text = (kind: string, args: string) => resolveToken(kind, args, ctx).text;
/** Doubled or back-to-back brackets: "((", "))", ") (", "[[", "]]". */
const DOUBLED = /\(\(|\)\)|\)\s*\(|\[\[|\]\]/;

describe('number tokens', () => {
  it('sums detections over a year or a window of months, with the unit', () => {
    expect(text('detections', 'route=central-mediterranean year=2016')).toBe('1,200 detections');
    expect(text('detections', 'route=central-mediterranean from=2016-03 to=2016-05')).toBe('300 detections');
  });

  it('says "not recorded", never 0, where the source does not cover the window', () => {
    expect(text('deaths', 'route=central-mediterranean year=2016')).toBe(
      'not recorded (dead and missing, a minimum estimate)',
    );
    expect(text('detections', 'route=sahel-agadez year=2017')).toBe('not recorded (detections)');
    expect(text('rate', 'route=sahel-agadez year=2017')).toMatch(/^not recorded/);
  });

  it('counts Libya by country of incident', () => {
    expect(text('deaths', 'route=libya year=2017')).toBe('7 dead and missing (a minimum estimate)');
  });

  it('gives deaths per 1,000 detections', () => {
    expect(text('rate', 'route=central-mediterranean year=2017')).toBe('10.0 dead and missing per 1,000 detections');
  });

  it('compares the months after a measure with the months before, linking to the measure page', () => {
    const change = resolveToken('change', 'measure=m1 route=central-mediterranean window=6', ctx);
    expect(change.text).toBe('unchanged, from 600 to 600 detections (6 months before and after)');
    expect(change.html).toContain('href="/measures/m1/?window=6"');
    expect(change.measureId).toBe('m1');
    // Deaths start in 2017, so the six months before July 2016 are not covered.
    expect(text('change', 'measure=m1 route=central-mediterranean window=6 of=deaths')).toMatch(/^not recorded/);
  });

  it('never nests brackets nor sets two bracketed groups side by side, deaths in a change included', () => {
    const deathsChange = text('change', 'measure=m2 route=central-mediterranean window=6 of=deaths');
    expect(deathsChange).toBe(
      'unchanged, from 6 to 6 dead and missing (6 months before and after; a minimum estimate)',
    );
    expect(text('change', 'measure=m1 route=central-mediterranean window=6 of=deaths')).toBe(
      'not recorded (dead and missing, a minimum estimate; 6 months before and after)',
    );
    const every = [
      deathsChange,
      text('change', 'measure=m1 route=central-mediterranean window=6 of=deaths'),
      text('change', 'measure=m1 route=central-mediterranean window=6'),
      text('deaths', 'route=central-mediterranean year=2016'),
      text('deaths', 'route=central-mediterranean year=2017'),
      text('rate', 'route=sahel-agadez year=2017'),
      text('indicator', 'id=i2'),
    ];
    for (const figure of every) expect(figure).not.toMatch(DOUBLED);
  });

  it("turns a token's own bracketed note into a comma clause when the author closes a bracket after it", () => {
    const parts = resolveTokens(
      'Deaths (measure two: {{change measure=m2 route=central-mediterranean window=6 of=deaths}}) and ({{deaths route=central-mediterranean year=2017}}).',
      ctx,
    );
    const text = parts.map((p) => ('literal' in p ? p.literal : p.token.text)).join('');
    expect(text).toBe(
      'Deaths (measure two: unchanged, from 6 to 6 dead and missing, 6 months before and after; a minimum estimate)' +
        ' and (12 dead and missing, a minimum estimate).',
    );
    const html = parts.map((p) => ('literal' in p ? p.literal : p.token.html)).join('');
    expect(html).toContain('>12 dead and missing, a minimum estimate</a>)');
    expect(text).not.toMatch(DOUBLED);
  });

  it('says "about" before a rounded indicator instead of bracketing it after the unit', () => {
    expect(text('indicator', 'id=i2')).toBe('about 22,600 people arriving');
  });

  it('renders an indicator row with its unit, linked to its own source', () => {
    const row = resolveToken('indicator', 'id=i1', ctx);
    expect(row.text).toBe('1,234 people returned');
    expect(row.html).toContain('href="https://example.org/r"');
  });

  it.each([
    ['size', 'route=central-mediterranean year=2016', /unknown number token/],
    ['detections', 'route=arctic year=2016', /unknown route/],
    ['detections', 'route=libya year=2016', /unknown route "libya"/],
    ['detections', 'route=central-mediterranean year=2030', /outside the data/],
    ['detections', 'route=central-mediterranean', /"from" is missing/],
    ['detections', 'route=central-mediterranean year=2016 colour=red', /unknown key "colour"/],
    ['change', 'measure=nope route=central-mediterranean', /unknown measure/],
    ['change', 'measure=m1 route=central-mediterranean window=5', /window "5"/],
    ['indicator', 'id=nope', /unknown indicator/],
  ])('rejects {{%s %s}}', (kind, args, message) => {
    expect(() => resolveToken(kind, args, ctx)).toThrow(TokenError);
    expect(() => resolveToken(kind, args, ctx)).toThrow(message);
  });
});
