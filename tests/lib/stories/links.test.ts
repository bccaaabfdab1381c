import { describe, expect, it } from 'vitest';
import { storyPath, storyPathForRegion } from '../../../src/lib/stories/links.ts';

describe('story links', () => {
  const slugs = ['central-mediterranean', 'atlantic'];
  it('link a route to its own story, and the Western Mediterranean to the Atlantic one', () => {
    expect(storyPathForRegion('central-mediterranean', slugs)).toBe('/routes/central-mediterranean/');
    expect(storyPathForRegion('western-mediterranean', slugs)).toBe('/routes/atlantic/');
  });
  it('give no link where no story exists', () => {
    expect(storyPathForRegion('eastern-borders', slugs)).toBeNull();
    expect(storyPathForRegion('western-mediterranean', ['central-mediterranean'])).toBeNull();
  });
  it('build step paths', () => {
    expect(storyPath('libya', 'detention')).toBe('/routes/libya/detention/');
  });
});
