import { describe, expect, it } from 'vitest';
import type { Tile } from '../../domain/journey-schema';
import { sameTileIgnoringPosition } from './use-tile-ignoring-moves';

const wait: Tile = { id: 'pause', kind: 'wait', mode: 'duration', label: 'Pause', duration: 'PT1H', position: { x: 0, y: 0 } };

describe('sameTileIgnoringPosition', () => {
  it('treats a tile that only moved as the same tile', () => {
    expect(sameTileIgnoringPosition(wait, { ...wait, position: { x: 40, y: 10 } })).toBe(true);
  });

  it('sees a changed, an added or a removed field', () => {
    expect(sameTileIgnoringPosition(wait, { ...wait, duration: 'PT2H' })).toBe(false);
    const { label: _label, ...unlabelled } = wait;
    expect(sameTileIgnoringPosition(wait, unlabelled as Tile)).toBe(false);
    expect(sameTileIgnoringPosition(unlabelled as Tile, wait)).toBe(false);
  });

  it('never confuses two tiles, or a tile with none', () => {
    expect(sameTileIgnoringPosition(wait, { ...wait, id: 'other' })).toBe(false);
    expect(sameTileIgnoringPosition(wait, undefined)).toBe(false);
    expect(sameTileIgnoringPosition(undefined, undefined)).toBe(true);
  });
});
