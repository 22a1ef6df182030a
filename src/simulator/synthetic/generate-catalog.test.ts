import { describe, expect, it } from 'vitest';
import { catalogSchema, eventFormats } from '../../domain/catalog';
import { localToEpoch, offsetMinutesAt, parseInstant } from '../../domain/time';
import { generateCatalog } from './generate-catalog';

describe('generateCatalog', () => {
  it('is a valid catalog, the same for the same seed', () => {
    const catalog = generateCatalog(2);
    expect(catalogSchema.safeParse(catalog).success).toBe(true);
    expect(generateCatalog(2)).toEqual(catalog);
    expect(generateCatalog(3)).not.toEqual(catalog);
  });

  it('has an event of every format, in several time zones, one with sessions', () => {
    const catalog = generateCatalog(1);
    expect(new Set(catalog.events.map((e) => e.format))).toEqual(new Set(eventFormats));
    expect(new Set(catalog.events.map((e) => e.timeZone)).size).toBeGreaterThanOrEqual(4);
    const withSessions = catalog.events.filter((e) => (e.sessions?.length ?? 0) > 1);
    expect(withSessions).toHaveLength(1);
    for (const s of withSessions[0].sessions!) {
      expect(localToEpoch(s.start, withSessions[0].timeZone)!).toBeLessThan(localToEpoch(s.end, withSessions[0].timeZone)!);
    }
  });

  it('has online events created before and starting after a daylight-saving change', () => {
    for (const seed of [1, 2, 3, 4]) {
      const crossing = generateCatalog(seed).events.filter((e) => {
        const created = parseInstant(e.createdAt)!;
        const start = localToEpoch(e.start, e.timeZone)!;
        return e.format !== 'in-person' && offsetMinutesAt(created, e.timeZone) !== offsetMinutesAt(start, e.timeZone);
      });
      expect(crossing.map((e) => e.id)).toEqual(expect.arrayContaining(['evt-launch', 'evt-keynote']));
    }
  });

  it('ends every event after it starts', () => {
    for (const e of generateCatalog(5).events) {
      expect(localToEpoch(e.start, e.timeZone)!).toBeLessThan(localToEpoch(e.end, e.timeZone)!);
    }
  });
});
