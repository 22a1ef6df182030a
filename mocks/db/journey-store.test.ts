import { describe, expect, it } from 'vitest';
import { launchWebinarJourney } from './seed-journeys';
import { createStored, MAX_KEPT_VERSIONS, saveVersion, slugify, uniqueId } from './journey-store';

describe('journey store', () => {
  it('keeps the newest versions only once autosaves pile up, without reusing numbers', () => {
    const stored = createStored(launchWebinarJourney, '2026-01-01T00:00:00.000Z');
    for (let i = 0; i < MAX_KEPT_VERSIONS + 5; i += 1) saveVersion(stored, launchWebinarJourney, '2026-01-02T00:00:00.000Z');
    expect(stored.versions).toHaveLength(MAX_KEPT_VERSIONS);
    expect(stored.resource.version).toBe(MAX_KEPT_VERSIONS + 6);
    expect(stored.versions[0].version).toBe(7);
  });

  it('makes valid, unique ids from names', () => {
    expect(slugify('  Été 2026: Relance!! ')).toBe('ete-2026-relance');
    expect(slugify('***')).toBe('journey');
    const taken = new Set(['a', 'a-2']);
    expect(uniqueId('a', (id) => taken.has(id))).toBe('a-3');
  });
});
