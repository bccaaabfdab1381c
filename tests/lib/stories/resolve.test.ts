import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveStory, StoryValidationError, type StoryEntry } from '../../../src/lib/stories/resolve.ts';
import { storyData } from './fixtures.ts';

const VALID = 'tests/fixtures/valid/stories/story.json';
const INVALID_DIR = 'tests/fixtures/invalid/stories';

function entry(file: string): StoryEntry {
  return { file, slug: 'story', data: JSON.parse(readFileSync(file, 'utf8')) };
}

describe('resolveStory', () => {
  it('resolves every step into a full view state, later steps inheriting what they leave out', () => {
    const story = resolveStory(entry(VALID), storyData());
    const [first, second] = story.steps;
    expect(second!.state.bounds).toEqual(first!.state.bounds);
    expect(second!.state.layers).toEqual(['routes']);
    expect(second!.state.highlight).toEqual(first!.state.highlight);
    expect([second!.state.startMonth, second!.state.endMonth]).toEqual(['2017-01', '2017-06']);
    expect(first!.state.compare).toBeNull();
    expect(story.period).toEqual({ startMonth: '2016-01', endMonth: '2017-06' });
  });

  it('renders tokens with their units and links, and resolves sources from the tables', () => {
    const story = resolveStory(entry(VALID), storyData());
    const [first, second] = story.steps;
    expect(first!.plainText).toBe('Frontex counted 1,200 detections.');
    expect(first!.html).toContain('href="/downloads/crossings-by-route-month.csv"');
    expect(first!.sources).toEqual([{ title: 'Measure one', url: '/measures/m1/' }]);
    expect(first!.measureIds).toEqual(['m1']);
    expect(second!.plainText).toBe('Then 12 dead and missing (a minimum estimate); see the measure.');
    expect(second!.html).toContain('<a href="/measures/m1/">the measure</a>');
    expect(second!.sources).toEqual([{ title: 'A report', url: 'https://example.org/r' }]);
  });

  it("lists a source once when several of a step's rows share its address, keeping order and distinct addresses", () => {
    const data = JSON.parse(readFileSync(VALID, 'utf8'));
    data.steps[1].sources = [
      { indicator: 'i1' },
      { indicator: 'i2' },
      { title: 'A report', url: 'https://example.org/r' },
      { title: 'A report', url: 'https://example.org/r2' },
      { indicator: 'i2' },
    ];
    const story = resolveStory({ file: VALID, slug: 's', data }, storyData());
    expect(story.steps[1]!.sources).toEqual([
      { title: 'A report', url: 'https://example.org/r' },
      { title: 'A wire', url: 'https://example.org/w' },
      { title: 'A report', url: 'https://example.org/r2' },
    ]);
  });

  it('escapes text, so a story cannot inject markup', () => {
    const data = JSON.parse(readFileSync(VALID, 'utf8'));
    data.steps[0].text = ['<script>x</script> & more'];
    const story = resolveStory({ file: VALID, slug: 's', data }, storyData());
    expect(story.steps[0]!.html).toBe('<p>&lt;script&gt;x&lt;/script&gt; &amp; more</p>');
  });

  const expected: Record<string, [string, RegExp]> = {
    'missing-step-id': ['2 (no id)', /"id"/],
    'duplicate-step-id': ['"first"', /duplicate step id/],
    'unknown-measure': ['"second"', /unknown measure "no-such-measure"/],
    'unknown-place': ['"second"', /unknown place "atlantis"/],
    'unknown-route': ['"second"', /"view\.routes\.0" Invalid option/],
    'window-outside-data': ['"second"', /window 2017-06\.\.2031-12 lies outside the data/],
    'unresolved-token': ['"second"', /year=2031.*outside the data/],
    'hand-typed-figure': ['"second"', /"12,345" is typed by hand/],
    'first-step-without-window': ['"first"', /first step must set "bounds" and "window"/],
  };

  it('has one fixture per rule, and a test for each', () => {
    const fixtures = readdirSync(INVALID_DIR).map((f) => f.replace(/\.json$/, ''));
    expect(fixtures.sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [name, [step, message]] of Object.entries(expected)) {
    it(`fails for ${name}, naming the file and the step`, () => {
      const file = `${INVALID_DIR}/${name}.json`;
      let error: unknown;
      try {
        resolveStory(entry(file), storyData());
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(StoryValidationError);
      const text = (error as Error).message;
      expect(text.startsWith(`${file}: step ${step}: `)).toBe(true);
      expect(text).toMatch(message);
    });
  }
});
