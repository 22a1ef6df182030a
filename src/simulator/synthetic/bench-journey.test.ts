import { describe, expect, it } from 'vitest';
import { journeySchema } from '../../domain/journey-schema';
import { validateJourney } from '../../domain/validate';
import { generateCatalog } from './generate-catalog';
import { benchJourney } from './bench-journey';

describe('benchJourney', () => {
  it('is a valid 12-tile journey whose every port leads somewhere', () => {
    const journey = benchJourney();
    expect(journeySchema.safeParse(journey).success).toBe(true);
    expect(journey.tiles).toHaveLength(12);
    const kinds = new Set(journey.tiles.map((t) => t.kind));
    expect(kinds).toEqual(new Set(['trigger', 'email', 'wait', 'condition', 'exit']));
    const ids = new Set(journey.tiles.map((t) => t.id));
    for (const e of journey.edges) expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
  });

  it('validates against the generated catalog with only the daylight-saving warnings it is meant to raise', () => {
    const findings = validateJourney(benchJourney(), { catalog: generateCatalog(1) });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.map((f) => f.code)).toEqual(['dst-checkin-window', 'dst-checkin-window', 'dst-checkin-window']);
  });

  it('limits entry to the given events', () => {
    const entry = benchJourney(['evt-a']).tiles[0];
    expect(entry).toMatchObject({ kind: 'trigger', where: { attr: 'trigger.eventId', op: 'in', value: ['evt-a'] } });
  });
});
