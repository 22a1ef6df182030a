import { describe, expect, it } from 'vitest';
import { FAR_ZOOM, MINIMAP_MAX_TILES, isFarZoom, mayOverflow, showMinimap } from './level-of-detail';

describe('canvas level of detail', () => {
  it('shows the minimap from one tile up to 400 tiles, not for none or more than 400', () => {
    const roomy = { width: 850, height: 700 };
    expect(MINIMAP_MAX_TILES).toBe(400);
    expect(showMinimap(0, roomy)).toBe(false);
    expect(showMinimap(1, roomy)).toBe(true);
    expect(showMinimap(400, roomy)).toBe(true);
    expect(showMinimap(401, roomy)).toBe(false);
    expect(showMinimap(2000, roomy)).toBe(false);
  });

  it('shows the minimap only on a canvas of at least 760 x 480 px, where it leaves the tiles room', () => {
    expect(showMinimap(8, { width: 760, height: 480 })).toBe(true);
    expect(showMinimap(8, { width: 759, height: 700 })).toBe(false);
    expect(showMinimap(8, { width: 1200, height: 479 })).toBe(false);
  });

  it('treats zoom below 0.25 as far (tiles drop text) and 0.25 and above as near', () => {
    expect(FAR_ZOOM).toBe(0.25);
    expect(isFarZoom(0.05)).toBe(true);
    expect(isFarZoom(0.249)).toBe(true);
    expect(isFarZoom(0.25)).toBe(false);
    expect(isFarZoom(1)).toBe(false);
  });

  it('clips a line only when it could be wider than its box, counting 1.2em a character', () => {
    // A 14px label in the 210px text box of a 240px tile: 12 characters always fit, 13 may not.
    expect(mayOverflow('Email 501', 210, 14)).toBe(false);
    expect(mayOverflow('W'.repeat(12), 210, 14)).toBe(false);
    expect(mayOverflow('W'.repeat(13), 210, 14)).toBe(true);
    expect(mayOverflow('Send the confirmation email', 210, 14)).toBe(true);
    // An emoji counts twice (two UTF-16 units).
    expect(mayOverflow('😀'.repeat(7), 210, 14)).toBe(true);
  });
});
