import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  measureKeyFigure,
  previewImagePath,
  previewSlug,
  routeCardPreviewPath,
} from '../../../src/lib/site/previews.ts';
import type { RouteShift } from '../../../src/lib/measures/shifts.ts';

const shift = (routeId: string, detectionsChangePct: number | null) =>
  ({ routeId, windowMonths: 12, detectionsChangePct }) as unknown as RouteShift;
const label = (id: string) =>
  ({ 'eastern-med': 'Eastern Mediterranean', 'western-balkans': 'Western Balkans' })[id] ?? id;

describe('preview image paths', () => {
  it('names one image per page, the home page as home', () => {
    expect(previewImagePath('/')).toBe('/previews/home.png');
    expect(routeCardPreviewPath('central-mediterranean')).toBe('/previews/route-card-central-mediterranean.png');
    expect(previewImagePath('/measures/eu-turkey-statement/')).toBe('/previews/measures-eu-turkey-statement.png');
    expect(previewSlug('/timelines/rates/')).toBe('timelines-rates');
  });

  it('makes an absolute address only when the public address is configured', () => {
    expect(absoluteUrl('/atlas/', 'https://routes.example.org')).toBe('https://routes.example.org/atlas/');
    expect(absoluteUrl('/atlas/', undefined)).toBeNull();
  });
});

describe('measure key figure', () => {
  it('states the first targeted route’s change, rounded, with its window', () => {
    const text = measureKeyFigure(
      'EU–Turkey Statement',
      ['eastern-med', 'western-balkans'],
      [shift('western-balkans', -50), shift('eastern-med', -96.6)],
      label,
    );
    expect(text).toBe(
      'Detections on the Eastern Mediterranean route fell 97% in the 12 months after the EU–Turkey Statement',
    );
  });

  it('skips a targeted route without detections and says rose for a rise', () => {
    expect(
      measureKeyFigure(
        'X',
        ['eastern-med', 'western-balkans'],
        [shift('eastern-med', null), shift('western-balkans', 12.4)],
        label,
      ),
    ).toBe('Detections on the Western Balkans route rose 12% in the 12 months after the X');
    expect(measureKeyFigure('X', ['eastern-med'], [shift('eastern-med', null)], label)).toBeNull();
  });
});
