import type { Journey } from '../domain/journey-schema';

// Ids are readable (`email-3`), deterministic (no randomness, so tests and the history are
// reproducible), and never reuse one that is taken.
export function freshId(base: string, taken: ReadonlySet<string>): string {
  const stem = base.replace(/[^A-Za-z0-9_-]/g, '-').replace(/-\d+$/, '').slice(0, 56) || 'tile';
  for (let n = 1; ; n++) {
    const candidate = `${stem}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export function tileIds(journey: Journey): Set<string> {
  return new Set(journey.tiles.map((t) => t.id));
}

export function edgeIds(journey: Journey): Set<string> {
  return new Set(journey.edges.map((e) => e.id));
}
