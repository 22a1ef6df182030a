import { describe, expect, it } from 'vitest';
import { ChainIndex, type Key } from './chain-index';

describe('chain index', () => {
  const keys: (Key | null)[] = [];
  const index = new ChainIndex((c, out) => {
    const k = keys[c];
    if (!k) return false;
    out[0] = k[0];
    out[1] = k[1];
    out[2] = k[2];
    return true;
  });

  it('finds the smallest contact with a key, through growth of the table', () => {
    for (let c = 0; c < 5000; c++) {
      keys[c] = [0, c % 1000, 7];
      index.add(c);
    }
    keys[5000] = null;
    index.add(5000);
    expect(index.find([0, 3, 7])).toBe(3);
    expect(index.find([0, 999, 7])).toBe(999);
    expect(index.find([0, 3, 8])).toBe(-1);
  });

  it('forgets a removed contact, so the next smallest is found', () => {
    index.remove(3);
    expect(index.find([0, 3, 7])).toBe(1003);
    keys[3] = [1, 1, 1];
    index.add(3);
    expect(index.find([1, 1, 1])).toBe(3);
  });
});
