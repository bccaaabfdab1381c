import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdFrames, type FrameSource } from '../../../src/client/atlas/frameHold.ts';

/**
 * A stand-in for MapLibre's Map: `frames` counts the frames it was asked to draw; sources load when told to,
 * and, like MapLibre, it asks for a frame itself (through its own triggerRepaint) before it fires a source event.
 */
class StandInMap implements FrameSource {
  frames = 0;
  private loadedSources = new Set<string>();
  private sourceListeners: ((event: { tile?: unknown }) => void)[] = [];
  private loadListeners: (() => void)[] = [];
  private readonly sourceIds: string[];
  constructor(sourceIds: string[]) {
    this.sourceIds = sourceIds;
  }
  triggerRepaint(): void {
    this.frames++;
  }
  on(_type: 'sourcedata', listener: (event: { tile?: unknown }) => void): void {
    this.sourceListeners.push(listener);
  }
  off(_type: 'sourcedata', listener: (event: { tile?: unknown }) => void): void {
    this.sourceListeners = this.sourceListeners.filter((l) => l !== listener);
  }
  once(_type: 'load', listener: () => void): void {
    this.loadListeners.push(listener);
  }
  getSource(id: string): unknown {
    return this.sourceIds.includes(id) ? { id } : undefined;
  }
  isSourceLoaded(id: string): boolean {
    return this.loadedSources.has(id);
  }
  /** A source's data arrived (MapLibre then needs a frame to ask for its tiles). */
  sourceData(): void {
    this.triggerRepaint();
    for (const listener of this.sourceListeners) listener({});
  }
  /** One tile arrived; `last` when it completes its source. */
  tileArrived(id: string, last: boolean): void {
    if (last) this.loadedSources.add(id);
    this.triggerRepaint();
    for (const listener of this.sourceListeners) listener({ tile: {} });
  }
  fireLoad(): void {
    for (const listener of this.loadListeners.splice(0)) listener();
  }
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('holdFrames', () => {
  it('before load, lets through a frame per source data and the one once every tile is in, not one per tile', () => {
    const map = new StandInMap(['land', 'borders']);
    holdFrames(map, ['land', 'borders']);
    map.sourceData();
    map.sourceData();
    expect(map.frames).toBe(2);
    map.tileArrived('land', false);
    map.tileArrived('land', true);
    map.tileArrived('borders', false);
    expect(map.frames).toBe(2);
    map.tileArrived('borders', true);
    expect(map.frames).toBe(3);
  });

  it('after load, holds every frame until the release, which draws one', () => {
    const map = new StandInMap(['land']);
    const release = holdFrames(map, ['land']);
    map.tileArrived('land', true);
    map.fireLoad();
    const before = map.frames;
    map.triggerRepaint();
    map.triggerRepaint();
    map.sourceData();
    expect(map.frames).toBe(before);
    release();
    expect(map.frames).toBe(before + 1);
    release();
    expect(map.frames).toBe(before + 1);
    map.triggerRepaint();
    expect(map.frames).toBe(before + 2);
  });

  it('draws nothing on release when no frame was asked for', () => {
    const map = new StandInMap(['land']);
    const release = holdFrames(map, ['land']);
    map.fireLoad();
    release();
    expect(map.frames).toBe(0);
  });

  it('lets a held frame through after the time limit, so the map can never stall', () => {
    const map = new StandInMap(['land']);
    holdFrames(map, ['land'], 500);
    map.tileArrived('land', false);
    expect(map.frames).toBe(0);
    vi.advanceTimersByTime(499);
    expect(map.frames).toBe(0);
    vi.advanceTimersByTime(1);
    expect(map.frames).toBe(1);
  });
});
