import { describe, expect, it } from 'vitest';
import { grown } from './typed-growth';

describe('typed array growth', () => {
  it('keeps an array that is large enough, and copies a short one into a larger one of the same kind', () => {
    const a = new Int16Array([1, 2]);
    expect(grown(a, 2)).toBe(a);
    const b = grown(a, 3, -1);
    expect(b).toBeInstanceOf(Int16Array);
    expect(b.length).toBeGreaterThanOrEqual(3);
    expect(Array.from(b.subarray(0, 4))).toEqual([1, 2, -1, -1]);
  });
});
