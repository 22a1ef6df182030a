import { mulberry32, type Random } from '../../src/simulator/prng';

/** A seeded generator with the helpers the seed needs; never Math.random, so every run is the same. */
export type SeedRandom = {
  next: Random;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** `count` distinct items, in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[];
};

export function seedRandom(seed: number): SeedRandom {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
    sample: (items, count) => {
      const pool = [...items];
      const out = [];
      for (let i = 0; i < count && pool.length > 0; i += 1) {
        out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
      }
      return out;
    },
  };
}

/** A stable seed per name, so adding one event does not reshuffle the others. */
export function seedFor(name: string, base: number): number {
  let h = base >>> 0;
  for (let i = 0; i < name.length; i += 1) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
