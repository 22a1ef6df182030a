// The simulator's seeded generator with the helpers synthetic data needs; never Math.random.
import { mulberry32, type Random } from '../prng';

export interface Prng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** Uniform in [min, max). */
  between(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

class SeededRandom implements Prng {
  // Methods on the prototype: a generator is made per contact and per phase.
  private readonly draw: Random;

  constructor(seed: number) {
    this.draw = mulberry32(seed);
  }

  next(): number {
    return this.draw();
  }

  int(n: number): number {
    return Math.floor(this.draw() * n);
  }

  chance(p: number): boolean {
    return this.draw() < p;
  }

  between(min: number, max: number): number {
    return min + this.draw() * (max - min);
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.draw() * items.length)];
  }
}

export function createPrng(seed: number): Prng {
  return new SeededRandom(seed);
}

/**
 * Mixes a run seed with an index into an independent seed, so each contact's choices can be
 * regenerated on their own (the NDJSON stream re-derives a contact once per time phase instead of
 * keeping it in memory).
 */
export function deriveSeed(seed: number, index: number): number {
  let h = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}
