import { describe, expect, it } from 'vitest';
import { getStories, STORY_ORDER } from '../../src/lib/io/stories.ts';
import { getSiteData } from '../../src/lib/io/siteData.ts';

describe('the route stories on the real data', () => {
  const stories = getStories();

  it('are the six stories, in order, each of at least seven steps', () => {
    expect(stories.map((s) => s.slug)).toEqual([...STORY_ORDER]);
    for (const story of stories) expect(story.steps.length, story.slug).toBeGreaterThanOrEqual(7);
  });

  it('each have a step on what the data cannot show and one showing a neighbouring route', () => {
    for (const story of stories) {
      const ids = story.steps.map((s) => s.id);
      expect(ids, story.slug).toContain('what-the-data-cannot-show');
      const own = story.region === 'libya' ? [] : [story.region];
      const neighbourStep = story.steps.find((s) => s.state.highlight.routes.some((r) => !own.includes(r)));
      expect(neighbourStep, story.slug).toBeDefined();
    }
  });

  it('name routes and places the data know, and every step has a source and a map description', () => {
    const placeIds = new Set(getSiteData().places.map((p) => p.id));
    for (const story of stories)
      for (const step of story.steps) {
        expect(step.sources.length).toBeGreaterThan(0);
        expect(step.mapDescription.length).toBeGreaterThan(20);
        for (const id of step.state.highlight.places) expect(placeIds.has(id), id).toBe(true);
      }
  });

  it('list no source address twice in one step', () => {
    for (const story of stories)
      for (const step of story.steps) {
        const urls = step.sources.map((s) => s.url);
        expect(urls, `${story.slug}/${step.id}`).toEqual([...new Set(urls)]);
      }
  });

  it('carry no figure outside a number token linked to its source', () => {
    for (const story of stories)
      for (const step of story.steps) {
        const linked = [...step.html.matchAll(/<a class="story-figure"[^>]*>([^<]*)<\/a>/g)]
          .map((m) => m[1])
          .join(' | ');
        for (const figure of step.plainText.match(/\d{1,3}(?:,\d{3})+/g) ?? [])
          expect(linked, `${story.slug}/${step.id}: ${figure}`).toContain(figure);
      }
  });

  it('render no doubled or back-to-back brackets and no unresolved token or link in any step', () => {
    const doubled = /\(\(|\)\)|\)\s*\(|\[\[|\]\]/;
    const unresolved = /\{\{|\}\}|\]\(/;
    for (const story of stories)
      for (const step of story.steps) {
        const htmlText = step.html.replace(/<[^>]*>/g, '');
        for (const text of [step.plainText, htmlText, step.heading, step.mapDescription]) {
          expect(doubled.exec(text)?.[0], `${story.slug}/${step.id}: ${text}`).toBeUndefined();
          expect(unresolved.exec(text)?.[0], `${story.slug}/${step.id}: ${text}`).toBeUndefined();
        }
      }
  });

  // Association, never cause: these phrases claim a cause. One is allowed only inside a quotation ("…" or “…”),
  // which the step attributes to its source.
  const CAUSAL = /\b(?:caus(?:e[ds]?|ing)|led to|leads? to|because of|result(?:s|ed)? in|forced|due to)\b/i;
  const QUOTED = /"[^"]*"|“[^”]*”/g;

  it('word no change as caused by a measure, outside a quotation', () => {
    const found: string[] = [];
    for (const story of stories) {
      for (const text of [story.title, story.summary])
        if (CAUSAL.test(text.replace(QUOTED, ''))) found.push(`${story.slug}: ${text}`);
      for (const step of story.steps)
        for (const text of [step.heading, step.plainText, step.mapDescription]) {
          const match = CAUSAL.exec(text.replace(QUOTED, ''));
          if (match) found.push(`${story.slug}/${step.id}: "${match[0]}" in ${text}`);
        }
    }
    expect(found).toEqual([]);
  });
});
