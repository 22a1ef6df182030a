import { describe, expect, it } from 'vitest';
import { GRID_GAP, GRID_MARGIN, gridBox } from './dot-grid';

describe('the dot grid box', () => {
  it('puts every dot on a multiple of the gap, as React Flow draws them', () => {
    const box = gridBox({ minX: -37, minY: 5, maxX: 9001, maxY: 6001 });
    // A dot sits in the middle of each gap-sized background tile, counted from the box's corner.
    const onGrid = (v: number) => Math.abs(v % GRID_GAP) === 0;
    expect(onGrid(box.left + GRID_GAP / 2)).toBe(true);
    expect(onGrid(box.top + GRID_GAP / 2)).toBe(true);
    expect(box.width % GRID_GAP).toBe(0);
    expect(box.height % GRID_GAP).toBe(0);
  });

  it('reaches the margin past the outermost tiles on every side', () => {
    const box = gridBox({ minX: 0, minY: 0, maxX: 1000, maxY: 500 });
    expect(box.left).toBeLessThanOrEqual(-GRID_MARGIN);
    expect(box.top).toBeLessThanOrEqual(-GRID_MARGIN);
    expect(box.left + box.width).toBeGreaterThanOrEqual(1000 + GRID_MARGIN);
    expect(box.top + box.height).toBeGreaterThanOrEqual(500 + GRID_MARGIN);
  });
});
