import { describe, expect, it } from 'vitest';
import { placeMenu } from './insert-menu';

const canvas = { left: 100, top: 50, right: 800, bottom: 550 };
const menu = { width: 150, height: 180 };
const plus = (left: number, top: number) => ({ left, top, right: left + 20, bottom: top + 20 });

describe('where the insert menu opens', () => {
  it('opens under the "+" when the canvas has room below it', () => {
    expect(placeMenu(plus(300, 200), menu, canvas)).toEqual({ x: 200, y: 174 });
  });

  it('opens above the "+" near the bottom of the canvas, where it would be cut off', () => {
    expect(placeMenu(plus(300, 480), menu, canvas)).toEqual({ x: 200, y: 480 - 4 - 180 - 50 });
  });

  it('stays inside the canvas sideways and at the top', () => {
    expect(placeMenu(plus(760, 480), menu, canvas).x).toBe(800 - 150 - 100);
    expect(placeMenu(plus(60, 480), menu, canvas).x).toBe(0);
    expect(placeMenu(plus(300, 120), { width: 150, height: 600 }, canvas).y).toBe(0);
  });
});
